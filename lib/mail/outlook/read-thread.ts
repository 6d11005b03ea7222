// Reads the conversation open in Outlook on the web into the adapter contract's ThreadSnapshot.
// Pure DOM reading of the document and URL it is given: no timers, no globals, never throws. Every
// field is read on its own, so one unreadable field leaves the others intact (degraded mode).
import type { Person, ThreadMessage, ThreadSnapshot } from '../adapter';
import { clean, hasAncestor, isHidden, isInside, queryAll, queryAny, queryFirst } from './dom';
import { findPane, findReplyBody, isExpanded, itemsOldestFirst } from './locate';
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
  SUBJECT,
  TITLED_ADDRESS,
} from './selectors';

const NOBODY: Person = { name: '', email: '' };
const WELL = RECIPIENT_WELL.join(', ');
const BODY = MESSAGE_BODY.join(', ');
const EDITABLE = '[contenteditable]';

export function readThread(doc: Document, url: URL): ThreadSnapshot | null {
  try {
    const pane = attempt(() => findPane(doc), null);
    const threadId = attempt(() => threadIdOf(url), '');
    const items = pane ? attempt(() => itemsOldestFirst(pane), []) : [];
    const subject = pane ? attempt(() => readSubject(pane), null) : null;
    // A list-only view has no conversation id in its URL and nothing of a conversation in the pane.
    if (threadId === '' && items.length === 0 && subject === null) return null;
    const account = attempt(() => readAccount(doc), null);
    const messages = items.map((item) =>
      attempt(() => readMessage(item), { from: { ...NOBODY }, to: [], cc: [] }),
    );
    const last = messages.at(-1);
    return {
      provider: 'outlook',
      threadId,
      subject: subject ?? '',
      account,
      messages,
      lastMessageFromAccount: account !== null && last !== undefined && last.from.email === account,
      // A compose in a pane that shows no message is a new mail, not a reply to this thread.
      hasCompose: pane && items.length > 0 ? attempt(() => findReplyBody(pane) !== null, false) : false,
    };
  } catch {
    return null;
  }
}

/** `/mail/inbox/id/AAQk…%2FnRJ…%3D` → `AAQk…/nRJ…=`; '' outside mail or without an /id/ segment.
 *  The path keeps %2F encoded, so splitting on "/" cannot cut the id. */
export function threadIdOf(url: URL): string {
  const segments = url.pathname.split('/');
  if (segments[1] !== 'mail') return '';
  for (let i = segments.length - 2; i >= 0; i--) {
    const id = segments[i + 1];
    if (segments[i] === 'id' && id) return attempt(() => decodeURIComponent(id), id);
  }
  return '';
}

// <div class="full-subject-wrapper"><div role="heading" aria-level="2" title="RE: Security review…">
//   <span>RE: Security review…</span></div></div>
// null when the pane shows no subject heading at all (as opposed to an empty subject).
function readSubject(pane: Element): string | null {
  const insideMessage = [...EXPANDED_ITEM, ...COLLAPSED_ITEM, BODY, OUTSIDE_THREAD].join(', ');
  for (const selector of SUBJECT) {
    const heading = queryAll(pane, selector).find(
      (el) => !isInside(el, insideMessage, pane) && !isHidden(el, pane),
    );
    if (!heading) continue;
    const subject = clean(heading.getAttribute('title')) || clean(heading.textContent);
    return NO_SUBJECT_PLACEHOLDERS.includes(subject.toLowerCase()) ? '' : subject;
  }
  return null;
}

// <div id="meControl"><button id="O365_MainLink_Me" aria-label="Account manager for Priya Natarajan">
//   <div id="mectrl_main_body" style="display:none">
//     <div id="mectrl_currentAccount_secondary">priya.natarajan@acme.test</div>
// Only an address the page shows counts: a display name alone (outlook.live.com) gives null.
function readAccount(doc: Document): string | null {
  for (const el of queryAny(doc, ACCOUNT_ADDRESS)) {
    for (const text of [el.getAttribute('data-folder-name'), el.getAttribute('title'), el.textContent]) {
      const { email } = parseNameAddress(text);
      if (email) return email;
    }
  }
  for (const el of queryAny(doc, ACCOUNT_BUTTON)) {
    for (const label of [el.getAttribute('aria-label'), el.getAttribute('title')]) {
      const email = addressIn(label);
      if (email) return email;
    }
  }
  // Older OWA builds titled the tab "Mail - priya@acme.test"; a subject is never a bare address.
  const fromTitle = doc.title.split(' - ').map((part) => parseNameAddress(part));
  return fromTitle.find((p) => p.email && !p.name)?.email ?? null;
}

function addressIn(text: string | null): string {
  const match = /<([^<>\s]+@[^<>\s]+)>|([^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+)/.exec(text ?? '');
  return (match?.[1] ?? match?.[2] ?? '').toLowerCase();
}

function readMessage(item: Element): ThreadMessage {
  if (!isExpanded(item)) return { from: readSender(item), to: [], cc: [] };
  const header = queryFirst(item, MESSAGE_HEADER) ?? item;
  return { from: readSender(header), ...readRecipients(header) };
}

// Expanded:  <span aria-label="From: Dana Whitfield" title="Dana Whitfield <dana@…>">
//              <span data-lpc-hover-target-id title="dana@…">Dana Whitfield<span>&lt;dana@…&gt;</span>
// Collapsed: <div title="Dana Whitfield <dana@…>"><span data-lpc-hover-target-id title="dana@…">Dana…
// The first persona outside the recipient wells and the body is the sender; the avatar's
// accessible name stands in for a missing name.
function readSender(scope: Element): Person {
  const outside = [WELL, BODY, EDITABLE].join(', ');
  const first = queryAny(scope, [...TITLED_ADDRESS, ...PERSONA, ...LABELLED_ADDRESS]).find(
    (el) => !isInside(el, outside, scope),
  );
  const person = first ? readPersona(first) : { ...NOBODY };
  if (!person.name) {
    const avatar = queryAny(scope, AVATAR).find((el) => !isInside(el, outside, scope));
    person.name = clean(avatar?.getAttribute('aria-label'));
  }
  return person;
}

// <div data-testid="RecipientWell" aria-label="Cc: Sam Okafor, Riley Chen"><span>Cc:</span>
//   <span data-lpc-hover-target-id title="sam@…">Sam Okafor<span>&lt;sam@…&gt;</span></span>; …
// A well labelled Cc is cc, Bcc is left out (the contract has no bcc), any other is To: the word
// for "To" varies by language, "Cc" hardly does.
function readRecipients(header: Element): { to: Person[]; cc: Person[] } {
  const to: Person[] = [];
  const cc: Person[] = [];
  const wells = queryAny(header, RECIPIENT_WELL).filter(
    (el) => !hasAncestor(el, WELL, header) && !isInside(el, BODY, header),
  );
  for (const well of wells) {
    const label = clean(well.getAttribute('aria-label') || well.textContent)
      .split(':')[0]
      ?.trim()
      .toLowerCase();
    if (label && BCC_LABELS.includes(label)) continue;
    (label && CC_LABELS.includes(label) ? cc : to).push(...peopleIn(well));
  }
  return { to, cc };
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
