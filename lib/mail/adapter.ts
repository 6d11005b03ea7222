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
}

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

/** Where the panel mounts: WXT's createShadowRootUi anchor and append position. */
export interface PanelAnchor {
  element: Element;
  append: 'first' | 'last' | 'before' | 'after';
}

export type InsertResult =
  | { ok: true }
  /** no-reply-box: none open and none could be opened; not-editable: the box refused the text. */
  | { ok: false; reason: 'no-reply-box' | 'not-editable' };

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
  insertText(doc: Document, text: string): Promise<InsertResult>;
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
