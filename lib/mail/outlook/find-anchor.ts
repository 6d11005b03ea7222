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
  return locateAnchor(doc).anchor;
}

/** The anchor, and where it was found (for diagnose). */
export function locateAnchor(doc: Document): { anchor: PanelAnchor | null; source: string | null } {
  const none = { anchor: null, source: null };
  try {
    const pane = findPane(doc);
    if (!pane) return none;
    const conversation = findConversation(pane);
    if (conversation)
      return { anchor: { element: conversation, append: 'before' }, source: 'the conversation (above it)' };
    // Single-message reading (conversations off, a pop-out window): above the first message.
    const first = findItems(pane)[0];
    return first
      ? { anchor: { element: first, append: 'before' }, source: 'first message (above it)' }
      : none;
  } catch {
    return none;
  }
}
