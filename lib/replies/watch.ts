// Noticing answers, with the database: in a thread the rep opens (every webmail), in Gmail's feed
// of unread mail without opening anything, and in Outlook's message list. An answer stops the
// cadence; a likely answer seen outside the thread pauses it until the rep confirms; an
// out-of-office pauses it until the prospect is back.
import { addDays } from 'date-fns';
import { followUpMomentOnOrAfter, localDate } from '../cadence';
import type { AppDB } from '../db';
import { getSettings, markReplied, pauseAutomatically, recordSeenMessages, resumeDeal } from '../db';
import type { ListRow, ThreadSnapshot } from '../mail/adapter';
import { type Deal, type Id, PAUSE_REASONS, type ReplyLikely, type Settings } from '../model';
import { autoReplyLanguage } from './auto-reply';
import { classifyMessage, isProspectSide } from './classify';
import { parseGmailFeed } from './feed';
import { findReturnDate } from './return-date';

/** A deal still waiting on the prospect: the only ones a reply can change. */
function isWaiting(deal: Deal): boolean {
  return deal.status === 'active' || deal.status === 'paused';
}

/** When an out-of-office pause ends: the return date's follow-up moment, else a week from now. */
export function outOfOfficeUntil(text: string, now: number, settings: Settings): number {
  const today = localDate(now, settings);
  const back = findReturnDate(text, today, autoReplyLanguage(text));
  if (back) return followUpMomentOnOrAfter(back, settings);
  return addDays(now, 7).getTime();
}

/**
 * New messages in a tracked thread, classified: the prospect's answer stops the cadence ('replied');
 * an automatic reply pauses it until the return date; the rep's own messages change nothing.
 * `texts` is the adapter's readMessageTexts, aligned with snapshot.messages (may be empty).
 */
export async function applyThreadMessages(
  db: AppDB,
  deal: Deal,
  snapshot: ThreadSnapshot,
  texts: readonly string[],
  now: number,
): Promise<Deal> {
  const firstUnseen = Math.min(deal.seenMessageCount, snapshot.messages.length);
  if (snapshot.messages.length <= deal.seenMessageCount) return deal;
  const settings = await getSettings(db);
  const own = new Set([...(snapshot.account ? [snapshot.account] : []), ...settings.ownAddresses]);
  const ctx = { own, contactEmail: deal.contact.email.toLowerCase(), today: localDate(now, settings) };
  let reply: string | null = null;
  let autoReplyText: string | null = null;
  snapshot.messages.slice(firstUnseen).forEach((message, i) => {
    const text = texts[firstUnseen + i] ?? '';
    const kind = classifyMessage({ from: message.from, text }, ctx);
    if (kind === 'reply') reply ??= message.from.email;
    if (kind === 'auto-reply') autoReplyText = text;
  });
  if (isWaiting(deal)) {
    if (reply !== null) await markReplied(db, deal.id, reply, now);
    else if (autoReplyText !== null) {
      await pauseAutomatically(
        db,
        deal.id,
        { reason: PAUSE_REASONS.outOfOffice, until: outOfOfficeUntil(autoReplyText, now, settings) },
        now,
      );
    }
  }
  return recordSeenMessages(db, deal.id, snapshot.messages.length, now);
}

/** The rep opened the thread of a likely reply and says whether it was one. */
export async function confirmReply(db: AppDB, deal: Deal, replied: boolean, now: number): Promise<Deal> {
  if (replied) return markReplied(db, deal.id, deal.replyLikely?.from ?? deal.contact.email, now);
  return deal.status === 'paused' ? resumeDeal(db, deal.id, now) : deal;
}

async function flagReplyLikely(db: AppDB, deal: Deal, likely: ReplyLikely, now: number): Promise<boolean> {
  if (!isWaiting(deal) || deal.replyLikely) return false;
  await pauseAutomatically(db, deal.id, { reason: PAUSE_REASONS.replyLikely, replyLikely: likely }, now);
  return true;
}

const FEED_SEEN_KEY = 'feed-seen';
const LIST_SEEN_KEY = 'list-rows-seen';
const SEEN_CAP = 500;

async function seenSet(db: AppDB, key: string): Promise<Set<string>> {
  const value = (await db.meta.get(key))?.value;
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
}
async function saveSeen(db: AppDB, key: string, seen: Set<string>): Promise<void> {
  await db.meta.put({ key, value: [...seen].slice(-SEEN_CAP) });
}

/** Gmail mailbox indexes (/mail/u/N/) of the waiting Gmail deals: the feeds worth reading. */
export function gmailAccountsToWatch(deals: readonly Deal[]): number[] {
  const indexes = new Set<number>();
  for (const deal of deals) {
    if (deal.provider !== 'gmail' || deal.status !== 'active') continue;
    const m = /^https:\/\/mail\.google\.com\/mail\/u\/(\d{1,2})\//.exec(deal.url);
    indexes.add(m ? Number(m[1]) : 0);
  }
  return [...indexes].sort((a, b) => a - b);
}

/**
 * Reads the Gmail feeds of the mailboxes the rep uses, only while active deals exist. An unread
 * message from a waiting deal's contact or company, newer than the deal, pauses it as "reply
 * likely". `fetchFeed` answers the feed's XML, or null on any failure (signed out, offline): then
 * nothing happens and the next safety alarm tries again.
 */
export async function checkGmailFeeds(
  db: AppDB,
  fetchFeed: (accountIndex: number) => Promise<string | null>,
  now: number,
): Promise<{ flagged: Id[] }> {
  const waiting = (await db.deals.where('status').anyOf('active', 'paused').toArray()).filter(
    (d) => !d.replyLikely,
  );
  const accounts = gmailAccountsToWatch(waiting);
  if (accounts.length === 0) return { flagged: [] };
  const seen = await seenSet(db, FEED_SEEN_KEY);
  const flagged: Id[] = [];
  for (const index of accounts) {
    let xml: string | null = null;
    try {
      xml = await fetchFeed(index);
    } catch {
      xml = null;
    }
    if (!xml) continue;
    for (const entry of parseGmailFeed(xml)) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      for (const deal of waiting) {
        if (
          flagged.includes(deal.id) ||
          !isProspectSide(entry.author.email, deal.contact.email.toLowerCase())
        )
          continue;
        if (entry.at !== 0 && entry.at <= deal.createdAt) continue;
        const likely: ReplyLikely = { at: entry.at || now, from: entry.author.email, source: 'gmail-feed' };
        if (await flagReplyLikely(db, deal, likely, now)) flagged.push(deal.id);
      }
    }
  }
  await saveSeen(db, FEED_SEEN_KEY, seen);
  return { flagged };
}

/** Unread rows of Outlook's message list from a waiting deal's contact or company: reply likely. */
export async function applyListRows(
  db: AppDB,
  rows: readonly ListRow[],
  now: number,
): Promise<{ flagged: Id[] }> {
  const unread = rows.filter((row) => row.unread && (row.from.email || row.from.name));
  if (unread.length === 0) return { flagged: [] };
  const waiting = (await db.deals.where('status').anyOf('active', 'paused').toArray()).filter(
    (d) => !d.replyLikely,
  );
  const seen = await seenSet(db, LIST_SEEN_KEY);
  const flagged: Id[] = [];
  for (const row of unread) {
    const key = `${row.from.email || row.from.name}|${row.subject}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const deal of waiting) {
      const byAddress =
        row.from.email !== '' && isProspectSide(row.from.email, deal.contact.email.toLowerCase());
      // Some list layouts show only the name: the contact's exact name then.
      const byName = row.from.email === '' && deal.contact.name !== '' && row.from.name === deal.contact.name;
      if (flagged.includes(deal.id) || !(byAddress || byName)) continue;
      const likely: ReplyLikely = { at: now, from: row.from.email || row.from.name, source: 'outlook-list' };
      if (await flagReplyLikely(db, deal, likely, now)) flagged.push(deal.id);
    }
  }
  await saveSeen(db, LIST_SEEN_KEY, seen);
  return { flagged };
}

/** Deals waiting for the rep to confirm a likely reply: the badge counts them. */
export async function countReplyLikely(db: AppDB): Promise<number> {
  return db.deals
    .where('status')
    .equals('paused')
    .filter((d) => d.replyLikely !== null && d.replyLikely !== undefined)
    .count();
}
