// The panel's place in the open thread: just before the message list, under the subject heading.
// The same element comes back for the same thread, so the bootstrap does not remount on re-reads.
import type { PanelAnchor } from '../adapter';
import { closestAny, safely } from './dom';
import { SELECTORS } from './selectors';
import { findThreadView, threadOrder } from './thread-view';

/*
 * <div class="ha"><h2 data-legacy-thread-id="…">Subject</h2>…</div>   ← fallback: after this row
 * <div role="list">                                                     ← the panel goes before this
 *   <div role="listitem"><div data-message-id="…">…</div></div>
 */
export function findAnchor(doc: Document): PanelAnchor | null {
  return locateAnchor(doc).anchor;
}

/** The anchor, and where it was found (for diagnose). */
export function locateAnchor(doc: Document): { anchor: PanelAnchor | null; source: string | null } {
  const none = { anchor: null, source: null };
  return safely(() => {
    const view = findThreadView(doc);
    if (!view) return none;
    // Above the first message on screen (the newest, should a build show newest first).
    const first = threadOrder(view).inDom[0]?.element;
    const list = first ? closestAny(first, SELECTORS.messageList) : null;
    if (list && view.container.contains(list)) {
      return { anchor: { element: list, append: 'before' }, source: 'messageList[0] (above it)' };
    }
    const row = view.heading?.parentElement;
    if (row && view.container.contains(row)) {
      return { anchor: { element: row, append: 'after' }, source: 'subject heading (below it)' };
    }
    if (first) return { anchor: { element: first, append: 'before' }, source: 'first message (above it)' };
    return none;
  }, none);
}
