// The contract between Relance and a webmail (DESIGN.md, "The adapter contract"). Other tests rely
// on these names: keep them. Only lib/mail/ reads or writes a webmail's DOM.
import type { Provider } from '../model';

export type { Provider };

export interface Person {
  name: string;
  /** Lower-cased. */
  email: string;
}

export interface ThreadMessage {
  from: Person;
  to: Person[];
  cc: Person[];
  /**
   * Who this message is, stable while the rep collapses, expands or scrolls older messages into
   * view: `id:<message id>` where the page shows one (Gmail's data-legacy-message-id, else
   * data-message-id; Outlook's item id in a pop-out window's URL), else `fp:<hash>`, a fingerprint
   * of the sender's address and the sent date as the page prints it in the message's date title
   * (the same text collapsed and expanded), with `#2`, `#3`… on repeats. '' for a message the page
   * represents without showing anything of it (one of Gmail's "N older messages"): it can be
   * neither seen nor new. See new-mail.ts for how a deal uses it.
   * Always set by the adapters; the message protocol carries it (lib/messaging/schemas.ts).
   */
  key: string;
  /** When it was sent (epoch ms), read from the date's title or label; null when unreadable. */
  sentAt?: number | null;
}

/** A message as an adapter reads it before its key and send time are known. */
export type MessageHeader = Omit<ThreadMessage, 'key' | 'sentAt'>;

export interface ThreadSnapshot {
  provider: Provider;
  /** Gmail: legacy hex id from data-legacy-thread-id, else the URL's last hash segment.
   *  Outlook: decodeURIComponent of the URL path segment after /id/. */
  threadId: string;
  subject: string;
  /** The signed-in mailbox address, when the page shows it. */
  account: string | null;
  /** Oldest first, only the open thread's. */
  messages: ThreadMessage[];
  lastMessageFromAccount: boolean;
  /** A reply box for this thread is open (another message's compose window does not count). */
  hasCompose: boolean;
}

/** Where the panel mounts: the element its shadow host goes in, before or after (components/panel/mount.ts). */
export interface PanelAnchor {
  element: Element;
  append: 'first' | 'last' | 'before' | 'after';
}

export type InsertResult =
  /** replaced: the text took the place of Relance's previous insertion in that box (Undo brings it back). */
  | { ok: true; replaced?: true }
  /** no-reply-box: none open and none could be opened; not-editable: the box refused the text. */
  | { ok: false; reason: 'no-reply-box' | 'not-editable' };

export interface InsertOptions {
  /** The text starts a line of its own: a line break goes first when the caret ends a line of text. */
  ownLine?: boolean;
  /** How long to wait for the reply box after pressing Reply. */
  timeoutMs?: number;
}

/** The thread's reply box, open (opened when it was not): whether it holds the webmail's signature. */
export type ReplyBoxResult = { ok: true; hasSignature: boolean } | Extract<InsertResult, { ok: false }>;

export interface MailAdapter {
  readonly provider: Provider;
  /** Pure DOM reading; null when no thread is open. Never throws: unreadable fields stay empty. */
  readThread(doc: Document, url: URL): ThreadSnapshot | null;
  /**
   * Calls onChange, debounced, whenever the open thread may have changed (navigation, re-render),
   * until signal aborts. No polling.
   */
  observe(win: Window, signal: AbortSignal, onChange: () => void): void;
  /** The panel's place in the open thread's view; null → the bootstrap floats the panel. */
  findAnchor(doc: Document): PanelAnchor | null;
  /**
   * Inserts plain text at the caret of the open thread's reply box (opening a reply first when none
   * is open), the way typing would, so the webmail saves its draft. Text already there is kept.
   */
  insertText(doc: Document, text: string, options?: InsertOptions): Promise<InsertResult>;
  /**
   * Optional: opens the thread's reply box (as insertText would) and says whether it already holds
   * the webmail's signature, so a template inserted there signs nothing.
   */
  openReplyBox?(doc: Document): Promise<ReplyBoxResult>;
  /** Optional: undoes Relance's last insertion in the reply box (its previous text comes back). */
  undoInsertion?(doc: Document): boolean;
  /**
   * Optional: the start of each message's visible text (the expanded body, or a collapsed
   * message's snippet), aligned with readThread's messages, oldest first; '' where none is shown.
   * Reply and out-of-office detection read it. Pure DOM reading, never throws.
   */
  readMessageTexts?(doc: Document, url: URL): string[];
  /**
   * Optional: the message list's rows visible beside or instead of a thread (Outlook), so replies
   * are noticed without opening them. Pure DOM reading, never throws.
   */
  readListRows?(doc: Document): ListRow[];
  /**
   * Optional: what readThread and findAnchor read on this page, field by field, and which selector
   * alternative gave each (`sender[0]`, as selectors.ts names them), for a rep to paste into a
   * report (formatDiagnosis in diagnose.ts). Never any mail content: no name, address, subject
   * or text — only sources, states and counts. Pure DOM reading, never throws.
   */
  diagnose?(doc: Document, url: URL): Diagnosis;
}

/** What an adapter read on a page (MailAdapter.diagnose). */
export interface Diagnosis {
  provider: Provider;
  /** Whether readThread sees a thread here (false: the panel stays away). */
  thread: boolean;
  fields: FieldDiagnosis[];
}

export interface FieldDiagnosis {
  /** `threadId`, `subject`, `account`, `messages`, `message 2`, `reply box`, `panel place`… */
  field: string;
  read: boolean;
  /** Not read, and nothing is wrong: there was nothing to read (no reply box open, a folded message). */
  nothingThere?: true;
  /** The selector alternative that gave it (`sender[0]`), or `URL`, `document title`…; null when none. */
  source: string | null;
  /** States and counts only: `collapsed`, `6 (3 folded)`, `key: id`. */
  detail?: string;
}

/** A row of the webmail's message list. */
export interface ListRow {
  /** The sender as the row shows it: a name, and an address where the row carries one. */
  from: Person;
  subject: string;
  unread: boolean;
}

/** How much of a message's text the detection reads. */
export const MESSAGE_TEXT_LIMIT = 600;
