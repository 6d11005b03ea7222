// The Outlook on the web adapter (DESIGN.md, "The adapter contract").
import type { MailAdapter } from '../adapter';
import { observeDom } from '../observe';
import { diagnose } from './diagnose';
import { findAnchor } from './find-anchor';
import { insertText, openReplyBoxFor, undoInsertion } from './insert-text';
import { readListRows, readMessageTexts } from './read-texts';
import { readThread } from './read-thread';

/** The hosts Outlook on the web is served from (work, school and personal accounts). */
export { OUTLOOK_MATCHES } from '../hosts';

export const outlookAdapter: MailAdapter = {
  provider: 'outlook',
  readThread,
  // The whole body is watched: switching conversations re-renders the reading pane wholesale, and
  // the URL changes through history.pushState (WXT's wxt:locationchange, popstate).
  observe: (win, signal, onChange) => observeDom(win, signal, onChange),
  findAnchor,
  insertText: (doc, text, options) => insertText(doc, text, options),
  openReplyBox: (doc) => openReplyBoxFor(doc),
  undoInsertion,
  readMessageTexts,
  readListRows,
  diagnose,
};
