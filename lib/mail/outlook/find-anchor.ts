// Where the panel mounts in Outlook: above the conversation, under its subject, inside the reading
// pane, so it scrolls with the thread and goes away with it.
//
//   <div id="ReadingPaneContainerId">
//     <div class="full-subject-wrapper">…</div>
//     ← the panel
//     <div data-app-section="ConversationContainer">…</div>
import type { PanelAnchor } from '../adapter';
import { findConversation, findItems, findPane } from './locate';

export function findAnchor(doc: Document): PanelAnchor | null {
  try {
    const pane = findPane(doc);
    if (!pane) return null;
    const conversation = findConversation(pane);
    if (conversation) return { element: conversation, append: 'before' };
    // Single-message reading (conversations off): above the first message.
    const first = findItems(pane)[0];
    return first ? { element: first, append: 'before' } : null;
  } catch {
    return null;
  }
}
