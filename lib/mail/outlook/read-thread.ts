// Reads the conversation open in Outlook on the web into the adapter contract's ThreadSnapshot.
// Pure DOM reading of the document and URL it is given: no timers, no globals, never throws. Every
// field is read on its own, so one unreadable field leaves the others intact (degraded mode).
// readTraced also says where each field came from, for diagnose (diagnose.ts).
import type { MessageHeader, Person, ThreadMessage, ThreadSnapshot } from '../adapter';
import type { MessageTrace, ThreadTrace as SharedTrace } from '../diagnose';
import { messageKeys } from '../message-key';
import { oldestFirst, sentTimes } from '../message-order';
import { personInText } from '../people';
import { clean, hasAncestor, isHidden, isInside, queryAll, queryAny, queryFirst } from './dom';
import { findReplyBody, isExpanded, itemOrder, locatePane, timeOf } from './locate';
import { parseNameAddress, readPersona, withoutLabel } from './persona';
import {
  ACCOUNT_ADDRESS,
  ACCOUNT_BUTTON,
  AVATAR,
  BCC_LABELS,
  CC_LABELS,
  COLLAPSED_ITEM,
  EXPANDED_ITEM,
  LABELLED_ADDRESS,
  MESSAGE_BODY,
  MESSAGE_HEADER,
  NO_SUBJECT_PLACEHOLDERS,
  OUTSIDE_THREAD,
  PERSONA,
  RECIPIENT_WELL,
  REPLY_BODY,
  SUBJECT,
  TITLED_ADDRESS,
} from './selectors';

const NOBODY: Person = { name: '', email: '' };
const WELL = RECIPIENT_WELL.join(', ');
const BODY = MESSAGE_BODY.join(', ');
const EDITABLE = '[contenteditable]';

interface Sourced<T> {
  value: T;
  source: string | null;
}

/** Where each field was read; the pane alternative that was found, for diagnose. */
export interface ThreadTrace extends SharedTrace {
  pane: string | null;
}

export function readThread(doc: Document, url: URL): ThreadSnapshot | null {
  return readTraced(doc, url).snapshot;
}

export function readTraced(doc: Document, url: URL): { snapshot: ThreadSnapshot | null; trace: ThreadTrace } {
  const trace: ThreadTrace = {
    pane: null,
    order: 'unknown',
    threadId: null,
    subject: null,
    account: null,
    compose: null,
    messages: [],
  };
  try {
    const located = attempt(() => locatePane(doc), null);
    const pane = located?.pane ?? null;
    trace.pane = located?.source ?? null;
    const route = attempt(() => routeOf(url), { value: '', source: null });
    const order = pane ? attempt(() => itemOrder(pane), null) : null;
    trace.order = order?.direction ?? 'unknown';
    const items = order ? oldestFirst(order.inDom, order.direction) : [];
    // No thread open: a list-only page, or an empty reading pane ("Select an item to read" is a
    // heading too): no conversation id in the URL and no message in the pane.
    if (route.value === '' && items.length === 0) return { snapshot: null, trace };
    const subject = pane
      ? attempt(() => readSubject(pane), { value: '', source: null })
      : { value: '', source: null };
    const account = attempt(() => readAccount(doc), { value: null, source: null });
    const read = items.map((item) => attempt(() => readMessage(item), unreadable()));
    const times = read.map((m) => m.time);
    const sent = attempt(() => sentTimes(times, doc.documentElement.lang || 'en'), []);
    // A pop-out window shows one message, named by the item id in its URL.
    const itemId = route.source === 'URL: /deeplink/read/' && read.length === 1 ? route.value : null;
    const keys = attempt(
      () =>
        messageKeys(
          read.map((m, i) => ({
            id: i === 0 ? itemId : null,
            email: m.message.from.email,
            date: times[i] ?? '',
          })),
        ),
      [],
    );
    const messages: ThreadMessage[] = read.map((m, i) => ({
      ...m.message,
      key: keys[i] ?? '',
      sentAt: sent[i] ?? null,
    }));
    // A compose in a pane that shows no message is a new mail, not a reply to this thread.
    const reply = pane && items.length > 0 ? attempt(() => findReplyBody(pane), null) : null;
    const last = messages.at(-1);
    trace.threadId = route.source;
    trace.subject = subject.source;
    trace.account = account.source;
    trace.compose = reply
      ? `REPLY_BODY[${REPLY_BODY.findIndex((s) => attempt(() => reply.matches(s), false))}]`
      : null;
    trace.messages = read.map((m, i) => ({
      ...m.trace,
      id: i === 0 && itemId ? 'URL: /deeplink/read/' : null,
    }));
    return {
      snapshot: {
        provider: 'outlook',
        threadId: route.value,
        subject: subject.value,
        account: account.value,
        messages,
        lastMessageFromAccount:
          account.value !== null && last !== undefined && last.from.email === account.value,
        hasCompose: reply !== null,
      },
      trace,
    };
  } catch {
    return { snapshot: null, trace };
  }
}

interface ReadItem {
  message: MessageHeader;
  time: string;
  trace: MessageTrace;
}

function unreadable(): ReadItem {
  return {
    message: { from: { ...NOBODY }, to: [], cc: [] },
    time: '',
    trace: { state: 'collapsed', sender: null, id: null, date: null, recipients: null },
  };
}

/** The conversation named by the URL: after /id/, or a pop-out's item after /deeplink/read/. */
function routeOf(url: URL): Sourced<string> {
  const id = threadIdOf(url);
  if (id)
    return {
      value: id,
      source: url.pathname.includes('/deeplink/read/') ? 'URL: /deeplink/read/' : 'URL: /id/',
    };
  return { value: '', source: null };
}

/** `/mail/inbox/id/AAQk…%2FnRJ…%3D` → `AAQk…/nRJ…=`; a pop-out window's `/mail/deeplink/read/AAMk…`
 *  (also under a shared mailbox, `/mail/<mailbox>/deeplink/read/…`) → its item id; '' outside mail
 *  or without either. The path keeps %2F encoded, so splitting on "/" cannot cut the id. */
export function threadIdOf(url: URL): string {
  const segments = url.pathname.split('/');
  if (segments[1] !== 'mail') return '';
  for (let i = segments.length - 2; i >= 0; i--) {
    const id = segments[i + 1];
    const named = segments[i] === 'id' || (segments[i] === 'read' && segments[i - 1] === 'deeplink');
    if (named && id) return attempt(() => decodeURIComponent(id), id);
  }
  return '';
}

// <div class="full-subject-wrapper"><div role="heading" aria-level="2" title="RE: Security review…">
//   <span>RE: Security review…</span></div></div>
function readSubject(pane: Element): Sourced<string> {
  const insideMessage = [...EXPANDED_ITEM, ...COLLAPSED_ITEM, BODY, OUTSIDE_THREAD].join(', ');
  for (const [index, selector] of SUBJECT.entries()) {
    const heading = queryAll(pane, selector).find(
      (el) => !isInside(el, insideMessage, pane) && !isHidden(el, pane),
    );
    if (!heading) continue;
    const subject = clean(heading.getAttribute('title')) || clean(heading.textContent);
    const placeholder = NO_SUBJECT_PLACEHOLDERS.includes(subject.toLowerCase());
    return {
      value: placeholder ? '' : subject,
      source: `SUBJECT[${index}]${placeholder ? ' (no-subject placeholder)' : ''}`,
    };
  }
  return { value: '', source: null };
}

// <div id="meControl"><button id="O365_MainLink_Me" aria-label="Account manager for Priya Natarajan">
//   <div id="mectrl_main_body" style="display:none">
//     <div id="mectrl_currentAccount_secondary">priya.natarajan@acme.test</div>
// Only an address the page shows counts: a display name alone (outlook.live.com) gives null.
function readAccount(doc: Document): Sourced<string | null> {
  for (const el of queryAny(doc, ACCOUNT_ADDRESS)) {
    for (const text of [el.getAttribute('data-folder-name'), el.getAttribute('title'), el.textContent]) {
      const { email } = parseNameAddress(text);
      if (email) return { value: email, source: sourceOf(el, ACCOUNT_ADDRESS, 'ACCOUNT_ADDRESS') };
    }
  }
  for (const el of queryAny(doc, ACCOUNT_BUTTON)) {
    for (const label of [el.getAttribute('aria-label'), el.getAttribute('title')]) {
      const email = addressIn(label);
      if (email) return { value: email, source: sourceOf(el, ACCOUNT_BUTTON, 'ACCOUNT_BUTTON') };
    }
  }
  // Older OWA builds titled the tab "Mail - priya@acme.test"; a subject is never a bare address.
  const fromTitle = doc.title.split(' - ').map((part) => parseNameAddress(part));
  const email = fromTitle.find((p) => p.email && !p.name)?.email ?? null;
  return { value: email, source: email ? 'document title' : null };
}

/** `NAME[index]` of the first alternative of `list` the element matches. */
function sourceOf(el: Element, list: readonly string[], name: string): string {
  return `${name}[${list.findIndex((selector) => attempt(() => el.matches(selector), false))}]`;
}

function addressIn(text: string | null): string {
  const match = /<([^<>\s]+@[^<>\s]+)>|([^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+)/.exec(text ?? '');
  return (match?.[1] ?? match?.[2] ?? '').toLowerCase();
}

function readMessage(item: Element): ReadItem {
  const time = timeOf(item);
  const expanded = isExpanded(item);
  const header = expanded ? (queryFirst(item, MESSAGE_HEADER) ?? item) : item;
  const sender = readSender(header);
  const trace: MessageTrace = {
    state: expanded ? 'expanded' : 'collapsed',
    sender: sender.source,
    id: null,
    date: time.source,
    recipients: null,
  };
  if (!expanded) return { message: { from: sender.value, to: [], cc: [] }, time: time.text, trace };
  const recipients = readRecipients(header);
  trace.recipients = recipients.source;
  return { message: { from: sender.value, to: recipients.to, cc: recipients.cc }, time: time.text, trace };
}

// Expanded:  <span aria-label="From: Dana Whitfield" title="Dana Whitfield <dana@…>">
//              <span data-lpc-hover-target-id title="dana@…">Dana Whitfield<span>&lt;dana@…&gt;</span>
// Collapsed: <div title="Dana Whitfield <dana@…>"><span data-lpc-hover-target-id title="dana@…">Dana…
//            or a row titled "Dana Whitfield <dana@…>" itself, or "Dana Whitfield <dana@…>" as text.
// The first persona outside the recipient wells and the body is the sender (the row itself
// first); then an element whose own text is "Name <address>"; the avatar's accessible name stands
// in for a missing name.
function readSender(scope: Element): Sourced<Person> {
  const outside = [WELL, BODY, EDITABLE].join(', ');
  const alternatives: [string, readonly string[]][] = [
    ['TITLED_ADDRESS', TITLED_ADDRESS],
    ['PERSONA', PERSONA],
    ['LABELLED_ADDRESS', LABELLED_ADDRESS],
  ];
  const all = alternatives.flatMap(([, list]) => list).join(', ');
  const first = [scope, ...queryAll(scope, all)].find(
    (el) => attempt(() => el.matches(all), false) && !isInside(el, outside, scope),
  );
  let person: Person = first ? readPersona(first) : { ...NOBODY };
  let source: string | null = null;
  if (first) {
    for (const [name, list] of alternatives) {
      const index = list.findIndex((selector) => attempt(() => first.matches(selector), false));
      if (index >= 0) {
        source = `${name}[${index}]`;
        break;
      }
    }
  }
  if (!person.email) {
    const text = textPerson(scope, outside);
    if (text) {
      person = { name: person.name || text.name, email: text.email };
      source = 'text "Name <address>"';
    }
  }
  if (!person.name) {
    const avatar = queryAny(scope, AVATAR).find((el) => !isInside(el, outside, scope));
    person.name = clean(avatar?.getAttribute('aria-label'));
    if (person.name && !source) source = 'AVATAR[0]';
  }
  return { value: person, source };
}

/** The first element of the scope whose own text names one person: "Dana Whitfield <dana@x.test>". */
function textPerson(scope: Element, outside: string): Person | null {
  for (const el of [scope, ...queryAll(scope, '*')]) {
    if (isInside(el, outside, scope)) continue;
    const own = Array.from(el.childNodes).some(
      (node) => node.nodeType === 3 && (node.textContent ?? '').includes('@'),
    );
    if (!own) continue;
    const person = personInText(el.textContent);
    if (person) return person;
  }
  return null;
}

// <div data-testid="RecipientWell" aria-label="Cc: Sam Okafor, Riley Chen"><span>Cc:</span>
//   <span data-lpc-hover-target-id title="sam@…">Sam Okafor<span>&lt;sam@…&gt;</span></span>; …
// A well labelled Cc is cc, Bcc is left out (the contract has no bcc), any other is To: the word
// for "To" varies by language, "Cc" hardly does.
function readRecipients(header: Element): { to: Person[]; cc: Person[]; source: string | null } {
  const to: Person[] = [];
  const cc: Person[] = [];
  const wells = queryAny(header, RECIPIENT_WELL).filter(
    (el) => !hasAncestor(el, WELL, header) && !isInside(el, BODY, header),
  );
  const source = wells[0] ? sourceOf(wells[0], RECIPIENT_WELL, 'RECIPIENT_WELL') : null;
  for (const well of wells) {
    const label = clean(well.getAttribute('aria-label') || well.textContent)
      .split(':')[0]
      ?.trim()
      .toLowerCase();
    if (label && BCC_LABELS.includes(label)) continue;
    (label && CC_LABELS.includes(label) ? cc : to).push(...peopleIn(well));
  }
  return { to, cc, source };
}

function peopleIn(well: Element): Person[] {
  const outermost = (selector: string) =>
    queryAll(well, selector).filter((el) => !hasAncestor(el, selector, well));
  const personas = outermost(PERSONA.join(', '));
  const elements = personas.length > 0 ? personas : outermost(TITLED_ADDRESS.join(', '));
  if (elements.length === 0) return peopleInText(withoutLabel(well.textContent));
  return elements.map(readPersona).filter((p) => p.name !== '' || p.email !== '');
}

// A well shown as plain text ("An: recipient@example.com; Dana <dana@x.test>"): people are split
// on ";" and, only when a part holds several addresses, on "," (a name may be "Whitfield, Dana").
function peopleInText(text: string): Person[] {
  const people: Person[] = [];
  for (const part of text.split(';')) {
    const addresses = part.match(/@/g)?.length ?? 0;
    const pieces = addresses > 1 ? part.split(',') : [part];
    for (const piece of pieces) {
      const person = parseNameAddress(piece);
      if (person.email) people.push(person);
    }
  }
  return people;
}

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
