// The Gmail adapter: the only code that reads or writes Gmail's DOM (DESIGN.md, "The adapter contract").
import type { MailAdapter } from '../adapter';
import { observeDom } from '../observe';
import { diagnose } from './diagnose';
import { findAnchor } from './find-anchor';
import { insertText, openReplyBoxFor, undoInsertion } from './insert-text';
import { readMessageTexts } from './read-texts';
import { readThread } from './read-thread';

export const gmailAdapter: MailAdapter = {
  provider: 'gmail',
  readThread,
  // The body: Gmail swaps whole views (and our anchor) on navigation; hash changes come from observeDom too.
  observe: (win, signal, onChange) => observeDom(win, signal, onChange),
  findAnchor,
  insertText: (doc, text, options) => insertText(doc, text, options),
  openReplyBox: (doc) => openReplyBoxFor(doc),
  undoInsertion,
  readMessageTexts,
  diagnose,
};
