// ThreadMessage.key (adapter.ts): a message's identity across collapse, expand and lazy loading.
//
// Where the page shows a message id, that is the key (`id:…`): Gmail writes it on collapsed and
// expanded messages alike, and it is the id Gmail's API and reply forms use. Where it does not
// (Outlook's reading pane, some Gmail builds' collapsed messages), the key is a fingerprint of what
// every state of a message shows the same way: the sender's address and the sent date exactly as
// the date's title prints it ("Mon, Nov 23, 2026, 4:47 PM" collapsed and expanded alike) — not the
// parsed date, whose day/month reading may change as messages arrive. It is hashed (`fp:…`, 53
// bits), so a deal stores no address twice and a diagnostic never shows one. Two messages of one
// sender printed with the same minute get `#2`, `#3` in page order. A message the page shows
// nothing of (Gmail's "N older messages") has no key: ''.
import { clean } from './people';

export interface KeySource {
  /** The message id the page shows, if any. */
  id: string | null;
  /** The sender's address ('' when unread). */
  email: string;
  /** The date as printed in the message's date title or label ('' when none). */
  date: string;
}

/** cyrb53: a small, well-spread 53-bit string hash (public domain). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The keys of a thread's messages, in page order (null: a message represented but not shown). */
export function messageKeys(sources: readonly (KeySource | null)[]): string[] {
  const seen = new Map<string, number>();
  return sources.map((source) => {
    if (!source) return '';
    const id = clean(source.id);
    if (id) return `id:${id}`;
    const email = source.email.toLowerCase();
    const date = clean(source.date).toLowerCase();
    if (!email && !date) return '';
    const base = `fp:${hash53(`${email}\n${date}`)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}
