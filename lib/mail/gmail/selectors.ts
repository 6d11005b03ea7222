// Every piece of Gmail page knowledge the adapter uses, in one place (after refined-github's
// selectors.ts). Each list is tried in order and the first alternative that matches anything wins,
// so a class-name fallback is only used when every attribute/ARIA alternative above it finds nothing
// — except where a comment says the alternatives are all used (the messages of a thread: some may
// carry an id and others not). An alternative is referred to as `name[index]` (diagnose, the tests);
// selectors.matches.ts lists, for each one, the saved pages it matches and how many elements, and
// selectors.test.ts checks it, so an alternative no page shows is seen at once.
// Sources: InboxSDK (gmail-thread-view.ts, gmail-message-view.ts, gmail-compose-view.ts), gmail.js,
// Briskine; see test/fixtures/webmail/README.md. Class names are Gmail's generated ones: last resort.

/** UI strings Gmail localizes; English and French first (our users), then a few common languages. */
export const LABELS = {
  reply: ['Reply', 'Répondre', 'Antworten', 'Responder', 'Rispondi', 'Beantwoorden'],
  messageBody: ['Message Body', 'Corps du message', 'Nachrichtentext', 'Cuerpo del mensaje'],
  /** The subject heading's text when a thread has no subject. */
  noSubject: [
    '(no subject)',
    '(aucun objet)',
    '(sans objet)',
    '(kein Betreff)',
    '(sin asunto)',
    '(nessun oggetto)',
    '(sem assunto)',
    '(geen onderwerp)',
    '(ingen emne)',
    '(inget ämne)',
    '(brak tematu)',
    '(без темы)',
  ],
  /** First cell of a row of the message's "Show details" table, normalized (lower case, no colon). */
  detailsTo: ['to', 'à', 'an', 'para', 'a', 'aan', 'till', 'til'],
  detailsCc: ['cc'],
  detailsOther: [
    'from',
    'de',
    'von',
    'da',
    'van',
    'bcc',
    'cci',
    'cco',
    'reply-to',
    'répondre à',
    'antwort an',
    'responder a',
  ],
} as const;

/** The parts of a message that are not its header: where a sender, a date or a summary recipient is
 *  never read (all of these apply, not alternatives). */
const NOT_HEADER = [
  '[role="dialog"]', // the details popup, read separately
  '[role="region"]', // an inline reply's form (its chips)
  'form',
  '[contenteditable]',
  '.ii, .a3s', // class names only: the message body (quoted headers, mailto links)
] as const;

const byAriaLabel = (labels: readonly string[], prefix = '') =>
  labels.map((label) => `${prefix}[aria-label="${label}"]`);

export const SELECTORS = {
  /** The open thread's subject heading; the hidden older views keep theirs, so filter on visibility. */
  subjectHeading: [
    // Current UI (2019 redesign onward): h2.hP carries the legacy hex id.
    'h2[data-legacy-thread-id]',
    // Same heading when Gmail only gives the new id (e.g. just-sent threads, `thread-a:r-…`).
    'h2[data-thread-perm-id]',
    // Class name only: the heading if Gmail ever drops both data attributes.
    'h2.hP',
  ],

  /** A message of the open thread. All alternatives are used: a build may show ids on expanded
   *  messages only (x13), so the first alternative matching something is not enough. */
  message: [
    // Current UI: `#msg-f:…` for received, `#msg-a:r-…` for sent messages.
    '[data-message-id]',
    // Older markup that only had the hex id.
    '[data-legacy-message-id]',
    // Class names only: expanded (.adn) and collapsed (.adf) message bodies.
    '.adn, .adf',
  ],

  /** Where a message's id is written, in the order its key prefers them (message-key.ts). */
  messageId: [
    // The hex id Gmail's API and reply forms (rm/rt) use.
    '[data-legacy-message-id]',
    // The newer id (`#msg-f:…`, `#msg-a:r-…`).
    '[data-message-id]',
  ],

  /** The conversation's row of one message (or of a bundle of folded ones). All alternatives used. */
  threadItem: [
    // Current UI: each message is a listitem of the conversation's list.
    '[role="list"] [role="listitem"]',
    // Class names only: collapsed (.kv), expanded (.h7) and super-collapsed (.kQ) rows.
    '.kv, .h7, .kQ',
  ],

  /** "3 older messages": the row standing for messages Gmail folded away (super-collapsed), with
   *  their number; they are not in the DOM until the rep clicks it (x11). */
  hiddenBundle: [
    // InboxSDK's name for the notice (the count is in its .adx span).
    '.adv',
    // Any UI: a row of the list with no sender, labelled by the number it stands for.
    '[role="list"] [role="listitem"][aria-label]',
  ],

  /** The list holding the messages; its parent is the thread's content area. */
  messageList: [
    // Current UI: the conversation is an ARIA list of listitems.
    '[role="list"]',
  ],

  /** A collapsed message shows sender and snippet only, no recipients. Matched on the message or an ancestor. */
  messageItem: [
    // Current UI: each message's listitem says whether it is expanded (aria-expanded="false": collapsed).
    '[role="listitem"][aria-expanded]',
  ],
  collapsedMessage: [
    // Class names only, when no listitem says: collapsed listitem (.kv, .kQ) or message (.adf).
    '.kv, .kQ, .adf',
  ],

  /** The sender in a message's header. */
  sender: [
    // Current UI: the header's h3 holds `<span email name>` for the sender, expanded or collapsed.
    'h3 [email]',
    // Class name only: the sender chip (.gD), first in document order before the details table's.
    '.gD[email]',
    // A sender shown only in a title ("Dana Whitfield <dana@…>" on hover): a chip without its
    // hovercard attributes (x13's second message). The header comes first in a message, so the
    // first address title of the message is its sender's, with or without an h3 around it.
    '[title*="@"]',
    // A header naming the sender only in its text ("Dana Whitfield <dana@…>").
    'h3',
  ],

  /** The message's date, whose title (or label) prints it in full: "Mon, Nov 23, 2026, 4:47 PM".
   *  Only a title that reads as a date counts (see message-order.ts). */
  messageDate: [
    // Current UI: the date cell of the header (gmail.js and InboxSDK read .g3's title).
    'span.g3[title]',
    // Same span without its class: Gmail doubles the title in an alt attribute.
    'span[title][alt]',
    // Any element of the header titled with a date.
    '[title]',
  ],

  /** The expanded message's "Show details" popup, kept in the DOM with to/cc/bcc rows. */
  details: [
    // Current UI: the popup is a dialog inside the message header (its aria-label is localized).
    '[role="dialog"]',
    // Class name only: the details table.
    'table.ajC',
  ],

  /** People in the expanded header's summary line ("to me, Sam, Riley"): to and cc merged. */
  summaryRecipient: [
    // Any UI: every `[email]` of the message outside the places below (see summaryExcluded).
    '[email]',
    // Class name only: the summary span.
    '.hb [email]',
  ],
  /** Where a message's `[email]` elements are not summary recipients (all of these apply, not alternatives). */
  summaryExcluded: ['h3', ...NOT_HEADER], // the sender, and what is not the header

  /** Where a title or a text is not the message's sender or date (all apply, not alternatives). */
  notHeader: NOT_HEADER,

  /** The signed-in account's button in the top bar; its label ends with "(address)". */
  accountButton: [
    // Any UI language: the account button links to the sign-out options.
    'a[href*="accounts.google.com/SignOutOptions"][aria-label]',
    // Google bar variant where the button is not a link: the banner's control labelled with an address.
    'header[role="banner"] [role="button"][aria-label*="@"]',
    // English and French labels, in case the link's href changes.
    '[aria-label^="Google Account:"]',
    '[aria-label^="Compte Google"]',
  ],

  /** The body of a reply or compose editor. */
  replyBox: [
    // Any UI language: Gmail marks its editor with g_editable.
    '[role="textbox"][g_editable="true"]',
    // Localized accessible names of the editor (one alternative: the languages are data).
    byAriaLabel(LABELS.messageBody, '[role="textbox"]').join(', '),
    // Any multi-line editable text box (ARIA).
    '[contenteditable][aria-multiline="true"]',
    // Class names only: the editor div.
    'div.Am.editable',
  ],

  /** Where the rep's text ends in a reply box: Gmail's signature and quoted text (mail-content classes
   *  Gmail writes into the sent message itself, so they stay stable). All apply, not alternatives. */
  replyBoundary: [
    '[data-smartmail="gmail_signature"]',
    '.gmail_signature_prefix',
    '.gmail_signature',
    '.gmail_quote',
  ],

  /** Hidden inputs of a compose form naming the message it replies to. */
  replyTarget: ['input[name="rm"]', 'input[name="rt"]'],

  /** An expanded message's body, inside the message element. */
  messageBody: [
    // Current UI: the body's container (quoted history and signature included).
    '.a3s',
    // The body's outer cell, should the inner class go.
    '.ii.gt',
  ],

  /** A collapsed message's one-line snippet, inside the message element. */
  messageSnippet: [
    // Current UI: the snippet cell under the collapsed header.
    '.iA.g6',
    // Older collapsed row.
    '.y2',
  ],

  /** Buttons that open a reply to this thread; the last visible one (latest message) is used. */
  replyButton: [
    // Current UI: the message header's Reply button, by accessible name (in any language we list).
    byAriaLabel(LABELS.reply, '[role="button"]').join(', '),
    // Same button by tooltip (older header layout without aria-label).
    LABELS.reply.map((label) => `[data-tooltip="${label}"]`).join(', '),
    // Class names only: the "Reply" link under the last message.
    '.ams.bkH',
  ],
} as const;
