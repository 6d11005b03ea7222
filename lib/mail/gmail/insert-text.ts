// Typing a follow-up into the open thread's reply box, the way the rep would, so Gmail sees the
// change and saves its draft. Plain text only: text nodes and <br>, never markup from the text.
// A second template replaces Relance's first one in the box, and can be undone (../insertion.ts).
import type { InsertOptions, InsertResult, ReplyBoxResult } from '../adapter';
import { continuesALine, priorInsertion, typeRemembered, undoRemembered } from '../insertion';
import { type CaretPoint, endOfText } from './caret';
import { safely } from './dom';
import { SELECTORS } from './selectors';
import { findReplyBox, findReplyButton, findThreadView } from './thread-view';

export type { InsertOptions };

/** The signature markers among the reply box's boundaries (Gmail writes them into the box). */
const SIGNATURE = SELECTORS.replyBoundary.filter((s) => s.includes('signature')).join(', ');

type PageWindow = Window & typeof globalThis;

const OK: InsertResult = { ok: true };
const NO_REPLY_BOX = { ok: false, reason: 'no-reply-box' } as const;
const NOT_EDITABLE = { ok: false, reason: 'not-editable' } as const;

export async function insertText(
  doc: Document,
  text: string,
  { timeoutMs = 2000, ownLine = false }: InsertOptions = {},
): Promise<InsertResult> {
  let box: Element | null = null;
  try {
    box = openReplyBox(doc) ?? (await openReply(doc, timeoutMs));
    if (!box) return NO_REPLY_BOX;
    if (!isEditable(box)) return NOT_EDITABLE;
    const replaced = priorInsertion(doc, box) !== null;
    if (!typeInto(doc, box, text, ownLine)) return NOT_EDITABLE;
    return replaced ? { ok: true, replaced: true } : OK;
  } catch {
    return box ? NOT_EDITABLE : NO_REPLY_BOX;
  }
}

/** Opens the reply box (pressing Reply when none is open) and reads whether it holds a signature. */
export async function openReplyBoxFor(doc: Document, timeoutMs = 2000): Promise<ReplyBoxResult> {
  try {
    const box = openReplyBox(doc) ?? (await openReply(doc, timeoutMs));
    if (!box) return NO_REPLY_BOX;
    if (!isEditable(box)) return NOT_EDITABLE;
    const signature = box.querySelector(SIGNATURE);
    return { ok: true, hasSignature: (signature?.textContent ?? '').trim() !== '' };
  } catch {
    return NO_REPLY_BOX;
  }
}

/** Undoes Relance's last insertion in the open reply box; false when there is none to undo. */
export function undoInsertion(doc: Document): boolean {
  try {
    const box = openReplyBox(doc);
    if (!box || !isEditable(box)) return false;
    (box as HTMLElement).focus?.({ preventScroll: true });
    return undoRemembered(doc, box, (text) => typeAtSelection(doc, box, text));
  } catch {
    return false;
  }
}

function openReplyBox(doc: Document): Element | null {
  const view = findThreadView(doc);
  return view ? findReplyBox(doc, view) : null;
}

/** Presses the thread's Reply button and waits for its box (observing mutations, not polling). */
async function openReply(doc: Document, timeoutMs: number): Promise<Element | null> {
  const view = findThreadView(doc);
  const button = view ? findReplyButton(view) : null;
  if (!button) return null;
  const appeared = waitFor(doc, () => openReplyBox(doc), timeoutMs);
  press(doc, button);
  return appeared;
}

function waitFor<T>(doc: Document, find: () => T | null, timeoutMs: number): Promise<T | null> {
  const win = doc.defaultView as PageWindow | null;
  const now = safely(find, null);
  if (now !== null || !win) return Promise.resolve(now);
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      win.clearTimeout(timer);
      resolve(value);
    };
    const observer = new win.MutationObserver(() => {
      const found = safely(find, null);
      if (found !== null) finish(found);
    });
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'hidden', 'contenteditable', 'role', 'g_editable', 'aria-label'],
    });
    const timer = win.setTimeout(() => finish(safely(find, null)), timeoutMs);
  });
}

/** Gmail's buttons act on mousedown/mouseup (jsaction), not only on click: send the whole gesture. */
function press(doc: Document, button: Element): void {
  const win = doc.defaultView as PageWindow | null;
  if (!win) {
    (button as HTMLElement).click?.();
    return;
  }
  for (const type of ['mousedown', 'mouseup', 'click']) {
    button.dispatchEvent(new win.MouseEvent(type, { bubbles: true, cancelable: true, view: win, button: 0 }));
  }
}

function isEditable(box: Element): boolean {
  if (box.getAttribute('aria-readonly') === 'true' || box.getAttribute('aria-disabled') === 'true')
    return false;
  if ((box as HTMLElement).isContentEditable === true) return true;
  const flag = box.getAttribute('contenteditable');
  return flag !== null && flag.toLowerCase() !== 'false';
}

function typeInto(doc: Document, box: Element, text: string, ownLine: boolean): boolean {
  const selection = doc.getSelection();
  // Keep the rep's caret when it is already in the box; focusing may move it, so remember it first.
  const kept = selection && caretInside(selection, box) ? selection.getRangeAt(0).cloneRange() : null;
  (box as HTMLElement).focus?.({ preventScroll: true });
  const prior = priorInsertion(doc, box);
  // Relance's previous insertion is replaced; otherwise the text goes at the caret.
  const range = prior ? prior.range.cloneRange() : (kept ?? rangeAt(doc, endOfText(box)));
  const typed = !prior && ownLine && continuesALine(range) ? `\n${text}` : text;
  if (!selection) return insertNodes(doc, box, selection, range, typed);
  return typeRemembered(doc, box, range, typed, prior?.text ?? null, (t) => typeAtSelection(doc, box, t));
}

/** Types at the document's selection (inside the box): the browser's typing, else nodes. */
function typeAtSelection(doc: Document, box: Element, text: string): boolean {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  if (execInsertText(doc, text)) return true;
  return insertNodes(doc, box, selection, selection.getRangeAt(0), text);
}

function caretInside(selection: Selection, box: Element): boolean {
  if (selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  return box.contains(range.startContainer) && box.contains(range.endContainer);
}

function rangeAt(doc: Document, point: CaretPoint): Range {
  const range = doc.createRange();
  range.setStart(point.node, point.offset);
  range.collapse(true);
  return range;
}

/** The browser's own typing path: fires beforeinput/input, joins the undo stack, Gmail saves the draft. */
function execInsertText(doc: Document, text: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** Fallback where execCommand is missing or refuses: text nodes and <br>, then an input event. */
function insertNodes(
  doc: Document,
  box: Element,
  selection: Selection | null,
  fallback: Range,
  text: string,
): boolean {
  const range = selection && caretInside(selection, box) ? selection.getRangeAt(0) : fallback;
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (index > 0) fragment.appendChild(doc.createElement('br'));
    if (line) fragment.appendChild(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  if (!last) return true;
  range.insertNode(fragment);
  // A <br> that ends its block shows no new line: add the placeholder a browser adds on Enter there.
  if (last.nodeName === 'BR' && endsItsBlock(last)) last.parentNode?.appendChild(doc.createElement('br'));
  range.setStartAfter(last);
  range.collapse(true);
  selection?.removeAllRanges();
  selection?.addRange(range);
  const win = doc.defaultView as PageWindow | null;
  const Input = win?.InputEvent ?? win?.Event;
  if (Input) box.dispatchEvent(new Input('input', { inputType: 'insertText', data: text, bubbles: true }));
  return true;
}

/** Nothing but empty text (left by splitting a text node at the caret) follows the node in its parent. */
function endsItsBlock(node: Node): boolean {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType !== 3 || next.textContent) return false;
  }
  return true;
}
