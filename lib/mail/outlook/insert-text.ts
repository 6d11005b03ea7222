// Typing a template into the conversation's reply, the way the rep would: Outlook's editor (Roosterjs)
// saves drafts from the input events typing fires, so the text goes in through execCommand, or,
// where that is refused or missing, as text nodes and <br>s followed by an input event. Never as
// markup: a name in a template stays text.
// A second template replaces Relance's first one in the box, and can be undone (../insertion.ts).
import type { InsertOptions, InsertResult, ReplyBoxResult } from '../adapter';
import { continuesALine, priorInsertion, typeRemembered, undoRemembered } from '../insertion';
import { queryAny } from './dom';
import { findPane, findReplyButton, findThreadReplyBody } from './locate';
import { REPLY_BOUNDARY } from './selectors';

export type { InsertOptions };

/** The signature among the reply body's boundaries (Outlook writes it into the body). */
const SIGNATURE = REPLY_BOUNDARY.filter((s) => s.includes('Signature'));

type PageWindow = Window & typeof globalThis;

export async function insertText(
  doc: Document,
  text: string,
  options: InsertOptions = {},
): Promise<InsertResult> {
  let box: HTMLElement | null = null;
  try {
    const pane = findPane(doc);
    box = (pane && findThreadReplyBody(pane)) ?? (await openReply(doc, options.timeoutMs ?? 2000));
    if (!box) return { ok: false, reason: 'no-reply-box' };
    if (!isEditable(box)) return { ok: false, reason: 'not-editable' };
    const prior = priorInsertion(doc, box);
    // Relance's previous insertion is replaced; otherwise the text goes at the caret.
    const range = prior ? prior.range.cloneRange() : placeCaret(doc, box);
    if (!range) return typeText(doc, box, text) ? { ok: true } : { ok: false, reason: 'not-editable' };
    const typed = !prior && options.ownLine && continuesALine(range) ? `\n${text}` : text;
    const target = box;
    const done = typeRemembered(doc, box, range, typed, prior?.text ?? null, (t) => typeText(doc, target, t));
    if (!done) return { ok: false, reason: 'not-editable' };
    return prior ? { ok: true, replaced: true } : { ok: true };
  } catch {
    return { ok: false, reason: box ? 'not-editable' : 'no-reply-box' };
  }
}

/** Opens the reply body (clicking Reply when none is open) and reads whether it holds a signature. */
export async function openReplyBoxFor(doc: Document, timeoutMs = 2000): Promise<ReplyBoxResult> {
  try {
    const pane = findPane(doc);
    const box = (pane && findThreadReplyBody(pane)) ?? (await openReply(doc, timeoutMs));
    if (!box) return { ok: false, reason: 'no-reply-box' };
    if (!isEditable(box)) return { ok: false, reason: 'not-editable' };
    const signature = queryAny(box, SIGNATURE)[0];
    return { ok: true, hasSignature: (signature?.textContent ?? '').trim() !== '' };
  } catch {
    return { ok: false, reason: 'no-reply-box' };
  }
}

/** Undoes Relance's last insertion in the open reply body; false when there is none to undo. */
export function undoInsertion(doc: Document): boolean {
  try {
    const pane = findPane(doc);
    const box = pane && findThreadReplyBody(pane);
    if (!box || !isEditable(box)) return false;
    box.focus();
    return undoRemembered(doc, box, (text) => typeText(doc, box, text));
  } catch {
    return false;
  }
}

/** Clicks the newest message's Reply and waits for the reply body, watching mutations (no polling). */
function openReply(doc: Document, timeoutMs: number): Promise<HTMLElement | null> {
  const win = doc.defaultView as PageWindow | null;
  const pane = findPane(doc);
  const button = pane && findReplyButton(pane);
  if (!win || !button) return Promise.resolve(null);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (box: HTMLElement | null) => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      win.clearTimeout(timer);
      resolve(box);
    };
    // The pane may be re-rendered by the click, so it is looked up again on every change.
    const check = () => {
      const current = findPane(doc);
      const box = current && findThreadReplyBody(current);
      if (box) finish(box);
    };
    const observer = new win.MutationObserver(check);
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, attributes: true });
    const timer = win.setTimeout(() => finish(null), timeoutMs);
    button.click();
    check();
  });
}

function isEditable(box: HTMLElement): boolean {
  const refused = (name: string) => box.getAttribute(name) === 'true';
  if (refused('aria-readonly') || refused('aria-disabled')) return false;
  if (typeof box.isContentEditable === 'boolean') return box.isContentEditable;
  const value = box.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/** Focuses the box; the caret stays where the rep left it inside, else goes to the end of their
 *  own text (above the signature and the quoted message, not under them). */
function placeCaret(doc: Document, box: HTMLElement): Range | null {
  const selection = doc.getSelection();
  const current = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const kept = current && box.contains(current.startContainer) ? current.cloneRange() : null;
  box.focus();
  if (!selection) return null;
  const range = kept ?? endOfOwnText(doc, box);
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

// <div contenteditable role="textbox" aria-label="Message body">
//   <div class="elementToProof">Hi Dana,<br></div>     ← caret at the end of this line
//   <div id="Signature">…</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">…
function endOfOwnText(doc: Document, box: HTMLElement): Range {
  const range = doc.createRange();
  let block: Node | null = queryAny(box, REPLY_BOUNDARY)[0] ?? null;
  while (block && block.parentNode !== box) block = block.parentNode;
  const before = skipBlank(block ? block.previousSibling : box.lastChild);
  if (before) setAtEnd(range, before);
  else if (block) range.setStartBefore(block);
  else range.setStart(box, 0);
  range.collapse(true);
  return range;
}

const VOID = new Set(['BR', 'HR', 'IMG', 'INPUT', 'WBR']);

/** The caret position a rep gets by clicking at the end of `node`: inside its last text, before a
 *  trailing <br> (the placeholder that keeps an empty line open), after an image or a rule. */
function setAtEnd(range: Range, node: Node): void {
  if (node.nodeType === node.TEXT_NODE) {
    range.setStart(node, node.textContent?.length ?? 0);
  } else if (node.nodeType !== node.ELEMENT_NODE || VOID.has(node.nodeName)) {
    range.setStartAfter(node);
  } else {
    const last = skipBlank(node.lastChild);
    if (!last) range.setStart(node, 0);
    else if (last.nodeName === 'BR') range.setStartBefore(last);
    else setAtEnd(range, last);
  }
}

/** Nothing but empty text follows `node` in its parent (inserting into a text node splits it). */
function endsBlock(node: Node): boolean {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType !== next.TEXT_NODE || next.textContent !== '') return false;
  }
  return true;
}

/** `node` or the nearest previous sibling that is not whitespace-only text (source formatting). */
function skipBlank(node: Node | null): Node | null {
  let current = node;
  while (current && current.nodeType === current.TEXT_NODE && (current.textContent ?? '').trim() === '') {
    current = current.previousSibling;
  }
  return current;
}

function typeText(doc: Document, box: HTMLElement, text: string): boolean {
  if (text === '') return true;
  try {
    if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text)) return true;
  } catch {
    // An engine without the command: insert the nodes ourselves.
  }
  return insertNodes(doc, box, text);
}

/** Text nodes with a <br> per line break at the caret, then the input event typing fires. */
function insertNodes(doc: Document, box: HTMLElement, text: string): boolean {
  const win = doc.defaultView as PageWindow | null;
  const selection = doc.getSelection();
  if (!win || !selection || selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  if (!box.contains(range.commonAncestorContainer)) return false;
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    if (line !== '') fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  if (!last) return true;
  range.insertNode(fragment);
  // A break typed at the very end of a block needs a second <br> to show as an empty line.
  if (last.nodeName === 'BR' && endsBlock(last)) last.parentNode?.appendChild(doc.createElement('br'));
  range.setStartAfter(last);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  const Input = win.InputEvent ?? win.Event;
  box.dispatchEvent(
    new Input('input', { inputType: 'insertText', data: text, bubbles: true } as InputEventInit),
  );
  return true;
}
