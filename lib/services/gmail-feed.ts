// Replies seen in Gmail's Atom feed of unread mail, without opening anything (the safety alarm reads
// it). Apart from replies.ts so that the feed's XML parser stays in the worker's bundle.
import { activeGmailAccounts } from '../db/deals';
import { FEED_SEEN_KEY, getMeta, putMeta } from '../db/meta';
import type { AppDB } from '../db/schema';
import type { Id, ReplyLikely } from '../model';
import { parseGmailFeed } from '../replies/feed';
import { gmailAccountsToWatch } from '../replies/watch';
import { noticeOutsideThread, SEEN_CAP, unflaggedWaitingDealsFrom } from './replies';
import { attempt, type Result } from './result';

/**
 * Reads the Gmail feeds of the mailboxes the rep uses, only while active deals exist. An unread
 * message from a waiting deal's contact or company, newer than the deal, pauses it as "reply
 * likely". `fetchFeed` answers the feed's XML, or null on any failure (signed out, offline): then
 * nothing happens and the next safety alarm tries again. Its cost follows the feed, not the
 * pipeline: the mailboxes come from an index's keys, and only an entry not seen before reads deals
 * (the ones it may be from, by index).
 */
export function checkGmailFeeds(
  db: AppDB,
  input: { fetchFeed: (accountIndex: number) => Promise<string | null> },
  now: number,
): Promise<Result<{ flagged: Id[] }>> {
  return attempt(async () => {
    const accounts = gmailAccountsToWatch(await activeGmailAccounts(db));
    if (accounts.length === 0) return { flagged: [] };
    const seen = new Set((await getMeta(db, FEED_SEEN_KEY)) ?? []);
    const flagged: Id[] = [];
    for (const index of accounts) {
      let xml: string | null = null;
      try {
        xml = await input.fetchFeed(index);
      } catch {
        xml = null;
      }
      if (!xml) continue;
      for (const entry of parseGmailFeed(xml)) {
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
        for (const deal of await unflaggedWaitingDealsFrom(db, { email: entry.author.email, name: '' })) {
          if (flagged.includes(deal.id)) continue;
          if (entry.at !== 0 && entry.at <= deal.createdAt) continue;
          const likely: ReplyLikely = { at: entry.at || now, from: entry.author.email, source: 'gmail-feed' };
          // Read as in the thread: an automatic reply pauses until the day back, else a likely reply.
          const seenHere = { ...likely, subject: entry.title, text: entry.summary };
          if (await noticeOutsideThread(db, deal, seenHere, now)) flagged.push(deal.id);
        }
      }
    }
    await putMeta(db, FEED_SEEN_KEY, [...seen].slice(-SEEN_CAP));
    return { flagged };
  });
}
