// Read-only questions about follow-ups. "What is due" reads the [status+dueAt] index alone: a
// paused deal's follow-ups have status 'paused', so no join with deals is needed.
import { Dexie, type Table } from 'dexie';
import type { Deal, FollowUp, Id } from '../model';
import type { AppDB } from './schema';

/** Due follow-ups with lower ≤ dueAt ≤ upper (each bound can be made exclusive), oldest first. */
function dueRange(db: AppDB, lower: number, upper: number, includeLower = true, includeUpper = true) {
  return db.followUps
    .where('[status+dueAt]')
    .between(['due', lower], ['due', upper], includeLower, includeUpper);
}

/** Everything due until `until` (inclusive), overdue included, oldest first. */
export function dueFollowUps(db: AppDB, until: number): Promise<FollowUp[]> {
  return dueRange(db, Dexie.minKey, until).toArray();
}

/** Due follow-ups with from ≤ dueAt ≤ to, oldest first. */
export function followUpsDueBetween(db: AppDB, from: number, to: number): Promise<FollowUp[]> {
  if (to < from) return Promise.resolve([]);
  return dueRange(db, from, to).toArray();
}

/** Due follow-ups whose instant has passed (dueAt < now), oldest first. */
export function overdueFollowUps(db: AppDB, now: number): Promise<FollowUp[]> {
  return dueRange(db, Dexie.minKey, now, true, false).toArray();
}

/** How many are due until `until`: an index count, no record read (the toolbar badge). */
export function countDue(db: AppDB, until: number): Promise<number> {
  return dueRange(db, Dexie.minKey, until).count();
}

/** The first due follow-up strictly after `after` (the next alarm). */
export function nextDueAfter(db: AppDB, after: number): Promise<FollowUp | undefined> {
  return dueRange(db, after, Number.POSITIVE_INFINITY, false, true).first();
}

/** A deal's follow-ups by step, then due instant (then creation, for a stable order). */
export async function followUpsForDeal(db: AppDB, dealId: Id): Promise<FollowUp[]> {
  const list = await db.followUps.where('dealId').equals(dealId).toArray();
  return list.sort((a, b) => a.stepIndex - b.stepIndex || a.dueAt - b.dueAt || a.createdAt - b.createdAt);
}

/** Every pending follow-up ('due' or 'paused') of every deal, by due instant (a vacation shift moves them). */
export async function pendingFollowUps(db: AppDB): Promise<FollowUp[]> {
  const byStatus = (status: FollowUp['status']) =>
    db.followUps.where('[status+dueAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]).toArray();
  const [due, paused] = await Promise.all([byStatus('due'), byStatus('paused')]);
  return [...due, ...paused].sort((a, b) => a.dueAt - b.dueAt);
}

// Deals by index (schema v3, the deals branch): a deal without a next step, or without a likely
// reply, is simply not in that index, so a range of it reads only the deals it answers.

/** The deals' index of the next step's instant ("today's appointments"). */
export const NEXT_STEP_AT_INDEX = 'nextStep.at';
/** The deals' index of a likely reply's instant (the badge counts them). */
export const REPLY_LIKELY_AT_INDEX = 'replyLikely.at';

/** Whether `table` declares `index` (a database of an older schema version does not). */
export function hasIndex<T>(table: Table<T, string>, index: string): boolean {
  return table.schema.idxByName[index] !== undefined;
}

/**
 * Deals whose likely reply waits for the rep to confirm it: an index count, no record read. A deal
 * has a likely reply only while paused for it (leaving 'paused' clears it: lib/services NOT_PAUSED),
 * so the index alone answers. Before schema v3 (no index): the paused deals, read and filtered.
 */
export function countRepliesToConfirm(db: AppDB): Promise<number> {
  if (hasIndex(db.deals, REPLY_LIKELY_AT_INDEX))
    return db.deals.where(REPLY_LIKELY_AT_INDEX).between(Dexie.minKey, Dexie.maxKey).count();
  return db.deals
    .where('status')
    .equals('paused')
    .filter((d) => d.replyLikely !== null && d.replyLikely !== undefined)
    .count();
}

/** Those deals themselves (the popup's "Needs you"), oldest likely reply first. */
export function dealsWithReplyToConfirm(db: AppDB): Promise<Deal[]> {
  if (hasIndex(db.deals, REPLY_LIKELY_AT_INDEX))
    return db.deals.where(REPLY_LIKELY_AT_INDEX).between(Dexie.minKey, Dexie.maxKey).toArray();
  return db.deals
    .where('status')
    .equals('paused')
    .filter((d) => d.replyLikely !== null && d.replyLikely !== undefined)
    .sortBy('replyLikely.at');
}

/**
 * Deals whose next step falls in [from, to], earliest first: a range of the next step's index.
 * Before schema v3 (no index): every deal, read and filtered.
 */
export async function dealsWithNextStepBetween(db: AppDB, from: number, to: number): Promise<Deal[]> {
  if (to < from) return [];
  if (hasIndex(db.deals, NEXT_STEP_AT_INDEX))
    return db.deals.where(NEXT_STEP_AT_INDEX).between(from, to, true, true).toArray();
  const all = await db.deals.toArray();
  return all
    .filter(
      (d) => d.nextStep !== null && d.nextStep !== undefined && d.nextStep.at >= from && d.nextStep.at <= to,
    )
    .sort((a, b) => (a.nextStep?.at ?? 0) - (b.nextStep?.at ?? 0));
}
