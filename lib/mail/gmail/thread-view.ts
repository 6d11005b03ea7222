// Finding the open thread's view, and what belongs to it: its messages, its reply box, its Reply
// button. Everything else the adapter reads is scoped to ThreadView.container, so the inbox list
// behind a thread, hovercards, people chips and hidden older views are never read.
import { closestAny, isVisible, queryAll, queryFirst, topMost } from './dom';
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
    if (queryFirst(node, SELECTORS.message)) return node;
  }
  return null;
}

/** The thread's message elements, oldest first (Gmail keeps document order chronological). */
export function threadMessages(view: ThreadView): Element[] {
  return topMost(queryAll(view.container, SELECTORS.message));
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
  for (const message of threadMessages(view)) add(message.getAttribute('data-legacy-message-id'));
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
