// Test data (selectors.test.ts; nothing ships): for each alternative of selectors.ts, in the same
// order, the saved pages it matches and how many elements (after refined-github's
// `branchSelector_ = [[1, url], …]`). Pages by short id (outlook-01 → 01, outlook-extra-10 →
// extra-10, demo-outlook-fr → demo-fr), ×N for more than one element; the whole document is counted,
// decoys included. selectors.test.ts fails when a count changes (print the new table with
// RELANCE_PRINT_MATCHES=1) and when an alternative matches no page: remove it, or add the page
// that shows the UI variant it covers.
export const MATCHES: Record<string, readonly string[]> = {
  READING_PANE: [
    // #ReadingPaneContainerId
    '01 02 03 04 05 06 extra-01 extra-02 extra-04 extra-05 extra-07 extra-08 extra-09 extra-12 extra-13 extra-14 demo-fr demo-pilot',
    // #ConversationReadingPaneContainer
    'extra-11',
    // [data-app-section="MailReadCompose"]
    'extra-06',
  ],
  CONVERSATION: [
    // [data-app-section="ConversationContainer"]
    '01 02 03 04 05 extra-01 extra-02 extra-04 extra-06 extra-07 extra-08 extra-11 demo-fr demo-pilot',
    // [role="list"][aria-label="Conversation"]
    '01 02 03 04 05 extra-01 extra-02 extra-04 extra-07 extra-08 extra-11 demo-fr demo-pilot',
  ],
  READ_VIEW: [
    // [role="main"]
    '01 02 03 04 05 06 extra-01 extra-02 extra-04 extra-05 extra-06 extra-07 extra-08 extra-09 extra-10 extra-11 extra-12 extra-13 extra-14 demo-fr demo-pilot',
  ],
  OUTSIDE_THREAD: [
    // [role="dialog"], [data-app-section="MessageList"]
    '01 02 03 04 05×2 06 extra-01×2 extra-02 extra-05×2 extra-06 extra-07 extra-08 extra-09 extra-11 extra-12 extra-13 extra-14 demo-fr demo-pilot',
  ],
  SUBJECT: [
    // .full-subject-wrapper [role="heading"]
    '01 02 03 04 05 extra-01 extra-02 extra-04 extra-05 extra-07 extra-08 extra-10 extra-11 demo-fr demo-pilot',
    // [role="heading"][id$="_SUBJECT"]
    '01 02 03 04 05 extra-01 extra-02 extra-04 extra-05 extra-07 extra-08 extra-10 extra-11 demo-fr demo-pilot',
    // [role="heading"][aria-level="2"]
    '01 02 03 04 05 extra-01 extra-02 extra-04 extra-05 extra-06 extra-07 extra-08 extra-10 extra-11 extra-12 extra-13 extra-14 demo-fr demo-pilot',
  ],
  EXPANDED_ITEM: [
    // [data-app-section="ItemContainer"]
    '01 02×2 03 04 05 extra-01 extra-02×3 extra-04 extra-05 extra-07 extra-08 extra-10 extra-11 demo-fr demo-pilot',
    // .wide-content-host
    '01 02×2 03 04 05 extra-06×2 extra-07 extra-08 extra-10 extra-11 demo-fr demo-pilot',
  ],
  COLLAPSED_ITEM: [
    // div[role="button"][aria-expanded="false"]
    '01×2 03 04×2 05 extra-01×2 extra-04 extra-07 extra-08×2 extra-11×3 demo-fr demo-pilot',
    // [data-app-section="ConversationContainer"] div[aria-expanded="false"]
    '01×2 03 04×2 05 extra-01×2 extra-04 extra-06 extra-07 extra-08×2 extra-11×3 demo-fr demo-pilot',
  ],
  MESSAGE_HEADER: [
    // [data-app-section="MessageHeader"]
    '01 02×2 03 04 05 extra-01 extra-02×3 extra-04 extra-05 extra-07 extra-08 extra-10 extra-11 demo-fr demo-pilot',
  ],
  MESSAGE_BODY: [
    // [data-app-section="MessageBody"]
    '01 02×2 03 04 05 extra-01 extra-02×3 extra-04 extra-05 extra-07 extra-08 extra-10 extra-11 demo-fr demo-pilot',
    // [role="document"]
    '01 02×2 03 04 05 extra-01 extra-02×3 extra-04 extra-05 extra-06×2 extra-07 extra-08 extra-10 extra-11 demo-fr demo-pilot',
  ],
  RECIPIENT_WELL: [
    // [data-testid="RecipientWell"]
    '01×2 02×2 03×2 04×2 05 extra-01 extra-02×5 extra-04×2 extra-05×2 extra-06×3 extra-07×2 extra-08×2 extra-10×2 extra-11 demo-fr demo-pilot×2',
    // [aria-readonly="true"][aria-label*=":"]
    '01×2 02×2 03×2 04×2 05 extra-01 extra-02×5 extra-04×2 extra-05×2 extra-07×2 extra-08×2 extra-10×2 extra-11 demo-fr demo-pilot×2',
  ],
  PERSONA: [
    // [data-lpc-hover-target-id]
    '01×6 02×4 03×6 04×7 05×4 extra-01×5 extra-02×9 extra-04×6 extra-05×3 extra-07×5 extra-08×6 extra-10×3 extra-11×2 demo-fr×4 demo-pilot×4',
    // .lpc-hoverTarget
    '01×6 02×4 03×6 04×7 05×4 extra-01×5 extra-02×9 extra-04×6 extra-05×3 extra-07×5 extra-08×6 extra-10×3 extra-11×2 demo-fr×4 demo-pilot×4',
  ],
  TITLED_ADDRESS: [
    // [title*="@"]
    '01×12 02×9 03×8 04×11 05×7 06×3 extra-01×11 extra-02×12 extra-03×3 extra-04×9 extra-05×5 extra-06×3 extra-07×10 extra-08×12 extra-09×3 extra-10×5 extra-11×8 extra-12×2 extra-13×2 extra-14×2 demo-fr×6 demo-pilot×7',
  ],
  LABELLED_ADDRESS: [
    // [aria-label*="@"]
    'extra-04 extra-05 extra-06×3',
  ],
  AVATAR: [
    // [role="img"][aria-label]
    '01×3 02×2 03×2 04×3 05×2 extra-01×3 extra-02×3 extra-04×2 extra-05 extra-07×2 extra-08×3 extra-10 extra-11 demo-fr×2 demo-pilot×2',
  ],
  SENT_TIME: [
    // [data-testid="SentReceivedSavedTime"]
    '01×3 02×2 03×2 04×3 05×2 extra-01×3 extra-02×3 extra-04×2 extra-05 extra-06×3 extra-07×2 extra-08×3 extra-10 extra-11×4 demo-fr×2 demo-pilot×2',
    // [title]
    '01×28 02×27 03×23 04×29 05×22 06×12 extra-01×21 extra-02×28 extra-03×3 extra-04×12 extra-05×10 extra-06×7 extra-07×25 extra-08×28 extra-09×12 extra-10×10 extra-11×23 extra-12×9 extra-13×9 extra-14×9 demo-fr×19 demo-pilot×18',
  ],
  ACCOUNT_ADDRESS: [
    // #mectrl_currentAccount_secondary
    '01 03 04 05 06 extra-01 extra-02 extra-07 extra-08 extra-09 extra-11 extra-12 extra-14 demo-fr demo-pilot',
    // .mectrl_accountDetails [title*="@"]
    'extra-10',
    // [id^="primaryMailboxRoot"]
    'extra-06',
  ],
  ACCOUNT_BUTTON: [
    // #O365_MainLink_Me
    '01 02 03 04 05 06 extra-01 extra-02 extra-04 extra-05 extra-07 extra-08 extra-09 extra-10 extra-11 extra-12 extra-13 extra-14 demo-fr demo-pilot',
    // #meControl button[aria-label]
    '01 02 03 04 05 06 extra-01 extra-02 extra-04 extra-05 extra-07 extra-08 extra-09 extra-10 extra-11 extra-12 extra-13 extra-14 demo-fr demo-pilot',
  ],
  REPLY_BODY: [
    // [contenteditable][role="textbox"][aria-label]
    '03×3 04×3 05×3 extra-02×2 extra-05×3 demo-fr×2',
    // [contenteditable][role="textbox"][aria-multiline="true"]
    '03 04 05 extra-02 extra-05×2 demo-fr',
  ],
  REPLY_BOUNDARY: [
    // #Signature
    '03 04 05 extra-02 extra-05 demo-fr',
    // #appendonsend
    '01 03 04 05 extra-02 extra-05 extra-07 extra-08 demo-fr',
    // #divRplyFwdMsg
    '01 03 04 05 extra-01 extra-02 extra-05 extra-07 extra-08 demo-fr',
  ],
  REPLY_BUTTON: [
    // button[aria-label]
    '01×10 02×13 03×14 04×14 05×16 06×7 extra-01×5 extra-02×13 extra-04 extra-05×6 extra-06×4 extra-07×10 extra-08×10 extra-09×7 extra-10×7 extra-11×9 extra-12×6 extra-13×6 extra-14×6 demo-fr×13 demo-pilot×10',
    // button[title]
    '01×3 02×6 03×5 04×5 05×5 extra-01×3 extra-02×11 extra-05×3 extra-07×3 extra-08×3 extra-10×3 extra-11×3 demo-fr×5 demo-pilot×3',
    // [role="button"][aria-label]
    '01×6 02×4 03×4 04×5 05×3 extra-01×4 extra-02×8 extra-04 extra-07×5 extra-08×6 extra-10×3 extra-11×5 demo-fr×3 demo-pilot×4',
  ],
  REPLY_ICON: [
    // [data-icon-name="ArrowReplyRegular"]
    'extra-06×2 extra-10',
  ],
  BUTTON: [
    // button, [role="button"], [role="menuitem"]
    '01×18 02×19 03×20 04×21 05×21 06×9 extra-01×9 extra-02×21 extra-03 extra-04×7 extra-05×9 extra-06×4 extra-07×17 extra-08×18 extra-09×9 extra-10×10 extra-11×16 extra-12×8 extra-13×8 extra-14×8 demo-fr×18 demo-pilot×16',
  ],
  LIST_ROW: [
    // [data-app-section="MessageList"] [role="option"]
    '01×3 02×3 03×2 04×3 05×2 06×3 extra-01×2 extra-02 extra-05 extra-06 extra-07×3 extra-08×3 extra-09×3 extra-11×2 extra-12×2 extra-13×2 extra-14×2 demo-fr demo-pilot',
    // [role="listbox"][aria-label="Message list"] [role="option"]
    '01×3 02×3 03×2 05×2 06×3 extra-01×2 extra-07×3 extra-08×3 extra-09×3 extra-11×2 extra-12×2 extra-13×2 demo-pilot',
  ],
  LIST_ROW_SENDER: [
    // span[title]
    '01×16 02×15 03×11 04×15 05×10 06×9 extra-01×11 extra-02×13 extra-03×3 extra-04×7 extra-05×5 extra-06 extra-07×15 extra-08×16 extra-09×9 extra-10×4 extra-11×11 extra-12×6 extra-13×6 extra-14×6 demo-fr×7 demo-pilot×8',
  ],
  LIST_ROW_SUBJECT: [
    // .lvHighlightSubjectClass
    '01×3 02×3 03×2 04×3 05×2 06×3 extra-07×3 extra-08×3 extra-09×3 extra-11×2 extra-12×2 extra-13×2 extra-14×2 demo-fr demo-pilot',
    // [class*="Subject"]
    '01×3 02×3 03×2 04×3 05×2 06×3 extra-07×3 extra-08×3 extra-09×3 extra-11×2 extra-12×2 extra-13×2 extra-14×2 demo-fr demo-pilot',
  ],
};
