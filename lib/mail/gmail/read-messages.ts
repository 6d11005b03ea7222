// Reading one message of the open thread: its sender, its date and id (for its key), and for an
// expanded message its to and cc. Each reading says which selector alternative gave it (diagnose).
import type { MessageHeader, Person } from '../adapter';
import type { MessageTrace } from '../diagnose';
import type { KeySource } from '../message-key';
import {
  closestAny,
  firstOf,
  normalizeSpace,
  queryAll,
  readPerson,
  safely,
  topMost,
  uniquePeople,
} from './dom';
import { LABELS, SELECTORS } from './selectors';
import { dateOf, type MessageUnit, readSender } from './thread-view';

const NOBODY: Person = { name: '', email: '' };

export interface ReadMessage {
  message: MessageHeader;
  /** What its key is made of (null: a folded message, which has none). */
  key: KeySource | null;
  /** Its date as printed ('' when none). */
  date: string;
  trace: MessageTrace;
}

const FOLDED: ReadMessage = {
  message: { from: NOBODY, to: [], cc: [] },
  key: null,
  date: '',
  trace: { state: 'folded', sender: null, id: null, date: null, recipients: null },
};

/** The messages a unit stands for: itself, or the folded ones of a bundle (nothing of them shown). */
export function readUnit(unit: MessageUnit): ReadMessage[] {
  if (unit.folded > 0) return Array.from({ length: unit.folded }, () => FOLDED);
  return [readMessage(unit.element)];
}

export function readMessage(message: Element): ReadMessage {
  const sender = safely(() => firstOf(message, SELECTORS.sender, (el) => (readSender(el) ? el : null)), {
    value: null,
    index: -1,
  });
  const from = (sender.value && readSender(sender.value)) ?? { ...NOBODY };
  const date = safely(() => firstOf(message, SELECTORS.messageDate, dateOf), { value: null, index: -1 });
  const id = safely(() => firstOf(message, SELECTORS.messageId, messageIdOf), { value: null, index: -1 });
  const collapsed = safely(() => isCollapsed(message), false);
  const at = (name: string, index: number) => (index < 0 ? null : `${name}[${index}]`);
  const trace: MessageTrace = {
    state: collapsed ? 'collapsed' : 'expanded',
    sender: at('sender', sender.index),
    id: at('messageId', id.index),
    date: at('messageDate', date.index),
    recipients: null,
  };
  const key: KeySource = { id: id.value, email: from.email, date: date.value ?? '' };
  if (collapsed) return { message: { from, to: [], cc: [] }, key, date: date.value ?? '', trace };
  const recipients = safely(() => readRecipients(message, sender.value), { to: [], cc: [], source: null });
  trace.recipients = recipients.source;
  return { message: { from, to: recipients.to, cc: recipients.cc }, key, date: date.value ?? '', trace };
}

/** `#msg-f:1848…` → `msg-f:1848…`; the hex legacy id as is. */
function messageIdOf(element: Element): string | null {
  const id = normalizeSpace(
    element.getAttribute('data-legacy-message-id') || element.getAttribute('data-message-id'),
  );
  return id ? id.replace(/^#/, '') : null;
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
  /** The selector alternative the recipients came from. */
  source: string | null;
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
  const details = firstOf(message, SELECTORS.details, (el) => readDetails(el));
  if (details.value) return { ...details.value, source: `details[${details.index}]` };
  return readSummary(message, sender);
}

function readDetails(details: Element): Omit<Recipients, 'source'> | null {
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

function readSummary(message: Element, sender: Element | null): Recipients {
  const excluded = SELECTORS.summaryExcluded.join(', ');
  const accept = (chip: Element) => {
    if (sender && (sender.contains(chip) || chip.contains(sender))) return false;
    const outside = safely(() => chip.closest(excluded), null);
    return !(outside && message.contains(outside));
  };
  for (const [index, selector] of SELECTORS.summaryRecipient.entries()) {
    const chips = queryAll(message, [selector], accept);
    if (chips.length === 0) continue;
    const to = uniquePeople(topMost(chips).flatMap((chip) => readPerson(chip) ?? []));
    return { to, cc: [], source: `summaryRecipient[${index}]` };
  }
  return { to: [], cc: [], source: null };
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
