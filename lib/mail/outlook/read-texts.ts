// What reply detection reads in Outlook (the optional parts of the adapter contract): the start of
// each message's visible text, aligned with readThread's messages, and the message list's rows.
// Pure DOM reading of the given document; never throws.
import { type ListRow, MESSAGE_TEXT_LIMIT } from '../adapter';
import { clean, queryAny, queryFirst } from './dom';
import { findPane, isExpanded, itemsOldestFirst } from './locate';
import { parseNameAddress } from './persona';
import { LIST_ROW, LIST_ROW_SENDER, LIST_ROW_SUBJECT, MESSAGE_BODY, UNREAD_PREFIXES } from './selectors';

export function readMessageTexts(doc: Document, _url: URL): string[] {
  try {
    const pane = findPane(doc);
    if (!pane) return [];
    return itemsOldestFirst(pane).map((item) => {
      try {
        // An expanded message: its body. A folded one shows its sender, time and a snippet.
        const element = isExpanded(item) ? (queryFirst(item, MESSAGE_BODY) ?? item) : item;
        return clean(element.textContent).slice(0, MESSAGE_TEXT_LIMIT);
      } catch {
        return '';
      }
    });
  } catch {
    return [];
  }
}

/**
 * <div role="option" aria-label="Unread Dana Whitfield RE: Security review Mon 4:47 PM" data-convid="…">
 *   <span title="dana.whitfield@northwind.test">Dana Whitfield</span>
 *   <span title="RE: Security review for Northwind rollout">RE: Security review…</span>
 */
export function readListRows(doc: Document): ListRow[] {
  try {
    return queryAny(doc, LIST_ROW).map((row) => {
      const sender = queryAny(row, LIST_ROW_SENDER).find((el) =>
        (el.getAttribute('title') ?? '').includes('@'),
      );
      const person = parseNameAddress(sender?.getAttribute('title') ?? '');
      const name = clean(sender?.textContent) || person.name;
      const subjectEl = queryFirst(row, LIST_ROW_SUBJECT);
      const label = clean(row.getAttribute('aria-label')).toLowerCase();
      return {
        from: { name, email: person.email },
        subject: clean(subjectEl?.getAttribute('title') || subjectEl?.textContent),
        unread: UNREAD_PREFIXES.some((prefix) => label.startsWith(prefix)),
      };
    });
  } catch {
    return [];
  }
}
