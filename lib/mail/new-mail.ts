// New mail in a tracked thread, by message identity rather than by count (issue 20). A count goes
// up when the rep expands Gmail's "3 older messages" or when Outlook loads older messages while the
// rep scrolls: neither is new mail. What a deal keeps instead is small: the keys of the messages it
// has seen (capped) and the newest date among them.
//
// A message is new when
//   1. its key was never seen (and it has one: '' marks a message the page does not show), and
//   2. it comes after the newest message of the page that was seen — the snapshot is oldest first,
//      so older messages revealed by expanding or loading come before it — and
//   3. it is not dated before the newest date seen (when both dates are readable). Dates are shown
//      to the minute: an answer in the same minute as the rep's last message (an out-of-office
//      reply) still counts, so "not before" rather than "after".
// With nothing of the page seen before (keys all changed: another UI language prints dates
// otherwise), nothing is called new: the caller remembers the page as it is now. Pure functions.
import type { ThreadMessage, ThreadSnapshot } from './adapter';

/** What a deal stores about its thread's messages. */
export interface SeenMessages {
  /** Keys of the messages seen, oldest first; the newest MAX_SEEN_KEYS are kept. */
  keys: string[];
  /** The newest sent date among them (epoch ms); null when none had a readable date. */
  newestAt: number | null;
  /**
   * For deals saved before keys existed (a schema upgrade copies their `seenMessageCount`): while
   * `keys` is empty, the messages past this count are new, as before — but not those dated before
   * `newestAt` when the upgrade sets one (this release counts messages older adapters missed, such
   * as Gmail's folded ones, so a count can grow without new mail). rememberMessages drops it.
   */
  legacyCount?: number;
}

/** Gmail shows at most 100 messages per conversation; a little more covers Outlook. */
export const MAX_SEEN_KEYS = 120;

export const NOTHING_SEEN: SeenMessages = { keys: [], newestAt: null };

type Messages = Pick<ThreadSnapshot, 'messages'>;

/** The messages of the snapshot a deal that has seen `seen` has not seen yet, oldest first. */
export function newMessages(seen: SeenMessages, snapshot: Messages): ThreadMessage[] {
  const messages = snapshot.messages;
  const notBefore = (m: ThreadMessage) => {
    const at = m.sentAt ?? null;
    return seen.newestAt === null || at === null || at >= seen.newestAt;
  };
  if (seen.keys.length === 0) {
    const count = seen.legacyCount;
    if (count === undefined) return [];
    return messages.slice(Math.max(0, count)).filter((m) => !!m.key && notBefore(m));
  }
  const known = new Set(seen.keys);
  const anchor = messages.findLastIndex((m) => !!m.key && known.has(m.key));
  if (anchor < 0) return [];
  return messages.slice(anchor + 1).filter((m) => !!m.key && !known.has(m.key) && notBefore(m));
}

/** `seen` with the snapshot's messages added (the first look at a thread: `seen` null). */
export function rememberMessages(seen: SeenMessages | null, snapshot: Messages): SeenMessages {
  const keys = [...(seen?.keys ?? [])];
  const known = new Set(keys);
  let newestAt = seen?.newestAt ?? null;
  for (const message of snapshot.messages) {
    if (!message.key) continue;
    if (!known.has(message.key)) {
      known.add(message.key);
      keys.push(message.key);
    }
    const at = message.sentAt ?? null;
    if (at !== null && (newestAt === null || at > newestAt)) newestAt = at;
  }
  return { keys: keys.slice(-MAX_SEEN_KEYS), newestAt };
}
