// Read-only questions about follow-ups. "What is due" reads the [status+dueAt] index alone: a
// paused deal's follow-ups have status 'paused', so no join with deals is needed.
import { Dexie } from 'dexie';
import type { FollowUp, FollowUpStatus, Id, TemplateKind } from '../model';
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

/**
 * Follow-ups of a template kind in a status (the [templateKind+status] index, schema v5; one
 * without a template is not in it): the popup's done breakups, without reading every done follow-up.
 */
export function followUpsOfKind(db: AppDB, kind: TemplateKind, status: FollowUpStatus): Promise<FollowUp[]> {
  return db.followUps.where('[templateKind+status]').equals([kind, status]).toArray();
}
