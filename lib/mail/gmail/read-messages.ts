// Reading one message of the open thread: its sender, and for an expanded message its to and cc.
import type { Person, ThreadMessage } from '../adapter';
import {
  closestAny,
  firstReading,
  normalizeSpace,
  queryAll,
  queryFirst,
  readPerson,
  safely,
  topMost,
  uniquePeople,
} from './dom';
import { LABELS, SELECTORS } from './selectors';

const NOBODY: Person = { name: '', email: '' };

export function readMessage(message: Element): ThreadMessage {
  const sender = safely(
    () => firstReading(message, SELECTORS.sender, (chip) => (readPerson(chip) ? chip : null)),
    null,
  );
  const from = (sender && readPerson(sender)) ?? NOBODY;
  if (safely(() => isCollapsed(message), false)) return { from, to: [], cc: [] };
  const { to, cc } = safely(() => readRecipients(message, sender), { to: [], cc: [] });
  return { from, to, cc };
}

/*
 * <div role="listitem" aria-expanded="false">      ← collapsed: sender and snippet only
 *   <div class="Bk">…<div data-message-id="#msg-f:…">
 *     <h3><span email="dana@northwind.test" name="Dana Whitfield">Dana Whitfield</span></h3>
 *     <span>Thanks Jordan. Sam from our IT team…</span>
 */
function isCollapsed(message: Element): boolean {
  const item = closestAny(message, SELECTORS.messageItem);
  if (item) return item.getAttribute('aria-expanded') === 'false';
  return closestAny(message, SELECTORS.collapsedMessage) !== null;
}

interface Recipients {
  to: Person[];
  cc: Person[];
}

/*
 * An expanded message's header:
 * <div data-message-id="#msg-f:…">
 *   <h3><span email="dana@n.test" name="Dana Whitfield">…</span> &lt;dana@n.test&gt;</h3>
 *   <span>to <span email="jordan@acme.test" name="Jordan Lee">me</span>, <span email=… name=…>Sam</span></span>
 *   <div role="dialog" aria-label="Show details" style="visibility: hidden">
 *     <table>
 *       <tr><td><span>from:</span></td><td><span email=… name=…>…</span> &lt;…&gt;</td></tr>
 *       <tr><td><span>to:</span></td>  <td>…</td></tr>
 *       <tr><td><span>cc:</span></td>  <td><span email=…>…</span>, <span email=…>…</span></td></tr>
 *       <tr><td><span>date:</span></td><td>Mon, Nov 23, 2026, 4:47 PM</td></tr> …
 *     </table>
 *   </div>
 *   <div class="ii gt">the body (mailto links, no [email] chips)</div>
 * </div>
 * The summary line merges to and cc; only the details table tells them apart, by its localized
 * row labels. With no details table, or labels in a language we do not know, everyone on the
 * summary line is reported in `to`.
 */
function readRecipients(message: Element, sender: Element | null): Recipients {
  const details = queryFirst(message, SELECTORS.details);
  const fromDetails = details ? readDetails(details) : null;
  return fromDetails ?? { to: readSummary(message, sender), cc: [] };
}

function readDetails(details: Element): Recipients | null {
  let understood = false;
  const to: Person[] = [];
  const cc: Person[] = [];
  for (const row of Array.from(details.querySelectorAll('tr'))) {
    const label = normalizeLabel(row.querySelector('td, th')?.textContent);
    const list = includes(LABELS.detailsTo, label) ? to : includes(LABELS.detailsCc, label) ? cc : null;
    if (list) list.push(...peopleIn(row));
    if (list || includes(LABELS.detailsOther, label)) understood = true;
  }
  return understood ? { to: uniquePeople(to), cc: uniquePeople(cc) } : null;
}

function readSummary(message: Element, sender: Element | null): Person[] {
  const excluded = SELECTORS.summaryExcluded.join(', ');
  const chips = queryAll(message, SELECTORS.summaryRecipient, (chip) => {
    if (sender && (sender.contains(chip) || chip.contains(sender))) return false;
    const outside = safely(() => chip.closest(excluded), null);
    return !(outside && message.contains(outside));
  });
  return uniquePeople(topMost(chips).flatMap((chip) => readPerson(chip) ?? []));
}

function peopleIn(element: Element): Person[] {
  return topMost(Array.from(element.querySelectorAll('[email]'))).flatMap((chip) => readPerson(chip) ?? []);
}

/** "to:", "À :", "Cc :" → "to", "à", "cc". */
function normalizeLabel(text: string | null | undefined): string {
  return normalizeSpace(text).replace(/\s*:$/, '').toLowerCase();
}

function includes(labels: readonly string[], label: string): boolean {
  return labels.includes(label);
}
