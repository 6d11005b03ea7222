// What the reply use cases (lib/services/replies.ts) decide, kept pure: which of a thread's new
// messages is an answer or an automatic reply, when an out-of-office pause ends, and which Gmail
// mailboxes are worth reading.
import { addDays } from 'date-fns';
import { followUpMomentOnOrAfter, localDate } from '../cadence';
import type { ThreadSnapshot } from '../mail/adapter';
import type { Deal, Settings } from '../model';
import { autoReplyLanguage } from './auto-reply';
import { classifyMessage } from './classify';
import { findReturnDate } from './return-date';

/** A deal still waiting on the prospect: the only ones a reply can change. */
export function isWaiting(deal: Deal): boolean {
  return deal.status === 'active' || deal.status === 'paused';
}

/** When an out-of-office pause ends: the return date's follow-up moment, else a week from now. */
export function outOfOfficeUntil(text: string, now: number, settings: Settings): number {
  const today = localDate(now, settings);
  const back = findReturnDate(text, today, autoReplyLanguage(text));
  if (back) return followUpMomentOnOrAfter(back, settings);
  return addDays(now, 7).getTime();
}

export interface NewMessages {
  /** The first answer's sender among the messages the deal had not seen, else null. */
  reply: string | null;
  /** The last automatic reply's text among them, else null. */
  autoReplyText: string | null;
}

/**
 * The messages of `snapshot` the deal had not seen, classified. `texts` is the adapter's
 * readMessageTexts, aligned with snapshot.messages (may be empty); `ownAddresses` are the rep's.
 */
export function classifyNewMessages(
  deal: Deal,
  snapshot: ThreadSnapshot,
  texts: readonly string[],
  ownAddresses: readonly string[],
  /** The rep's calendar day (yyyy-MM-dd): an absence announced for later is a person's message. */
  today: string,
): NewMessages {
  const firstUnseen = Math.min(deal.seenMessageCount, snapshot.messages.length);
  const own = new Set([...(snapshot.account ? [snapshot.account] : []), ...ownAddresses]);
  const ctx = { own, contactEmail: deal.contact.email.toLowerCase(), today };
  let reply: string | null = null;
  let autoReplyText: string | null = null;
  snapshot.messages.slice(firstUnseen).forEach((message, i) => {
    const text = texts[firstUnseen + i] ?? '';
    const kind = classifyMessage({ from: message.from, text }, ctx);
    if (kind === 'reply') reply ??= message.from.email;
    if (kind === 'auto-reply') autoReplyText = text;
  });
  return { reply, autoReplyText };
}

/** Gmail mailbox indexes (/mail/u/N/) of the waiting Gmail deals: the feeds worth reading. */
export function gmailAccountsToWatch(deals: readonly Deal[]): number[] {
  const indexes = new Set<number>();
  for (const deal of deals) {
    if (deal.status !== 'active') continue;
    for (const thread of deal.threads) {
      if (thread.provider !== 'gmail') continue;
      const m = /^https:\/\/mail\.google\.com\/mail\/u\/(\d{1,2})\//.exec(thread.url);
      indexes.add(m ? Number(m[1]) : 0);
    }
  }
  return [...indexes].sort((a, b) => a - b);
}
