// Finding the open thread's view, and what belongs to it: its messages, its reply box, its Reply
// button. Everything else the adapter reads is scoped to ThreadView.container, so the inbox list
// behind a thread, hovercards, people chips and hidden older views are never read.
import type { Person } from '../adapter';
import { type Direction, directionOf, oldestFirst } from '../message-order';
import { personInText } from '../people';
import {
  closestAny,
  firstReading,
  inDocumentOrder,
  isVisible,
  normalizeSpace,
  queryAll,
  queryEvery,
  queryFirst,
  readPerson,
  topMost,
} from './dom';
import { SELECTORS } from './selectors';

export interface ThreadView {
  /** The visible subject heading; null when Gmail renders none we recognize. */
  heading: Element | null;
  /** The smallest element holding the heading and the messages. */
  container: Element;
}

/*
 * <div role="main">                            ← in preview-pane mode it also holds the inbox list
 *   …<div class="nH a98 iY">                   ← container: nearest ancestor of the heading with messages
 *      <div class="ha"><h2 data-legacy-thread-id="19a6…" data-thread-perm-id="thread-f:…">Subject</h2></div>
 *      <div role="list">
 *        <div role="listitem" aria-expanded="false"><div data-message-id="#msg-f:…">…</div></div>
 *        <div role="listitem" aria-expanded="true"><div data-message-id="#msg-a:r-…">…</div></div>
 *      </div>
 *      <div>Reply · Forward</div>
 *   </div>
 * </div>
 * <div style="display: none">…an older thread view, same markup…</div>
 */
export function findThreadView(doc: Document): ThreadView | null {
  const headings = queryAll(doc, SELECTORS.subjectHeading, isVisible);
  for (const heading of headings) {
    const container = messagesAncestor(heading);
    if (container) return { heading, container };
  }
  const heading = headings[0];
  if (heading) {
    // A heading but no message we recognize: keep to the heading's own view.
    return { heading, container: heading.closest('[role="main"]') ?? heading.parentElement ?? heading };
  }
  // No heading we recognize: the first visible message's list.
  const message = queryFirst(doc, SELECTORS.message, isVisible);
  if (!message) return null;
  const list = closestAny(message, SELECTORS.messageList);
  return { heading: null, container: list?.parentElement ?? message.parentElement ?? message };
}

function messagesAncestor(heading: Element): Element | null {
  for (let node = heading.parentElement; node; node = node.parentElement) {
    if (queryFirst(node, SELECTORS.message) || queryFirst(node, SELECTORS.threadItem, isMessageRow))
      return node;
  }
  return null;
}

/*
 * <div role="list">
 *   <div role="listitem" aria-expanded="false"><div data-message-id="#msg-a:r-…">…</div></div>  ← a message
 *   <div role="listitem" aria-label="3 older messages"><span class="adx">3</span></div>       ← a bundle of 3
 *   <div role="listitem" aria-expanded="false"><div>…no id…</div></div>                      ← a message (x13)
 *   <div role="listitem" aria-expanded="true"><div data-message-id="#msg-f:…">…</div></div>
 * </div>
 * Each message is its listitem (or, without one, its message element); a bundle stands for the
 * messages it folds away, which are not in the DOM until the rep opens it.
 */
export interface MessageUnit {
  element: Element;
  /** For a bundle of folded messages: how many it stands for; 0 for a message. */
  folded: number;
}

/** A row holding something of a message: an id, a sender or a date. */
function isMessageRow(row: Element): boolean {
  return (
    queryFirst(row, SELECTORS.message) !== null ||
    SELECTORS.message.some((selector) => matchesSafely(row, selector)) ||
    firstReading(row, SELECTORS.sender, (el) => readSender(el)) !== null ||
    firstReading(row, SELECTORS.messageDate, dateOf) !== null
  );
}

function matchesSafely(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** How many folded messages a row stands for: its label or text starts with the number; 0 otherwise. */
export function foldedCount(row: Element): number {
  if (isMessageRow(row)) return 0;
  const label = normalizeSpace(row.getAttribute('aria-label')) || normalizeSpace(row.textContent);
  const count = /^(\d{1,3})\b/.exec(label)?.[1];
  return count ? Number(count) : 0;
}

/** The thread's messages and bundles, in DOM order. */
function unitsInDom(view: ThreadView): MessageUnit[] {
  const inView = (el: Element | null): el is Element => el !== null && view.container.contains(el);
  const rowOf = (el: Element) => {
    const row = closestAny(el, SELECTORS.threadItem);
    return inView(row) ? row : el;
  };
  const messages = queryEvery(view.container, SELECTORS.message).map(rowOf);
  const rows = queryEvery(view.container, SELECTORS.threadItem, isMessageRow);
  const bundles = queryEvery(view.container, SELECTORS.hiddenBundle, (el) => foldedCount(el) > 0);
  return topMost(inDocumentOrder([...messages, ...rows, ...bundles])).map((element) => ({
    element,
    folded: foldedCount(element),
  }));
}

/** The thread's messages and bundles in DOM order, and the order their dates say it is. */
export function threadOrder(view: ThreadView): { inDom: MessageUnit[]; direction: Direction } {
  const inDom = unitsInDom(view);
  const dates = inDom.map((unit) =>
    unit.folded > 0 ? '' : (firstReading(unit.element, SELECTORS.messageDate, dateOf) ?? ''),
  );
  return { inDom, direction: directionOf(dates) };
}

/** The thread's messages and bundles oldest first (reversed if the dates say newest first). */
export function threadUnits(view: ThreadView): MessageUnit[] {
  const { inDom, direction } = threadOrder(view);
  return oldestFirst(inDom, direction);
}

/** The elements of the thread's messages and bundles, oldest first. */
export function threadMessages(view: ThreadView): Element[] {
  return threadUnits(view).map((unit) => unit.element);
}

/** A date title of a message header (not of its body, details popup or reply box). */
export function dateOf(element: Element): string | null {
  if (closestAny(element, [SELECTORS.notHeader.join(', ')])) return null;
  const text =
    normalizeSpace(element.getAttribute('title')) || normalizeSpace(element.getAttribute('aria-label'));
  return text && /\d{1,2}:\d{2}/.test(text) && /\d{4}/.test(text) ? text : null;
}

/** The person a sender element names: a chip's attributes, a title, or the heading's text. */
export function readSender(element: Element): Person | null {
  if (element.hasAttribute('email') || element.hasAttribute('data-hovercard-id')) return readPerson(element);
  // A title or a text is the sender's only in the header: not in the body, the details or a reply.
  if (closestAny(element, [SELECTORS.notHeader.join(', ')])) return null;
  const title = element.getAttribute('title');
  if (title?.includes('@')) return personInText(title);
  return element.localName === 'h3' ? personInText(element.textContent) : null;
}

/** Hex ids naming this thread and its messages, as a reply form's hidden inputs refer to them. */
export function threadIds(view: ThreadView): Set<string> {
  const ids = new Set<string>();
  const add = (value: string | null | undefined) => {
    const id = value?.trim();
    if (id) ids.add(id);
  };
  add(view.heading?.getAttribute('data-legacy-thread-id'));
  add(view.heading?.getAttribute('data-legacy-last-message-id'));
  for (const message of queryEvery(view.container, SELECTORS.messageId.slice(0, 1))) {
    add(message.getAttribute('data-legacy-message-id'));
  }
  return ids;
}

/*
 * Inline reply, inside the thread's last message:
 *   <div role="region" aria-label="Reply">
 *     <form style="display:none"><input name="rm" value="19a7…"><input name="rt" value="19a7…">…</form>
 *     <div role="textbox" g_editable="true" contenteditable="true" aria-label="Message Body">…</div>
 *   </div>
 * A popped-out reply lives outside the thread view, in the bottom compose area, with the same form;
 * a new message's window has no rm/rt naming this thread and does not count.
 */
export function findReplyBox(doc: Document, view: ThreadView): Element | null {
  const inThread = queryFirst(view.container, SELECTORS.replyBox, isVisible);
  if (inThread) return inThread;
  const ids = threadIds(view);
  if (ids.size === 0) return null;
  const outside = queryAll(doc, SELECTORS.replyBox, (box) => !view.container.contains(box) && isVisible(box));
  return outside.find((box) => replyTargets(box).some((id) => ids.has(id))) ?? null;
}

/** Values of the rm/rt inputs of the compose form around a box (nearest ancestor that has them). */
function replyTargets(box: Element): string[] {
  let node: Element | null = box.parentElement;
  for (let depth = 0; node && depth < 16; depth += 1, node = node.parentElement) {
    const inputs = queryAll(node, SELECTORS.replyTarget);
    if (inputs.length > 0) {
      // The property, not the attribute: Gmail may set the value from script.
      return inputs.map((input) => String((input as HTMLInputElement).value ?? '').trim()).filter(Boolean);
    }
  }
  return [];
}

/** The Reply button of the latest message that shows one. */
export function findReplyButton(view: ThreadView): Element | null {
  return queryAll(view.container, SELECTORS.replyButton, isVisible).at(-1) ?? null;
}
