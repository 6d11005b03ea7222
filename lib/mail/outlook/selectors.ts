// Every piece of Outlook-on-the-web page knowledge Relance relies on. Outlook's class names are
// generated per build ("OZZZK", "aVla3"), so nothing here uses them: only ids Microsoft keeps,
// `data-app-section` / `data-testid` / `data-lpc-*` attributes, ARIA roles and labels, and titles.
// Each list is tried in order; each alternative says which UI variant it covers. An alternative is
// referred to as `NAME[index]` (diagnose, the tests); selectors.matches.ts lists, for each one, the
// saved pages it matches and how many elements, and selectors.test.ts checks it.
// Sources: the shared reconstructions in test/fixtures/webmail/ (see their README) and Mailvelope's
// Outlook integration of 2025 (mailvelope/mailvelope src/content-scripts/outlookIntegration.js and
// its test/integration/__mocks__/outlook-dom-templates.js, taken from outlook.office.com's German
// UI). Dated notes go on alternatives that cover an older UI so they can be removed later.

/** The open conversation's view. Every thread query is scoped to it, so the message list, the
 *  header's people cards and separate compose windows are never read. */
export const READING_PANE = [
  // Reading pane on the right or at the bottom; also the full-page read view when the pane is
  // hidden (Settings > Layout > Reading pane > Hide), which reuses the same container.
  '#ReadingPaneContainerId',
  // The conversation part of the pane, as Mailvelope's 2025 templates show it.
  '#ConversationReadingPaneContainer',
  // The read/compose landmark of the 2025 UI (role="main"), when the ids above are missing.
  '[data-app-section="MailReadCompose"]',
];

/** Fallback when no pane container is found: the conversation list itself; its parent (subject +
 *  conversation) becomes the pane. */
export const CONVERSATION = [
  // Conversation view (Settings > Mail > Layout > "Group into conversations").
  '[data-app-section="ConversationContainer"]',
  // English UI: the conversation's list landmark, when the data-app-section is missing.
  '[role="list"][aria-label="Conversation"]',
];

/** Last fallback: a message opened in its own browser window (/mail/deeplink/read/<item id>,
 *  "Open in new window", outlook-extra-10): no pane, no conversation list; the page's main
 *  landmark holding the one message is the read view. */
export const READ_VIEW = ['[role="main"]'];

/** Ancestors that disqualify a match: compose windows and other dialogs, the message list. */
export const OUTSIDE_THREAD = [
  // A separate new-mail / pop-out compose window (Fluent dialog in a layer host).
  '[role="dialog"]',
  // The message list (its rows carry senders and subjects too).
  '[data-app-section="MessageList"]',
].join(', ');

/** The conversation's subject. The title holds the untruncated subject, the text a clipped one. */
export const SUBJECT = [
  // Current UI: the heading inside the subject wrapper above the conversation.
  '.full-subject-wrapper [role="heading"]',
  // Same heading when the wrapper's class is renamed: its id is "CONV_<n>_SUBJECT".
  '[role="heading"][id$="_SUBJECT"]',
  // Any level-2 heading of the pane that is not inside a message (tried last; see readSubject).
  '[role="heading"][aria-level="2"]',
];

/** Outlook's placeholder for an empty subject, in the languages we ship (the contract wants ""). */
export const NO_SUBJECT_PLACEHOLDERS = ['(no subject)', '(aucun objet)', '(sans objet)'];

/** An expanded message (header, recipients, body). */
export const EXPANDED_ITEM = [
  // Conversation and single-message reading: the item region.
  '[data-app-section="ItemContainer"]',
  // Builds without the data-app-section (Mailvelope's 2025 templates): the message's content
  // host, a semantic class Outlook has kept across builds (also on the item region above).
  '.wide-content-host',
];

/** A collapsed message: one line with sender, date and snippet, no recipients. Native <button>s
 *  (a header's "More actions" menu also has aria-expanded) are excluded by the div. */
export const COLLAPSED_ITEM = [
  // Conversation view: older messages folded into a row button.
  'div[role="button"][aria-expanded="false"]',
  // Builds where the row is a plain folded div (the expanded one is div[aria-expanded="true"]).
  '[data-app-section="ConversationContainer"] div[aria-expanded="false"]',
];

/** Inside an expanded item: the header, which holds every persona we read (never the body, whose
 *  mailto links and quoted "From:" lines are decoys). */
export const MESSAGE_HEADER = ['[data-app-section="MessageHeader"]'];
export const MESSAGE_BODY = ['[data-app-section="MessageBody"]', '[role="document"]'];

/** A recipients line ("To:", "Cc:", "Bcc:"), labelled by aria-label or its first span. */
export const RECIPIENT_WELL = [
  // Current UI (shared reconstructions, Mailvelope 2025): one well per line.
  '[data-testid="RecipientWell"]',
  // Guess, in case a build strips data-testid: the same read-only well, labelled "To: …".
  '[aria-readonly="true"][aria-label*=":"]',
];

/** Cc and Bcc labels in the languages Outlook ships ("Cc" is nearly universal; every other label
 *  of a well means To, whose word varies too much to list: To, À, An, Para, A, Aan…). */
export const CC_LABELS = ['cc'];
export const BCC_LABELS = ['bcc', 'cci', 'cco', 'ccn'];

/** A person: the Live Persona Card hover target, whose title is the address and text the name. */
export const PERSONA = [
  // Current UI: the Live Persona Card target (data attribute set by the LPC library).
  '[data-lpc-hover-target-id]',
  // Same target when the attribute is missing: its stable (non-generated) class.
  '.lpc-hoverTarget',
];

/** An element whose title carries an address, as "Name <email>" or a bare address. */
export const TITLED_ADDRESS = ['[title*="@"]'];

/** A sender line labelled with the address alone ("From: sender@example.com", "Von: …"), as in
 *  builds that show no display name. Only read for the sender, outside the recipient wells. */
export const LABELLED_ADDRESS = ['[aria-label*="@"]'];

/** The sender's avatar: its accessible name is the display name (no address). */
export const AVATAR = ['[role="img"][aria-label]'];

/** The time a message was sent, with the full date in its title ("Mon 11/23/2026 4:47 PM"). */
export const SENT_TIME = [
  // Expanded and collapsed items alike.
  '[data-testid="SentReceivedSavedTime"]',
  // Any element of the item titled with a date and a time, should the test id go.
  '[title]',
];

/** The signed-in account's address in the Microsoft 365 header's account manager ("Me control"). */
export const ACCOUNT_ADDRESS = [
  // Me control body, rendered (hidden) with the header: the secondary line is the address.
  '#mectrl_currentAccount_secondary',
  // Me control body of other builds: an address-like title in the account details.
  '.mectrl_accountDetails [title*="@"]',
  // Folder pane: the primary mailbox's root, whose data-folder-name and title are the address
  // (what Mailvelope reads, 2025). Additional mailboxes have other ids.
  '[id^="primaryMailboxRoot"]',
];

/** The account manager button: some builds put the address in its label or title
 *  ("Account manager for Priya Natarajan <priya@acme.test>"). */
export const ACCOUNT_BUTTON = ['#O365_MainLink_Me', '#meControl button[aria-label]'];

/** The reply body of a compose inside the pane (never the To/Cc editors, also textboxes). */
export const REPLY_BODY = [
  // The editor labelled "Message body" or its translation (see REPLY_BODY_LABELS).
  '[contenteditable][role="textbox"][aria-label]',
  // Any multi-line editor, when the label is in a language we do not list.
  '[contenteditable][role="textbox"][aria-multiline="true"]',
];

/** The reply body's accessible name in the languages Outlook ships that we know. */
export const REPLY_BODY_LABELS = [
  'message body', // en
  'corps du message', // fr
  'nachrichtentext', // de
  'cuerpo del mensaje', // es
  'corpo del messaggio', // it
  'corpo da mensagem', // pt
  'berichttekst', // nl
];

/** Where the rep's own text ends in a reply body: the signature and the quoted message below it. */
export const REPLY_BOUNDARY = ['#Signature', '#appendonsend', '#divRplyFwdMsg'];

/** A message's Reply button (not Reply all, not Forward), by its accessible name or title. */
export const REPLY_BUTTON = ['button[aria-label]', 'button[title]', '[role="button"][aria-label]'];
/** …or by its Fluent icon, whatever the language (Reply all is "ArrowReplyAllRegular"). */
export const REPLY_ICON = ['[data-icon-name="ArrowReplyRegular"]'];
export const BUTTON = 'button, [role="button"], [role="menuitem"]';
export const REPLY_BUTTON_LABELS = [
  'reply', // en
  'répondre', // fr
  'antworten', // de
  'responder', // es, pt
  'rispondi', // it
  'beantwoorden', // nl
];

/** A row of the message list (for replies noticed without opening them). */
export const LIST_ROW = [
  // Current UI: the list is a listbox of option rows, each with the conversation's id.
  '[data-app-section="MessageList"] [role="option"]',
  // Builds without the data-app-section: the English listbox label.
  '[role="listbox"][aria-label="Message list"] [role="option"]',
];
/** The sender inside a row: a span whose title is the address (hover text). */
export const LIST_ROW_SENDER = ['span[title]'];
/** The subject inside a row: Outlook's highlight class for subjects (its title is the full subject). */
export const LIST_ROW_SUBJECT = ['.lvHighlightSubjectClass', '[class*="Subject"]'];
/** A row's accessible name starts with this when unread, in the languages we know (lower case). */
export const UNREAD_PREFIXES = [
  'unread',
  'non lu',
  'ungelesen',
  'no leído',
  'non letto',
  'não lida',
  'ongelezen',
];
