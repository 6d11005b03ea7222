// Noticing answers: in a thread the rep opens (every webmail), in Outlook's message list, and (in
// gmail-feed.ts, apart: the feed's XML parser is the worker's only) in Gmail's feed of unread mail. An answer stops the cadence; a likely
// answer seen outside the thread pauses it until the rep confirms; an out-of-office pauses it until
// the prospect is back. What is an answer is lib/replies' to say; these use cases write it.
import { addDays } from 'date-fns';
import { localDate } from '../cadence';
import { dealsByProspectKeys } from '../db/deals';
import { appendEvent } from '../db/events';
import { getMeta, LIST_SEEN_KEY, putMeta } from '../db/meta';
import type { AppDB } from '../db/schema';
import { getSeenMessages, putSeenMessages } from '../db/seen-messages';
import { getSettings } from '../db/settings';
import type { ListRow, ThreadSnapshot } from '../mail/adapter';
import { newMessages, rememberMessages, type SeenMessages } from '../mail/new-mail';
import {
  type Deal,
  type Id,
  isPending,
  PAUSE_REASONS,
  type ReplyDecision,
  type ReplyLikely,
  type Settings,
  senderKeys,
} from '../model';
import { LIMITS } from '../model/limits';
import { classifyReply } from '../replies/classify';
import { isWaiting, type NewMessagesReading, outOfOfficeUntil, readNewMessages } from '../replies/watch';
import { recordSeenMessages } from './deals';
import { requireDeal } from './guards';
import { markReplied, pauseAutomatically, resume } from './lifecycle';
import { attempt, type Result, refuse } from './result';

/**
 * New messages in a tracked thread: the thread's messages Relance had not seen (by key, newer than
 * the newest seen: lib/mail/new-mail.ts), read as a person would (lib/replies classifyReply). An
 * answer stops the cadence ('replied'); a request to stop ("not interested", "remove me") stops it
 * too and proposes "lost" with that reason (replyDecision.optOut, for the rep to confirm with
 * markLost); an automatic reply pauses it until the return day (a week when none is read). The
 * decision is kept on the deal (replyDecision) for the panel, popup and notification to say why.
 * The rep's own messages change nothing; the snapshot's keys are remembered either way. `texts` is
 * the adapter's readMessageTexts, aligned with snapshot.messages (may be empty).
 */
export function reportMessages(
  db: AppDB,
  input: { dealId: Id; snapshot: ThreadSnapshot; texts?: readonly string[] },
  now: number,
): Promise<Result<Deal>> {
  return attempt(() =>
    db.transaction('rw', [db.deals, db.followUps, db.events, db.seenMessages, db.settings], async () => {
      const { snapshot } = input;
      const deal = await requireDeal(db, input.dealId);
      const seen = await getSeenMessages(db, deal.id, snapshot.provider, snapshot.threadId);
      // Nothing recorded (a deal restored from a backup, another deal's thread): remembered, not new.
      const fresh = seen ? newMessages(seen, snapshot) : [];
      if (fresh.length > 0) {
        const settings = await getSettings(db);
        const texts = input.texts ?? [];
        const found = readNewMessages(fresh, (m) => texts[snapshot.messages.indexOf(m)] ?? '', {
          account: snapshot.account,
          ownAddresses: settings.ownAddresses,
          contactEmail: deal.contact.email,
          today: localDate(now, settings),
        });
        if (found) await decide(db, deal, found, now, settings);
      }
      await rememberSeen(db, deal.id, snapshot, seen, now);
      return recordSeenMessages(db, deal.id, snapshot.messages.length, now);
    }),
  );
}

/** Writes what the thread's messages show as seen (a thread without readable keys keeps its record). */
async function rememberSeen(
  db: AppDB,
  dealId: Id,
  snapshot: ThreadSnapshot,
  seen: SeenMessages | null,
  now: number,
): Promise<void> {
  const next = rememberMessages(seen, snapshot);
  if (next.keys.length === 0 && seen) return;
  if (seen && sameSeen(seen, next)) return;
  await putSeenMessages(
    db,
    { dealId, provider: snapshot.provider, threadId: snapshot.threadId, seen: next },
    now,
  );
}

function sameSeen(a: SeenMessages, b: SeenMessages): boolean {
  return (
    a.legacyCount === b.legacyCount &&
    a.newestAt === b.newestAt &&
    a.keys.length === b.keys.length &&
    a.keys.every((k, i) => k === b.keys[i])
  );
}

/**
 * A tracked thread's messages as seen now (the first look: none of them is new). The background
 * calls it when a thread is tracked.
 */
export function rememberThread(
  db: AppDB,
  input: { dealId: Id; snapshot: ThreadSnapshot },
  now: number,
): Promise<Result<null>> {
  return attempt(async () => {
    const deal = await requireDeal(db, input.dealId);
    const seen = await getSeenMessages(db, deal.id, input.snapshot.provider, input.snapshot.threadId);
    await rememberSeen(db, deal.id, input.snapshot, seen, now);
    return null;
  });
}

/** The decision for a waiting deal (and a refusal after an answer), kept on the deal to say why. */
async function decide(
  db: AppDB,
  deal: Deal,
  found: NewMessagesReading,
  now: number,
  settings: Settings,
): Promise<void> {
  const { reading, from } = found;
  const base = { at: now, from, cue: '', returnDay: null, optOut: null, corrected: false, stopped: null };
  let decision: ReplyDecision;
  if (reading.kind === 'auto-reply') {
    if (!isWaiting(deal)) return;
    const until = outOfOfficeUntil(reading.returnDay, now, settings);
    await pauseAutomatically(db, { dealId: deal.id, reason: PAUSE_REASONS.outOfOffice, until }, now);
    decision = { ...base, kind: 'auto-reply', cue: clip(reading.cue), returnDay: reading.returnDay };
  } else {
    const refusal = reading.kind === 'opt-out';
    if (!isWaiting(deal) && !(refusal && deal.status === 'replied')) return;
    const stopped = isWaiting(deal) ? await stopCadence(db, deal, from, now) : null;
    decision = refusal
      ? { ...base, kind: 'opt-out', cue: clip(reading.cue), optOut: reading.reason, stopped }
      : { ...base, kind: 'answer', cue: clip(reading.absence ?? ''), stopped };
  }
  await db.deals.update(deal.id, { replyDecision: decision });
}

const clip = (text: string) => text.slice(0, LIMITS.replyCue);

/** Stops the cadence as an answer does, keeping what "It was automatic" puts back. */
async function stopCadence(
  db: AppDB,
  deal: Deal,
  from: string,
  now: number,
): Promise<ReplyDecision['stopped']> {
  const followUpIds = (
    await db.followUps.where('dealId').equals(deal.id).filter(isPending).primaryKeys()
  ).map(String);
  await markReplied(db, deal.id, from, now);
  return { cadence: deal.cadence, followUpIds };
}

/**
 * The rep corrects Relance's reading of the latest reply. `answer` ("It's an answer"): an
 * out-of-office pause becomes an answer (the cadence stops; the rep sets the next step). `automatic`
 * ("It was automatic"): a stopped cadence comes back, paused until the day the rep picks
 * (`returnDay`, 'yyyy-MM-dd' on the rep's calendar: its follow-up moment, on or after it, as an
 * automatic reply's return day is), else until `until`, else for a week. A day that is not after
 * now is refused. Events say both (reply; resumed/paused). Anything else is refused.
 */
export function correctReply(
  db: AppDB,
  input: { dealId: Id; as: 'answer' | 'automatic'; until?: number; returnDay?: string },
  now: number,
): Promise<Result<Deal>> {
  return attempt(() =>
    db.transaction('rw', [db.deals, db.followUps, db.events, db.settings], async () => {
      const deal = await requireDeal(db, input.dealId);
      const decision = deal.replyDecision ?? null;
      if (input.as === 'answer') {
        if (decision?.kind !== 'auto-reply' || deal.status !== 'paused') refuse('replyNotCorrectable');
        const stopped = await stopCadence(db, deal, decision.from, now);
        await db.deals.update(deal.id, {
          replyDecision: { ...decision, kind: 'answer', returnDay: null, corrected: true, stopped },
        });
        return requireDeal(db, deal.id);
      }
      if (!decision || decision.kind === 'auto-reply' || deal.status !== 'replied')
        refuse('replyNotCorrectable');
      const until = input.returnDay
        ? outOfOfficeUntil(input.returnDay, now, await getSettings(db))
        : (input.until ?? addDays(now, 7).getTime());
      if (until <= now) refuse('replyNotCorrectable');
      const ids = decision.stopped?.followUpIds ?? [];
      await db.followUps
        .where('id')
        .anyOf(ids)
        .filter((f) => f.status === 'cancelled')
        .modify({ status: 'paused' });
      const next: Deal = {
        ...deal,
        status: 'paused',
        cadence: decision.stopped?.cadence ?? deal.cadence,
        pausedAt: now,
        pauseReason: PAUSE_REASONS.outOfOffice,
        pausedUntil: until,
        replyLikely: null,
        replyDecision: { ...decision, kind: 'auto-reply', optOut: null, corrected: true, stopped: null },
        updatedAt: now,
      };
      await db.deals.put(next);
      await appendEvent(db, deal.id, 'paused', { reason: PAUSE_REASONS.outOfOffice }, now);
      return next;
    }),
  );
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

/**
 * A message from a waiting deal's side seen outside the thread (Gmail's feed: its subject and
 * snippet; Outlook's list: its subject), read as in the thread (classifyReply): an automatic reply
 * pauses the deal until the return day, as in the thread, and says why; anything else is a likely
 * reply for the rep to confirm (flagReplyLikely). Whether the deal changed.
 */
export async function noticeOutsideThread(
  db: AppDB,
  deal: Deal,
  seen: ReplyLikely & { subject: string; text: string },
  now: number,
): Promise<boolean> {
  if (!isWaiting(deal) || deal.replyLikely) return false;
  const settings = await getSettings(db);
  const reading = classifyReply(
    { subject: seen.subject, text: seen.text },
    { today: localDate(now, settings) },
  );
  if (reading.kind !== 'auto-reply')
    return flagReplyLikely(db, deal, { at: seen.at, from: seen.from, source: seen.source }, now);
  if (deal.replyDecision?.kind === 'auto-reply' && deal.status === 'paused') return false;
  const until = outOfOfficeUntil(reading.returnDay, now, settings);
  await pauseAutomatically(db, { dealId: deal.id, reason: PAUSE_REASONS.outOfOffice, until }, now);
  const decision: ReplyDecision = {
    kind: 'auto-reply',
    at: now,
    from: seen.from.trim().toLowerCase().slice(0, LIMITS.email),
    cue: clip(reading.cue),
    returnDay: reading.returnDay,
    optOut: null,
    corrected: false,
    stopped: null,
  };
  await db.deals.update(deal.id, { replyDecision: decision });
  return true;
}

/** How many feed entries and list rows are remembered as read. */
export const SEEN_CAP = 500;

/**
 * The deals a message from `sender` may change: the ones it is from (the prospectKeys index: the
 * contact's address, the contact's company domain, or, for a list row without an address, the
 * contact's exact name), still waiting on the prospect and not already flagged. In the order the
 * status index gives (active, then paused; by id), as when every waiting deal was read.
 */
export async function unflaggedWaitingDealsFrom(
  db: AppDB,
  sender: { email: string; name: string },
): Promise<Deal[]> {
  const deals = await dealsByProspectKeys(db, senderKeys(sender));
  const rank = (deal: Deal) => (deal.status === 'active' ? 0 : 1);
  return deals.filter((d) => isWaiting(d) && !d.replyLikely).sort((a, b) => rank(a) - rank(b));
}

/**
 * Unread rows of Outlook's message list from a waiting deal's contact or company: reply likely.
 * Rows already seen read no deal; each new row reads only the deals it is from (by index).
 */
export function reportListRows(
  db: AppDB,
  input: { rows: readonly ListRow[] },
  now: number,
): Promise<Result<{ flagged: Id[] }>> {
  return attempt(async () => {
    const unread = input.rows.filter((row) => row.unread && (row.from.email || row.from.name));
    if (unread.length === 0) return { flagged: [] };
    const seen = new Set((await getMeta(db, LIST_SEEN_KEY)) ?? []);
    const flagged: Id[] = [];
    for (const row of unread) {
      const key = `${row.from.email || row.from.name}|${row.subject}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // By address when the row shows one; some list layouts show only the name: the contact's exact name then.
      for (const deal of await unflaggedWaitingDealsFrom(db, row.from)) {
        if (flagged.includes(deal.id)) continue;
        const likely: ReplyLikely = {
          at: now,
          from: row.from.email || row.from.name,
          source: 'outlook-list',
        };
        if (await noticeOutsideThread(db, deal, { ...likely, subject: row.subject, text: '' }, now))
          flagged.push(deal.id);
      }
    }
    await putMeta(db, LIST_SEEN_KEY, [...seen].slice(-SEEN_CAP));
    return { flagged };
  });
}
