// The panel's place in the open thread: just before the message list, under the subject heading.
// The same element comes back for the same thread, so the bootstrap does not remount on re-reads.
import type { PanelAnchor } from '../adapter';
import { closestAny, safely } from './dom';
import { SELECTORS } from './selectors';
import { findThreadView, threadMessages } from './thread-view';

/*
 * <div class="ha"><h2 data-legacy-thread-id="…">Subject</h2>…</div>   ← fallback: after this row
 * <div role="list">                                                     ← the panel goes before this
 *   <div role="listitem"><div data-message-id="…">…</div></div>
 */
export function findAnchor(doc: Document): PanelAnchor | null {
  return safely(() => {
    const view = findThreadView(doc);
    if (!view) return null;
    const first = threadMessages(view)[0];
    const list = first ? closestAny(first, SELECTORS.messageList) : null;
    if (list && view.container.contains(list)) return { element: list, append: 'before' };
    const row = view.heading?.parentElement;
    if (row && view.container.contains(row)) return { element: row, append: 'after' };
    if (first) return { element: first, append: 'before' };
    return null;
  }, null);
}
