// Relance's own insertion in a reply box, shared by the adapters' insert-text.ts: a second template
// replaces the first instead of being glued to it ("…Best regards,Hi Marcus,"), and the last one can
// be undone. What Relance typed is kept as a live Range over the box (the DOM keeps its boundaries
// up to date as the rep types elsewhere); it is only reused while its text is still exactly what
// Relance typed, so a line the rep edited is never overwritten.

/** Relance's last insertion into a reply box of this document. */
interface Insertion {
  box: Element;
  /** Over what Relance typed. */
  range: Range;
  text: string;
  /** What it replaced (Relance's previous insertion), for Undo; null when it replaced nothing. */
  previous: string | null;
}

const latest = new WeakMap<Document, Insertion>();

/** Text compared without its white space: the editor turns line breaks into <br> or <div>. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** Relance's last insertion in `box`, while it is there unchanged; else null. */
export function priorInsertion(doc: Document, box: Element): Insertion | null {
  const last = latest.get(doc);
  if (!last || last.box !== box || !box.isConnected) return null;
  const { range } = last;
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
  return squash(range.toString()) === squash(last.text) ? last : null;
}

/** Forgets the insertion (a box closed, an undo with nothing before it). */
export function forgetInsertion(doc: Document): void {
  latest.delete(doc);
}

/**
 * Types `text` at `range` (a caret, or Relance's previous insertion to replace) with `type`, which
 * types at the document's selection and leaves the caret after the text, then remembers the
 * typed text's range when it reads back as typed.
 */
export function typeRemembered(
  doc: Document,
  box: Element,
  range: Range,
  text: string,
  previous: string | null,
  type: (text: string) => boolean,
): boolean {
  const selection = doc.getSelection();
  if (!selection) return false;
  // A collapsed live range at the start: inserting at its point leaves it before the new text.
  const start = doc.createRange();
  start.setStart(range.startContainer, range.startOffset);
  start.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  if (!type(text)) return false;
  const typed = doc.createRange();
  try {
    const end = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (!end || !box.contains(end.endContainer) || !box.contains(start.startContainer)) throw new Error();
    typed.setStart(start.startContainer, start.startOffset);
    typed.setEnd(end.endContainer, end.endOffset);
  } catch {
    latest.delete(doc);
    return true;
  }
  if (squash(typed.toString()) === squash(text)) latest.set(doc, { box, range: typed, text, previous });
  else latest.delete(doc);
  return true;
}

/**
 * Undoes Relance's last insertion in `box`: its text is replaced by what it replaced (or removed),
 * typed the same way so the webmail saves the draft. False when there is nothing to undo.
 */
export function undoRemembered(doc: Document, box: Element, type: (text: string) => boolean): boolean {
  const last = priorInsertion(doc, box);
  if (!last) return false;
  const selection = doc.getSelection();
  if (!selection) return false;
  if (last.previous === null) {
    selection.removeAllRanges();
    selection.addRange(last.range);
    const removed = deleteSelection(doc, box);
    latest.delete(doc);
    return removed;
  }
  return typeRemembered(doc, box, last.range.cloneRange(), last.previous, null, type);
}

/** Deletes the selection as the Delete key would (the webmail sees an input), else by hand. */
function deleteSelection(doc: Document, box: Element): boolean {
  try {
    if (typeof doc.execCommand === 'function' && doc.execCommand('delete', false)) return true;
  } catch {
    // An engine without the command: remove it ourselves.
  }
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  selection.getRangeAt(0).deleteContents();
  const win = doc.defaultView;
  const Input = win?.InputEvent ?? win?.Event;
  if (Input) box.dispatchEvent(new Input('input', { inputType: 'deleteContent', bubbles: true }));
  return true;
}

const BLOCK = /^(DIV|P|LI|UL|OL|BLOCKQUOTE|H[1-6]|TABLE|TR|TD|HR|PRE)$/;

/**
 * Whether text typed at `range` would continue a line of the rep's (so a template must start on a
 * line of its own): the character or inline element just before the caret is not a line's start.
 */
export function continuesALine(range: Range): boolean {
  let node: Node = range.startContainer;
  const offset = range.startOffset;
  if (node.nodeType === 3) {
    const before = (node.textContent ?? '').slice(0, offset);
    if (before.trim() !== '') return !/\n\s*$/.test(before);
    // Only blanks before the caret in this text node: look at what comes before the node.
  } else {
    const child = node.childNodes[offset - 1] ?? null;
    if (child) return endsInline(child);
  }
  // Up the tree: the nearest previous sibling says it; a block boundary means a fresh line.
  for (;;) {
    const sibling: Node | null = node.previousSibling;
    if (sibling) {
      if (sibling.nodeType === 3 && (sibling.textContent ?? '').trim() === '') {
        node = sibling;
        continue;
      }
      return endsInline(sibling);
    }
    const parent: Node | null = node.parentNode;
    if (!parent || (parent.nodeType === 1 && BLOCK.test((parent as Element).tagName))) return false;
    if ((parent as Element).getAttribute?.('contenteditable') !== null) return false;
    node = parent;
  }
}

function endsInline(node: Node): boolean {
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    return text.trim() !== '' && !/\n\s*$/.test(text);
  }
  if (node.nodeType !== 1) return false;
  const tag = (node as Element).tagName.toUpperCase();
  if (tag === 'BR' || BLOCK.test(tag)) return false;
  return (node.textContent ?? '').trim() !== '';
}
