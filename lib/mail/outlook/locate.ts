// Finding the open conversation's parts. Everything is looked up inside the reading pane, so the
// message list, the header's account manager, people cards and separate compose windows are never
// mistaken for the thread. The DOM these functions expect (generated classes omitted):
//
//   <div id="ReadingPaneContainerId" role="region">                        ← findPane
//     <div class="full-subject-wrapper"><div role="heading" title="RE: …">  ← subject
//     <div data-app-section="ConversationContainer" role="list">
//       <div><div role="button" aria-expanded="false">…one line…</div></div>  ← collapsed item
//       <div><div data-app-section="ItemContainer" role="region">             ← expanded item
//              <div data-app-section="MessageHeader">…</div>
//              <div data-app-section="MessageBody" role="document">…</div></div>
//            <div id="docking_…">…<div contenteditable role="textbox"          ← inline reply
//                                       aria-label="Message body">…</div></div></div>
//   <div class="ms-Layer"><div role="dialog" aria-label="New mail">…</div>    ← not this thread
import { type Direction, directionOf, oldestFirst } from '../message-order';
import { ADDRESS } from '../people';
import { clean, hasAncestor, isHidden, isInside, matches, queryAll, queryAny } from './dom';
import {
  AVATAR,
  BUTTON,
  COLLAPSED_ITEM,
  CONVERSATION,
  EXPANDED_ITEM,
  LABELLED_ADDRESS,
  MESSAGE_BODY,
  OUTSIDE_THREAD,
  PERSONA,
  READ_VIEW,
  READING_PANE,
  RECIPIENT_WELL,
  REPLY_BODY,
  REPLY_BODY_LABELS,
  REPLY_BUTTON,
  REPLY_BUTTON_LABELS,
  REPLY_ICON,
  SENT_TIME,
  TITLED_ADDRESS,
} from './selectors';

const EXPANDED = EXPANDED_ITEM.join(', ');
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';
const BODY = MESSAGE_BODY.join(', ');
const WELL = RECIPIENT_WELL.join(', ');

/** The open conversation's view and the selector alternative that found it; null when none. */
export function locatePane(doc: Document): { pane: Element; source: string } | null {
  // Not in a dialog, and not parked hidden (a stale pane kept while another one renders).
  const usable = (el: Element) => !isInside(el, OUTSIDE_THREAD, null) && !isHidden(el, null);
  for (const [index, selector] of READING_PANE.entries()) {
    const pane = queryAll(doc, selector).find(usable);
    if (pane) return { pane, source: `READING_PANE[${index}]` };
  }
  // No pane container: the conversation's parent holds the subject and the messages.
  for (const [index, selector] of CONVERSATION.entries()) {
    const conversation = queryAll(doc, selector).find(usable);
    if (conversation)
      return { pane: conversation.parentElement ?? conversation, source: `CONVERSATION[${index}]` };
  }
  // A pop-out read window: the main landmark holding a message.
  for (const [index, selector] of READ_VIEW.entries()) {
    const view = queryAll(doc, selector).find((el) => usable(el) && findItems(el).length > 0);
    if (view) return { pane: view, source: `READ_VIEW[${index}]` };
  }
  return null;
}

/** The open conversation's view, or null when the page shows none. */
export function findPane(doc: Document): Element | null {
  return locatePane(doc)?.pane ?? null;
}

export function findConversation(pane: Element): Element | null {
  for (const selector of CONVERSATION) {
    const conversation = queryAll(pane, selector).find((el) => !isHidden(el, pane));
    if (conversation) return conversation;
  }
  return null;
}

const PERSON = [...TITLED_ADDRESS, ...PERSONA, ...AVATAR, ...LABELLED_ADDRESS].join(', ');

/** A folded row shows someone: a persona, a titled or labelled address, an avatar, or "Name <address>" text. */
function showsSomeone(row: Element): boolean {
  return matches(row, PERSON) || queryAny(row, [PERSON]).length > 0 || ADDRESS.test(row.textContent ?? '');
}

/** The messages of the pane in DOM order: expanded items and collapsed rows, outermost only. */
export function findItems(pane: Element): Element[] {
  const candidates = queryAny(pane, [...EXPANDED_ITEM, ...COLLAPSED_ITEM]).filter((el) => {
    if (isInside(el, OUTSIDE_THREAD, pane) || isHidden(el, pane)) return false;
    if (hasAncestor(el, EXPANDED, pane)) return false; // nested in a message
    if (matches(el, EXPANDED)) return true;
    // A collapsed row is a message only when it shows when it was sent or who sent it: other
    // folded rows ("show quoted text", "N more messages") do not. A row wrapping an expanded item
    // is that item's wrapper.
    if (isInside(el, EDITABLE, pane) || queryAny(el, [...EXPANDED_ITEM, EDITABLE]).length > 0) return false;
    return queryAny(el, SENT_TIME.slice(0, 1)).length > 0 || showsSomeone(el);
  });
  // A folded row inside another (a menu button of the row) is part of it.
  return candidates.filter((el) => !candidates.some((other) => other !== el && other.contains(el)));
}

export function isExpanded(item: Element): boolean {
  return matches(item, EXPANDED);
}

/** The time an item shows (its full date title), and which SENT_TIME alternative gave it. */
export function timeOf(item: Element): { text: string; source: string | null } {
  for (const [index, selector] of SENT_TIME.entries()) {
    for (const el of queryAll(item, selector)) {
      if (isInside(el, [BODY, EDITABLE, WELL].join(', '), item)) continue;
      const text = clean(el.getAttribute('title') || el.getAttribute('aria-label') || el.textContent);
      // The generic alternative (any title) only when it prints a date and a time.
      if (index > 0 && !(/\d{1,2}:\d{2}/.test(text) && /\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2}/.test(text)))
        continue;
      if (text) return { text, source: `SENT_TIME[${index}]` };
    }
  }
  return { text: '', source: null };
}

/** The pane's messages in DOM order, and the order their times say it is (see message-order.ts). */
export function itemOrder(pane: Element): { inDom: Element[]; direction: Direction } {
  const inDom = findItems(pane);
  return { inDom, direction: directionOf(inDom.map((item) => timeOf(item).text)) };
}

/** The pane's messages oldest first, whatever the rep's reading order. */
export function itemsOldestFirst(pane: Element): Element[] {
  const { inDom, direction } = itemOrder(pane);
  return oldestFirst(inDom, direction);
}

/** The reply body of a compose open in the pane: the editor labelled "Message body" (or its
 *  translation), else a multi-line editor. The To/Cc editors are single-line textboxes. */
export function findReplyBody(pane: Element): HTMLElement | null {
  const usable = (el: Element) => !isInside(el, OUTSIDE_THREAD, pane) && !isHidden(el, pane);
  const [labelled, multiline] = REPLY_BODY;
  const byLabel = queryAll(pane, labelled ?? '').find(
    (el) => usable(el) && REPLY_BODY_LABELS.includes(clean(el.getAttribute('aria-label')).toLowerCase()),
  );
  const found = byLabel ?? queryAll(pane, multiline ?? '').find(usable) ?? null;
  return isHtmlElement(found) ? found : null;
}

/** The Reply button of the newest message that has one, else any Reply button of the pane. */
export function findReplyButton(pane: Element): HTMLElement | null {
  const usable = (el: Element) => !isInside(el, OUTSIDE_THREAD, pane) && !isHidden(el, pane);
  const labelled = (el: Element) =>
    [el.getAttribute('aria-label'), el.getAttribute('title')].some((label) =>
      REPLY_BUTTON_LABELS.includes(clean(label).toLowerCase()),
    );
  const replyIn = (scope: Element): HTMLElement | null => {
    const byLabel = queryAny(scope, REPLY_BUTTON).find((el) => usable(el) && labelled(el));
    const byIcon = queryAny(scope, REPLY_ICON)
      .map((icon) => icon.closest(BUTTON))
      .find((el): el is Element => !!el && scope.contains(el) && usable(el));
    const button = byLabel ?? byIcon;
    return isHtmlElement(button) ? button : null;
  };
  for (const item of itemsOldestFirst(pane).reverse()) {
    const button = replyIn(item);
    if (button) return button;
  }
  return replyIn(pane);
}

/** The reply body, only while the pane shows the conversation: a compose in a pane without any
 *  message is a new mail (Outlook opens new mail in the reading pane). */
export function findThreadReplyBody(pane: Element): HTMLElement | null {
  return findItems(pane).length > 0 ? findReplyBody(pane) : null;
}

// An element of any realm (the page's, or a test window's) that can take focus and clicks.
function isHtmlElement(el: Element | null | undefined): el is HTMLElement {
  return (
    !!el && typeof (el as HTMLElement).click === 'function' && typeof (el as HTMLElement).focus === 'function'
  );
}
