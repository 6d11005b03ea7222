// What the background keeps in time, as data: the database is the truth, alarms and the badge are
// its cache. This module says what is due, what the badge counts, when the next alarms fall and
// what a notification says; entrypoints/background/ turns that into browser calls (alarms, badge,
// notifications), so everything here runs in Node. What a notification says: notification-text.ts.
import { endOfLocalDay, nextLocalMidnight, resolveTimeZone } from '../cadence';
import { countReplyLikely, getDeal } from '../db/deals';
import { getMeta, NOTIFIED_KEY, putMeta, REPLY_NOTIFIED_KEY } from '../db/meta';
import { countDue, dueFollowUps, nextDueAfter } from '../db/queries';
import type { AppDB } from '../db/schema';
import { getSettings } from '../db/settings';
import type { Deal, FollowUp, Id } from '../model';

export const ALARM_NEXT_DUE = 'relance:next-due';
export const ALARM_SAFETY = 'relance:safety';
export const ALARM_DAY_CHANGE = 'relance:day-change';
/** Every alarm of Relance's is named with this prefix. */
export const ALARM_PREFIX = 'relance:';
/** The safety net: even if an alarm is lost, nothing waits longer than this to be noticed. */
export const SAFETY_PERIOD_MINUTES = 15;
/** More than this many follow-ups falling due together → one grouped notification. */
export const MAX_SEPARATE_NOTIFICATIONS = 3;

const FOLLOW_UP_PREFIX = 'follow-up:';
export const GROUP_NOTIFICATION_ID = 'relance:due-group';

export interface ReminderPlan {
  /** Due today and overdue, plus the likely replies waiting for the rep to confirm. */
  badgeCount: number;
  /** When the next due follow-up falls due (null: none). */
  nextDueAt: number | null;
  /** The next local midnight: the badge's "today" changes then. */
  dayChangeAt: number;
}

/** What the badge and the alarms should say at `now`, read from the database by index. */
export async function reminderPlan(db: AppDB, now: number): Promise<ReminderPlan> {
  // Index reads only (a count of [status+dueAt], a count of replyLikely.at, the first due entry
  // after now), all at once: the two that need no time zone do not wait for the settings.
  const likely = countReplyLikely(db);
  const next = nextDueAfter(db, now);
  const timeZone = resolveTimeZone(await getSettings(db));
  const [due, likelyCount, nextDue] = await Promise.all([
    countDue(db, endOfLocalDay(now, timeZone)),
    likely,
    next,
  ]);
  return {
    badgeCount: due + likelyCount,
    nextDueAt: nextDue?.dueAt ?? null,
    dayChangeAt: nextLocalMidnight(now, timeZone),
  };
}

export interface DueItem {
  followUp: FollowUp;
  deal: Deal;
}

/**
 * The follow-ups to notify now: every one that is due (overdue included: a worker asleep at the due
 * time still notifies at start-up) and was not notified for this due instant yet, of an active
 * deal. A snoozed follow-up has a new due instant, so it notifies again when the snooze ends.
 * Records them as notified; answers nothing when the rep turned notifications off.
 */
export async function takeDueToNotify(db: AppDB, now: number): Promise<DueItem[]> {
  const settings = await getSettings(db);
  const due = await dueFollowUps(db, now);
  const record = (await getMeta(db, NOTIFIED_KEY)) ?? {};
  const fresh = due.filter((f) => record[f.id] !== f.dueAt);
  // Keep the record small: only follow-ups still due matter.
  const nextRecord: Record<Id, number> = {};
  for (const f of due) nextRecord[f.id] = f.dueAt;
  await putMeta(db, NOTIFIED_KEY, nextRecord);
  if (fresh.length === 0 || !settings.notifications) return [];
  const items: DueItem[] = [];
  for (const followUp of fresh) {
    const deal = await getDeal(db, followUp.dealId);
    if (deal && belongsOnScreen(followUp, deal, now)) items.push({ followUp, deal });
  }
  return items;
}

/** A follow-up's notification belongs on screen while the step is due, its instant passed, its deal active. */
function belongsOnScreen(followUp: FollowUp, deal: Deal | undefined, now: number): boolean {
  return followUp.status === 'due' && followUp.dueAt <= now && deal?.status === 'active';
}

/** How many reply notifications' states are kept (more are never on screen at once). */
const REPLY_NOTIFIED_MAX = 50;

/**
 * What a reply notification describes of its deal: its status, its pause, its likely reply and
 * Relance's reading of the message. Another state (the rep confirmed, corrected, resumed, closed
 * the deal) makes the notification untrue.
 */
export function replyStateOf(deal: Deal): string {
  const d = deal.replyDecision ?? null;
  return [
    deal.status,
    deal.pausedUntil ?? '',
    deal.replyLikely?.at ?? '',
    d ? `${d.kind}:${d.at}:${d.corrected}` : '',
  ].join('|');
}

/** Records the reply notification just shown for `deal`, with the state it describes. */
export async function recordReplyNotified(db: AppDB, deal: Deal): Promise<void> {
  const record = (await getMeta(db, REPLY_NOTIFIED_KEY)) ?? {};
  delete record[deal.id];
  const kept = Object.entries(record).slice(-(REPLY_NOTIFIED_MAX - 1));
  await putMeta(db, REPLY_NOTIFIED_KEY, { ...Object.fromEntries(kept), [deal.id]: replyStateOf(deal) });
}

/**
 * Which of the notifications on screen (`shownIds`) no longer say something true, to clear: a
 * follow-up done, skipped, snoozed or cancelled since, or whose deal answered, paused, was won or
 * lost (the rep must not call a prospect who just wrote back); the grouped one once nothing is due;
 * a reply notification once its deal is gone, closed, or in another reply state than it described
 * (the rep confirmed or corrected it, in the popup or the thread). Reads only the records on screen
 * (a handful), never every deal.
 */
export async function staleNotifications(
  db: AppDB,
  shownIds: readonly string[],
  now: number,
): Promise<string[]> {
  const stale: string[] = [];
  let replies: Record<Id, string> | undefined;
  for (const id of shownIds) {
    if (id === GROUP_NOTIFICATION_ID) {
      if ((await countDue(db, now)) === 0) stale.push(id);
      continue;
    }
    const replyDealId = dealIdOfReplyNotification(id);
    if (replyDealId) {
      replies ??= (await getMeta(db, REPLY_NOTIFIED_KEY)) ?? {};
      const deal = await getDeal(db, replyDealId);
      const described = replies[replyDealId];
      const closed = !deal || deal.status === 'won' || deal.status === 'lost';
      if (closed || (described !== undefined && described !== replyStateOf(deal))) stale.push(id);
      continue;
    }
    const followUpId = followUpIdOf(id);
    if (!followUpId) continue;
    const followUp = await db.followUps.get(followUpId);
    const deal = followUp && (await getDeal(db, followUp.dealId));
    if (!followUp || !belongsOnScreen(followUp, deal, now)) stale.push(id);
  }
  return stale;
}

/** The notification of one due follow-up. */
export function followUpNotificationId(followUpId: Id): string {
  return FOLLOW_UP_PREFIX + followUpId;
}

/** Which follow-up a notification is about (null for the grouped one). */
export function followUpIdOf(notificationId: string): Id | null {
  return notificationId.startsWith(FOLLOW_UP_PREFIX) ? notificationId.slice(FOLLOW_UP_PREFIX.length) : null;
}

const REPLY_PREFIX = 'relance:reply:';

/** The notification of what a prospect's message, seen outside the thread, made Relance do. */
export function replyNotificationId(dealId: Id): string {
  return REPLY_PREFIX + dealId;
}

/** Which deal a reply notification is about (null for any other notification). */
export function dealIdOfReplyNotification(notificationId: string): Id | null {
  return notificationId.startsWith(REPLY_PREFIX) ? notificationId.slice(REPLY_PREFIX.length) : null;
}
