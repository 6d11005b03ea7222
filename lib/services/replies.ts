// Noticing answers: in a thread the rep opens (every webmail), in Outlook's message list, and (in
// gmail-feed.ts, apart: the feed's XML parser is the worker's only) in Gmail's feed of unread mail. An answer stops the cadence; a likely
// answer seen outside the thread pauses it until the rep confirms; an out-of-office pauses it until
// the prospect is back. What is an answer is lib/replies' to say; these use cases write it.
import { localDate } from '../cadence';
import { waitingDeals } from '../db/deals';
import { getMeta, LIST_SEEN_KEY, putMeta } from '../db/meta';
import type { AppDB } from '../db/schema';
import { getSettings } from '../db/settings';
import type { ListRow, ThreadSnapshot } from '../mail/adapter';
import { type Deal, type Id, PAUSE_REASONS, type ReplyLikely } from '../model';
import { isProspectSide } from '../replies/classify';
import { classifyNewMessages, isWaiting, outOfOfficeUntil } from '../replies/watch';
import { recordSeenMessages } from './deals';
import { requireDeal } from './guards';
import { markReplied, pauseAutomatically, resume } from './lifecycle';
import { attempt, type Result } from './result';

/**
 * New messages in a tracked thread: the prospect's answer stops the cadence ('replied'); an
 * automatic reply pauses it until the return date; the rep's own messages change nothing. `texts`
 * is the adapter's readMessageTexts, aligned with snapshot.messages (may be empty).
 */
export function reportMessages(
  db: AppDB,
  input: { dealId: Id; snapshot: ThreadSnapshot; texts?: readonly string[] },
  now: number,
): Promise<Result<Deal>> {
  return attempt(async () => {
    const { snapshot } = input;
    const deal = await requireDeal(db, input.dealId);
    if (snapshot.messages.length <= deal.seenMessageCount) return deal;
    const settings = await getSettings(db);
    const { reply, autoReplyText } = classifyNewMessages(
      deal,
      snapshot,
      input.texts ?? [],
      settings.ownAddresses,
      localDate(now, settings),
    );
    if (isWaiting(deal)) {
      if (reply !== null) await markReplied(db, deal.id, reply, now);
      else if (autoReplyText !== null) {
        const until = outOfOfficeUntil(autoReplyText, now, settings);
        await pauseAutomatically(db, { dealId: deal.id, reason: PAUSE_REASONS.outOfOffice, until }, now);
      }
    }
    return recordSeenMessages(db, deal.id, snapshot.messages.length, now);
  });
}

/** The rep opened the thread of a likely reply and says whether it was one: stop, or resume. */
export function confirmReply(
  db: AppDB,
  input: { dealId: Id; replied: boolean },
  now: number,
): Promise<Result<Deal>> {
  return attempt(async () => {
    const deal = await requireDeal(db, input.dealId);
    if (input.replied) return markReplied(db, deal.id, deal.replyLikely?.from ?? deal.contact.email, now);
    return deal.status === 'paused' ? resume(db, deal.id, now) : deal;
  });
}

/** Pauses a waiting deal as "reply likely" (once): whether it did. */
export async function flagReplyLikely(
  db: AppDB,
  deal: Deal,
  likely: ReplyLikely,
  now: number,
): Promise<boolean> {
  if (!isWaiting(deal) || deal.replyLikely) return false;
  await pauseAutomatically(
    db,
    { dealId: deal.id, reason: PAUSE_REASONS.replyLikely, replyLikely: likely },
    now,
  );
  return true;
}

/** How many feed entries and list rows are remembered as read. */
export const SEEN_CAP = 500;

/** Deals waiting on the prospect that are not already flagged. */
export async function unflaggedWaitingDeals(db: AppDB): Promise<Deal[]> {
  return (await waitingDeals(db)).filter((d) => !d.replyLikely);
}

/** Unread rows of Outlook's message list from a waiting deal's contact or company: reply likely. */
export function reportListRows(
  db: AppDB,
  input: { rows: readonly ListRow[] },
  now: number,
): Promise<Result<{ flagged: Id[] }>> {
  return attempt(async () => {
    const unread = input.rows.filter((row) => row.unread && (row.from.email || row.from.name));
    if (unread.length === 0) return { flagged: [] };
    const waiting = await unflaggedWaitingDeals(db);
    const seen = new Set((await getMeta(db, LIST_SEEN_KEY)) ?? []);
    const flagged: Id[] = [];
    for (const row of unread) {
      const key = `${row.from.email || row.from.name}|${row.subject}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const deal of waiting) {
        const byAddress =
          row.from.email !== '' && isProspectSide(row.from.email, deal.contact.email.toLowerCase());
        // Some list layouts show only the name: the contact's exact name then.
        const byName =
          row.from.email === '' && deal.contact.name !== '' && row.from.name === deal.contact.name;
        if (flagged.includes(deal.id) || !(byAddress || byName)) continue;
        const likely: ReplyLikely = {
          at: now,
          from: row.from.email || row.from.name,
          source: 'outlook-list',
        };
        if (await flagReplyLikely(db, deal, likely, now)) flagged.push(deal.id);
      }
    }
    await putMeta(db, LIST_SEEN_KEY, [...seen].slice(-SEEN_CAP));
    return { flagged };
  });
}
