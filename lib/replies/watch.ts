// What the reply use cases (lib/services/replies.ts) decide, kept pure: which of a thread's new
// messages is an answer or an automatic reply, when an out-of-office pause ends, and which Gmail
// mailboxes are worth reading.
import { addDays } from 'date-fns';
import { followUpMomentOnOrAfter } from '../cadence';
import type { ThreadMessage } from '../mail/adapter';
import type { Deal, Settings } from '../model';
import { classifyReply, isProspectSide, type ReplyReading } from './classify';

/** A deal still waiting on the prospect: the only ones a reply can change. */
export function isWaiting(deal: Deal): boolean {
  return deal.status === 'active' || deal.status === 'paused';
}

/** When an out-of-office pause ends: the return day's follow-up moment, else a week from now. */
export function outOfOfficeUntil(returnDay: string | null, now: number, settings: Settings): number {
  if (returnDay) return followUpMomentOnOrAfter(returnDay, settings);
  return addDays(now, 7).getTime();
}

/** The prospect's side's new message that decides, and what it says (classifyReply). */
export interface NewMessagesReading {
  from: string;
  reading: ReplyReading;
}

/**
 * What the deal's new messages (new-mail.ts newMessages, oldest first) say, read as a person would
 * (classifyReply): the first answer or refusal from the prospect's side decides (the cadence stops),
 * else the last automatic reply (it pauses); the rep's own messages and strangers' say nothing.
 * `textOf` gives a message's text start (the adapter's readMessageTexts; '' when none).
 */
export function readNewMessages(
  fresh: readonly ThreadMessage[],
  textOf: (message: ThreadMessage) => string,
  ctx: { account: string | null; ownAddresses: readonly string[]; contactEmail: string; today: string },
): NewMessagesReading | null {
  const own = new Set(
    [...(ctx.account ? [ctx.account] : []), ...ctx.ownAddresses].map((a) => a.toLowerCase()),
  );
  const contactEmail = ctx.contactEmail.toLowerCase();
  let automatic: NewMessagesReading | null = null;
  for (const message of fresh) {
    const from = message.from.email.trim().toLowerCase();
    if (!from || own.has(from) || !isProspectSide(from, contactEmail)) continue;
    const reading = classifyReply({ text: textOf(message) }, { today: ctx.today });
    if (reading.kind !== 'auto-reply') return { from, reading };
    automatic = { from, reading };
  }
  return automatic;
}

/**
 * Gmail mailbox indexes (/mail/u/N/) of the active Gmail deals: the feeds worth reading. `deals`
 * may be the deals, or only their (status, gmailAccounts) as the index keeps them
 * (lib/db activeGmailAccounts).
 */
export function gmailAccountsToWatch(deals: readonly Pick<Deal, 'status' | 'gmailAccounts'>[]): number[] {
  const indexes = new Set<number>();
  for (const deal of deals) {
    if (deal.status !== 'active') continue;
    for (const index of deal.gmailAccounts) indexes.add(index);
  }
  return [...indexes].sort((a, b) => a - b);
}
