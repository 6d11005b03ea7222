// readThread for Gmail: pure DOM reading of the open thread (DESIGN.md, "The adapter contract").
// No timers, no globals beyond the document and URL; never throws, unreadable fields stay empty.
import type { ThreadMessage, ThreadSnapshot } from '../adapter';
import { firstReading, normalizeSpace, safely } from './dom';
import { readMessage } from './read-messages';
import { LABELS, SELECTORS } from './selectors';
import { findReplyBox, findThreadView, type ThreadView, threadMessages } from './thread-view';

export function readThread(doc: Document, url: URL): ThreadSnapshot | null {
  const view = safely(() => findThreadView(doc), null);
  const urlThread = safely(() => threadTokenFromUrl(url), null);
  // Degraded mode: the URL names a thread but the page shows nothing we recognize (Gmail changed its
  // markup, or the view is still loading). Return what can be read; the panel asks the rep the rest.
  if (!view && !urlThread) return null;

  const account = safely(() => readAccount(doc), null);
  const messages: ThreadMessage[] = view ? safely(() => threadMessages(view).map(readMessage), []) : [];
  const last = messages.at(-1);
  return {
    provider: 'gmail',
    threadId: safely(() => readThreadId(view, url), ''),
    subject: view ? safely(() => readSubject(view), '') : '',
    account,
    messages,
    lastMessageFromAccount: account !== null && last !== undefined && last.from.email === account,
    hasCompose: view ? safely(() => findReplyBox(doc, view) !== null, false) : false,
  };
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
function readThreadId(view: ThreadView | null, url: URL): string {
  const legacy = view?.heading?.getAttribute('data-legacy-thread-id')?.trim();
  if (legacy) return legacy;
  const segments = hashSegments(url);
  if (segments.length >= 2) return segments.at(-1) ?? '';
  return view?.heading?.getAttribute('data-thread-perm-id')?.trim() ?? '';
}

/** The heading's text; Gmail's "(no subject)" placeholder, in whichever UI language, is ''. */
function readSubject(view: ThreadView): string {
  const subject = normalizeSpace(view.heading?.textContent);
  const placeholder = LABELS.noSubject.some((label) => label.toLowerCase() === subject.toLowerCase());
  return placeholder ? '' : subject;
}

const EMAIL = /[^\s()<>@,;:"]+@[^\s()<>@,;:"]+\.[^\s()<>@,;:"]+/;

/*
 * <header role="banner">…
 *   <a href="https://accounts.google.com/SignOutOptions?…" role="button"
 *      aria-label="Google Account: Jordan Lee&#10;(jordan.lee@acme.test)">
 * <title>Subject - jordan.lee@acme.test - Gmail</title>
 * The account switcher's list of other accounts (hidden) is never read.
 */
function readAccount(doc: Document): string | null {
  const fromButton = firstReading(doc, SELECTORS.accountButton, (button) =>
    emailInLabel(button.getAttribute('aria-label') ?? ''),
  );
  return fromButton ?? emailInTitle(doc.title);
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
