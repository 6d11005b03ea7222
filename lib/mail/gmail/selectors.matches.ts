// Test data (selectors.test.ts; nothing ships): for each alternative of selectors.ts, in the same
// order, the saved pages it matches and how many elements (after refined-github's
// `branchSelector_ = [[1, url], …]`). Pages by short id (gmail-02 → 02, gmail-x11 → x11,
// demo-gmail-inbox → demo-inbox), ×N for more than one element; the whole document is counted,
// decoys included. selectors.test.ts fails when a count changes (print the new table with
// RELANCE_PRINT_MATCHES=1) and when an alternative matches no page: remove it, or add the page
// that shows the UI variant it covers.
import type { SELECTORS } from './selectors';

export const MATCHES: { [K in keyof typeof SELECTORS]: readonly string[] } = {
  subjectHeading: [
    // h2[data-legacy-thread-id]
    '02 03 04×2 05 06 08 09 x02 x03 x04 x05 x06 x08 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-replied demo-silent',
    // h2[data-thread-perm-id]
    '01 02 03 04×2 05 06 08 09 x02 x03 x04 x05 x06 x08 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-replied demo-silent',
    // h2.hP
    '01 02 03 04×2 05 06 08 09 x02 x03 x04 x05 x06 x07 x08 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-replied demo-silent',
  ],
  message: [
    // [data-message-id]
    '01 02×4 03×3 04×4 05×2 06×2 08×2 09×2 x02×2 x03×2 x04×2 x05 x06 x08×3 x09×4 x10×4 x11×3 x12×6 x13 x20×4 x21×4 demo-considering×2 demo-replied×3 demo-silent×2',
    // [data-legacy-message-id]
    '01 02×4 03×3 04×4 05×2 06×2 08×2 09×2 x02×2 x03×2 x04×2 x05 x06 x08×3 x09×4 x10×4 x11×3 x12×6 x13 x20×4 x21×4 demo-considering×2 demo-replied×3 demo-silent×2',
    // .adn, .adf
    '01 02×4 03×3 04×4 05×2 06×2 08×2 09×2 x02×2 x03×2 x04×2 x06 x07×2 x08×3 x09×4 x10×4 x11×3 x12×6 x13×4 x20×4 x21×4 demo-considering×2 demo-replied×3 demo-silent×2',
  ],
  messageId: [
    // [data-legacy-message-id]
    '01 02×4 03×3 04×4 05×2 06×2 08×2 09×2 x02×2 x03×2 x04×2 x05 x06 x08×3 x09×4 x10×4 x11×3 x12×6 x13 x20×4 x21×4 demo-considering×2 demo-replied×3 demo-silent×2',
    // [data-message-id]
    '01 02×4 03×3 04×4 05×2 06×2 08×2 09×2 x02×2 x03×2 x04×2 x05 x06 x08×3 x09×4 x10×4 x11×3 x12×6 x13 x20×4 x21×4 demo-considering×2 demo-replied×3 demo-silent×2',
  ],
  threadItem: [
    // [role="list"] [role="listitem"]
    '01 02×4 03×3 04×4 05×2 06×2 08×2 09×2 x02×2 x03×2 x04×2 x05 x06 x08×3 x09×4 x10×4 x11×4 x12×6 x13×4 x20×4 x21×4 demo-considering×2 demo-replied×3 demo-silent×2',
    // .kv, .h7, .kQ
    '01 02×4 03×3 04×4 05×2 06×2 08×2 09×2 x02×2 x03×2 x04×2 x06 x07×2 x08×3 x09×4 x10×4 x11×4 x12×6 x13×4 x20×4 x21×4 demo-considering×2 demo-replied×3 demo-silent×2',
  ],
  hiddenBundle: [
    // .adv
    'x11',
    // [role="list"] [role="listitem"][aria-label]
    'x11',
  ],
  messageList: [
    // [role="list"]
    '01 02 03 04×2 05 06 08 09 x02 x03 x04 x05 x06 x08 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-replied demo-silent',
  ],
  messageItem: [
    // [role="listitem"][aria-expanded]
    '01 02×4 03×3 04×4 05×2 06×2 08×2 09×2 x02×2 x03×2 x04×2 x05 x06 x08×3 x09×4 x10×4 x11×3 x12×6 x13×4 x20×4 x21×4 demo-considering×2 demo-replied×3 demo-silent×2',
  ],
  collapsedMessage: [
    // .kv, .kQ, .adf
    '02×6 03×4 04×4 05×2 06×2 08×2 09×2 x02×2 x03×2 x04×2 x07×2 x08×6 x09×6 x10×6 x11×5 x12×10 x13×6 x20×6 x21×6 demo-considering×2 demo-replied×4 demo-silent×2',
  ],
  sender: [
    // h3 [email]
    '01 02×4 03×3 04×4 05×2 06×2 08×2 09×2 x02×2 x03×2 x04×2 x05 x06 x08×3 x09×4 x10×4 x11×3 x12×6 x13×3 x20×4 x21×4 demo-considering×2 demo-replied×3 demo-silent×2',
    // .gD[email]
    '01×4 02×9 03×6 04×9 05×5 06×6 07 08×6 09×6 x02×5 x03×4 x04×4 x06×4 x07×2 x08×4 x09×9 x10×9 x11×7 x12×10 x13×6 x20×9 x21×9 demo-considering×5 demo-replied×5 demo-silent×4',
    // [title*="@"]
    'x13',
    // h3
    '01 02×4 03×3 04×4 05×2 06×2 08×2 09×2 x01×2 x02×2 x03×2 x04×2 x05 x06 x08×3 x09×4 x10×4 x11×3 x12×6 x13×4 x20×4 x21×4 demo-considering×2 demo-replied×3 demo-silent×2',
  ],
  messageDate: [
    // span.g3[title]
    '01 02×4 03×3 04×4 05×2 06×2 08×2 09×2 x08×3 x09×4 x10×4 x11×3 x12×6 x13×4 x20×4 x21×4 demo-considering×2 demo-replied×3 demo-silent×2',
    // span[title][alt]
    '01 02×4 03×3 04×4 05×2 06×2 08×2 09×2 x08×3 x09×4 x10×4 x11×3 x12×6 x13×4 x20×4 x21×4 demo-considering×2 demo-replied×3 demo-silent×2',
    // [title]
    '01×13 02×17 03×16 04×18 05×14 06×15 07×12 08×13 09×14 x08×16 x09×17 x10×17 x11×7 x12×10 x13×9 x20×17 x21×17 demo-considering×12 demo-inbox×11 demo-replied×13 demo-silent×12',
  ],
  details: [
    // [role="dialog"]
    '01 02 03 04×2 05 06 08 09 x02 x03×2 x04×2 x06 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-replied demo-silent',
    // table.ajC
    '01 02 03 04×2 05 06 08 09 x02 x03 x04 x06 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-replied demo-silent',
  ],
  summaryRecipient: [
    // [email]
    '01×8 02×16 03×11 04×15 05×9 06×12 07×5 08×10 09×11 x01 x02×7 x03×5 x04×5 x05 x06×6 x07×3 x08×8 x09×16 x10×16 x11×9 x12×12 x13×7 x20×16 x21×16 demo-considering×7 demo-inbox×3 demo-replied×6 demo-silent×5',
    // .hb [email]
    '01 02×3 03 04×2 05 06×2 08×2 09×2 x02×2 x03 x04 x06×2 x07 x09×3 x10×3 x11×2 x12×2 x13 x20×3 x21×3 demo-considering×2 demo-replied demo-silent',
  ],
  summaryExcluded: [
    // h3
    '01 02×4 03×3 04×4 05×2 06×2 08×2 09×2 x01×2 x02×2 x03×2 x04×2 x05 x06 x08×3 x09×4 x10×4 x11×3 x12×6 x13×4 x20×4 x21×4 demo-considering×2 demo-replied×3 demo-silent×2',
    // [role="dialog"]
    '01 02 03 04×2 05 06 08 09 x02 x03×2 x04×2 x06 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-replied demo-silent',
    // [role="region"]
    '05 demo-replied',
    // form
    '01 02 03 04 05×2 06 07 08 09 x03 x04 x08 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-inbox demo-replied×2 demo-silent',
    // [contenteditable]
    '05 x03 x04 x05 demo-replied',
    // .ii, .a3s
    '01×2 02×2 03×2 04×4 05×2 06×2 08×2 09×2 x02×2 x03×2 x04×2 x06×2 x07×2 x09×2 x10×2 x11×2 x12×2 x13×2 x20×2 x21×2 demo-considering×2 demo-replied×2 demo-silent×2',
  ],
  notHeader: [
    // [role="dialog"]
    '01 02 03 04×2 05 06 08 09 x02 x03×2 x04×2 x06 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-replied demo-silent',
    // [role="region"]
    '05 demo-replied',
    // form
    '01 02 03 04 05×2 06 07 08 09 x03 x04 x08 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-inbox demo-replied×2 demo-silent',
    // [contenteditable]
    '05 x03 x04 x05 demo-replied',
    // .ii, .a3s
    '01×2 02×2 03×2 04×4 05×2 06×2 08×2 09×2 x02×2 x03×2 x04×2 x06×2 x07×2 x09×2 x10×2 x11×2 x12×2 x13×2 x20×2 x21×2 demo-considering×2 demo-replied×2 demo-silent×2',
  ],
  accountButton: [
    // a[href*="accounts.google.com/SignOutOptions"][aria-label]
    '01 02 03 04 05 06 07 08 09 x02 x03 x04 x05 x06 x08 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-inbox demo-replied demo-silent',
    // header[role="banner"] [role="button"][aria-label*="@"]
    '01 02 03 04 05 06 07 08 09 x02 x03 x04 x05 x06 x08 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-inbox demo-replied demo-silent',
    // [aria-label^="Google Account:"]
    '01 02 04 05 06 07 08 09 x02 x03 x04 x05 x08 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-inbox demo-replied demo-silent',
    // [aria-label^="Compte Google"]
    '03',
  ],
  replyBox: [
    // [role="textbox"][g_editable="true"]
    '05 x03 x04 demo-replied',
    // [role="textbox"][aria-label="Message Body"], [role="textbox"][aria-label="Corps du message"], [ro…
    '05 x03 x04 demo-replied',
    // [contenteditable][aria-multiline="true"]
    '05 x03 x04 x05 demo-replied',
    // div.Am.editable
    '05 x03 x04 demo-replied',
  ],
  replyBoundary: [
    // [data-smartmail="gmail_signature"]
    '01 02 03 x09 x10 x20 x21',
    // .gmail_signature_prefix
    '01 02 03 x09 x10 x20 x21',
    // .gmail_signature
    '01 02 03 x09 x10 x20 x21',
    // .gmail_quote
    '02×2 03×2 04×2 05×2 x09×2 x10×2 x20×2 x21×2',
  ],
  replyTarget: [
    // input[name="rm"]
    '05 x03 x04 demo-replied',
    // input[name="rt"]
    '05 x03 x04 demo-replied',
  ],
  messageBody: [
    // .a3s
    '01 02 03 04×2 05 06 08 09 x02 x03 x04 x06 x07 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-replied demo-silent',
    // .ii.gt
    '01 02 03 04×2 05 06 08 09 x02 x03 x04 x06 x07 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-replied demo-silent',
  ],
  messageSnippet: [
    // .iA.g6
    '02×3 03×2 04×2 05 06 08 09 x02 x03 x04 x08×3 x09×3 x10×3 x11×2 x12×5 x13×3 x20×3 x21×3 demo-considering demo-replied×2 demo-silent',
    // .y2
    '01×3 02×4 03×4 04×4 05×3 06×4 07×4 08×2 09×3 x08×4 x09×4 x10×4 x20×4 x21×4 demo-inbox×3',
  ],
  replyButton: [
    // [role="button"][aria-label="Reply"], [role="button"][aria-label="Répondre"], [role="button"][aria…
    '01 02 03 04×2 05 06 08 09 x02 x03 x04 x05 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-replied demo-silent',
    // [data-tooltip="Reply"], [data-tooltip="Répondre"], [data-tooltip="Antworten"], [data-tooltip="Res…
    '01 02 03 04×2 05 06 08 09 x02 x03 x04 x05 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-replied demo-silent',
    // .ams.bkH
    '01 02 03 04×2 05 06 08 09 x03 x04 x08 x09 x10 x11 x12 x13 x20 x21 demo-considering demo-replied demo-silent',
  ],
};
