// readThread for Gmail: pure DOM reading of the open thread (DESIGN.md, "The adapter contract").
// No timers, no globals beyond the document and URL; never throws, unreadable fields stay empty.
// readTraced also says where each field came from, for diagnose (diagnose.ts).
import type { ThreadSnapshot } from '../adapter';
import type { ThreadTrace as SharedTrace } from '../diagnose';
import { messageKeys } from '../message-key';
import { oldestFirst, sentTimes } from '../message-order';
import { firstOf, normalizeSpace, safely } from './dom';
import { type ReadMessage, readUnit } from './read-messages';
import { LABELS, SELECTORS } from './selectors';
import { findReplyBox, findThreadView, type ThreadView, threadOrder } from './thread-view';

/** Where each field was read; the view readThread found, for diagnose. */
export interface ThreadTrace extends SharedTrace {
  view: ThreadView | null;
}

export function readThread(doc: Document, url: URL): ThreadSnapshot | null {
  return readTraced(doc, url).snapshot;
}

export function readTraced(doc: Document, url: URL): { snapshot: ThreadSnapshot | null; trace: ThreadTrace } {
  const view = safely(() => findThreadView(doc), null);
  const urlThread = safely(() => threadTokenFromUrl(url), null);
  const trace: ThreadTrace = {
    view,
    order: 'unknown',
    threadId: null,
    subject: null,
    account: null,
    compose: null,
    messages: [],
  };
  // Degraded mode: the URL names a thread but the page shows nothing we recognize (Gmail changed its
  // markup, or the view is still loading). Return what can be read; the panel asks the rep the rest.
  if (!view && !urlThread) return { snapshot: null, trace };

  const account = safely(() => readAccount(doc), { value: null, source: null });
  const order = view ? safely(() => threadOrder(view), null) : null;
  const units = order ? oldestFirst(order.inDom, order.direction) : [];
  trace.order = order?.direction ?? 'unknown';
  const read: ReadMessage[] = safely(() => units.flatMap(readUnit), []);
  const keys = safely(() => messageKeys(read.map((m) => m.key)), []);
  const times = safely(
    () =>
      sentTimes(
        read.map((m) => m.date),
        doc.documentElement.lang || 'en',
      ),
    [],
  );
  const messages = read.map((m, i) => ({ ...m.message, key: keys[i] ?? '', sentAt: times[i] ?? null }));
  const threadId = safely(() => readThreadId(view, url), { value: '', source: null });
  const subject = view
    ? safely(() => readSubject(view), { value: '', source: null })
    : { value: '', source: null };
  const replyBox = view ? safely(() => findReplyBox(doc, view), null) : null;
  const last = messages.at(-1);
  trace.threadId = threadId.source;
  trace.subject = subject.source;
  trace.account = account.source;
  trace.messages = read.map((m) => m.trace);
  trace.compose = replyBox ? (view?.container.contains(replyBox) ? 'in the thread' : 'popped out') : null;
  const snapshot: ThreadSnapshot = {
    provider: 'gmail',
    threadId: threadId.value,
    subject: subject.value,
    account: account.value,
    messages,
    lastMessageFromAccount: account.value !== null && last !== undefined && last.from.email === account.value,
    hasCompose: replyBox !== null,
  };
  return { snapshot, trace };
}

interface Sourced<T> {
  value: T;
  source: string | null;
}

/** The hash's route segments, without a `?compose=…` query: `#inbox/FMfcg…?compose=new` → [inbox, FMfcg…]. */
function hashSegments(url: URL): string[] {
  const route = url.hash.replace(/^#/, '').split('?')[0] ?? '';
  return route.split('/').filter((segment) => segment.length > 0);
}

// Thread tokens: the 16-digit hex legacy id, or the newer id Gmail writes with consonants only
// (`FMfcgzQcpLmdnTwvXKbRhgJsPVqDtZxk`), so a folder, label or search word is not mistaken for one.
const LEGACY_ID = /^[0-9a-f]{16}$/;
const NEW_TOKEN = /^[B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{20,}$/;

/** The thread named by the URL (`#inbox/<token>`, `#label/X/<token>`, `#search/q/<token>`), else null. */
function threadTokenFromUrl(url: URL): string | null {
  const segments = hashSegments(url);
  const last = segments.at(-1);
  if (segments.length < 2 || last === undefined || segments[0] === 'settings') return null;
  return LEGACY_ID.test(last) || NEW_TOKEN.test(last) ? last : null;
}

/**
 * The legacy hex id of the visible heading, else the hash's last segment (a `#inbox` hash names no
 * thread: then the heading's perm id, so the panel still has a stable key).
 */
function readThreadId(view: ThreadView | null, url: URL): Sourced<string> {
  const legacy = view?.heading?.getAttribute('data-legacy-thread-id')?.trim();
  if (legacy) return { value: legacy, source: 'heading: data-legacy-thread-id' };
  const segments = hashSegments(url);
  const last = segments.at(-1);
  if (segments.length >= 2 && last) return { value: last, source: 'URL' };
  const perm = view?.heading?.getAttribute('data-thread-perm-id')?.trim();
  return perm ? { value: perm, source: 'heading: data-thread-perm-id' } : { value: '', source: null };
}

/** The heading's text; Gmail's "(no subject)" placeholder, in whichever UI language, is ''. */
function readSubject(view: ThreadView): Sourced<string> {
  if (!view.heading) return { value: '', source: null };
  const subject = normalizeSpace(view.heading.textContent);
  const placeholder = LABELS.noSubject.some((label) => label.toLowerCase() === subject.toLowerCase());
  const index = SELECTORS.subjectHeading.findIndex((selector) =>
    safely(() => view.heading?.matches(selector), false),
  );
  const source = index < 0 ? 'subject heading' : `subjectHeading[${index}]`;
  return {
    value: placeholder ? '' : subject,
    source: placeholder ? `${source} (no-subject placeholder)` : source,
  };
}

const EMAIL = /[^\s()<>@,;:"]+@[^\s()<>@,;:"]+\.[^\s()<>@,;:"]+/;

/*
 * <header role="banner">…
 *   <a href="https://accounts.google.com/SignOutOptions?…" role="button"
 *      aria-label="Google Account: Jordan Lee&#10;(jordan.lee@acme.test)">
 * <title>Subject - jordan.lee@acme.test - Gmail</title>
 * The account switcher's list of other accounts (hidden) is never read.
 */
function readAccount(doc: Document): Sourced<string | null> {
  const button = firstOf(doc, SELECTORS.accountButton, (el) =>
    emailInLabel(el.getAttribute('aria-label') ?? ''),
  );
  if (button.value) return { value: button.value, source: `accountButton[${button.index}]` };
  const title = emailInTitle(doc.title);
  return { value: title, source: title ? 'document title' : null };
}

function emailInLabel(label: string): string | null {
  const inParentheses = Array.from(label.matchAll(/\(([^()]+)\)/g))
    .map((match) => normalizeSpace(match[1]))
    .filter((text) => EMAIL.exec(text)?.[0] === text);
  const email = inParentheses.at(-1) ?? EMAIL.exec(label)?.[0];
  return email ? email.toLowerCase() : null;
}

/** The title's segment that is exactly an address, searched from the end (the subject comes first). */
function emailInTitle(title: string): string | null {
  const segments = title.split(' - ').map(normalizeSpace).reverse();
  const email = segments.find((segment) => EMAIL.exec(segment)?.[0] === segment);
  return email ? email.toLowerCase() : null;
}
