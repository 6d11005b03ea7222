// Where "the end" of a reply box is: after the rep's own text, before Gmail's signature and the
// quoted message, and before the trailing <br> an editable block keeps as its last line's placeholder.
import { SELECTORS } from './selectors';

export interface CaretPoint {
  node: Node;
  offset: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
// Elements with no text inside: the caret goes after them, never into them.
const VOID = new Set(['BR', 'IMG', 'HR', 'INPUT', 'WBR', 'IFRAME', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED']);

/*
 * <div role="textbox" contenteditable="true">
 *   <div>Hi Dana,</div><div>Thanks for…<br></div>      ← the end: after "Thanks for…", before its <br>
 *   <div><br></div><span class="gmail_signature_prefix">-- </span><br>
 *   <div class="gmail_signature" data-smartmail="gmail_signature">…</div>
 *   <div class="gmail_quote">On Mon, … wrote: …</div>
 * </div>
 */
export function endOfText(box: Element): CaretPoint {
  const marker = firstMarker(box);
  if (!marker) return endBefore(box, box.lastChild);
  // Walk down from the box towards the marker; the text just before the branch holding it is the end.
  const path: Node[] = [];
  for (let node: Node | null = marker; node && node !== box; node = node.parentNode) path.unshift(node);
  let parent: Node = box;
  for (const child of path) {
    const before = (child as ChildNode).previousSibling;
    if (before) return endBefore(parent, before);
    if (child === marker) break;
    parent = child;
  }
  return { node: parent, offset: 0 };
}

function firstMarker(box: Element): Element | null {
  try {
    return box.querySelector(SELECTORS.replyBoundary.join(', '));
  } catch {
    return null;
  }
}

/** The end of `parent`'s content up to and including `last` (null: its very start). */
function endBefore(parent: Node, last: ChildNode | null): CaretPoint {
  if (!last) return { node: parent, offset: 0 };
  const index = indexOf(last);
  if (last.nodeType === TEXT_NODE) return { node: last, offset: last.textContent?.length ?? 0 };
  if (last.nodeType === ELEMENT_NODE) {
    const tag = (last as Element).tagName.toUpperCase();
    if (tag === 'BR') return { node: parent, offset: index };
    if (!VOID.has(tag)) return endBefore(last, last.lastChild);
  }
  return { node: parent, offset: index + 1 };
}

function indexOf(child: ChildNode): number {
  return Array.prototype.indexOf.call(child.parentNode?.childNodes ?? [], child);
}
