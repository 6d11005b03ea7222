// Deals, read: by id, by thread, and the ones still waiting on the prospect. Every change of a deal
// is a use case of lib/services (it writes the deal, its follow-ups and its events together).
import { Dexie } from 'dexie';
import { type Deal, type Id, type Provider, threadKey } from '../model';
import type { AppDB } from './schema';

export function getDeal(db: AppDB, id: Id): Promise<Deal | undefined> {
  return db.deals.get(id);
}

/** The deal a thread belongs to (the unique multi-entry index on threadKeys: one at most). */
export function getDealByThread(db: AppDB, provider: Provider, threadId: string): Promise<Deal | undefined> {
  return db.deals.where('threadKeys').equals(threadKey({ provider, threadId })).first();
}

/** Deals still waiting on the prospect (active or paused), the only ones a reply can change. */
export function waitingDeals(db: AppDB): Promise<Deal[]> {
  return db.deals.where('status').anyOf('active', 'paused').toArray();
}

/**
 * Deals waiting for the rep to confirm a likely reply: the badge counts them — an index count of
 * replyLikely.at, no record read. A deal has a likely reply only while paused for it (leaving
 * 'paused' clears it: lib/services NOT_PAUSED), so the index alone answers.
 */
export function countReplyLikely(db: AppDB): Promise<number> {
  return db.deals.where('replyLikely.at').aboveOrEqual(Dexie.minKey).count();
}

/** Those deals themselves (the popup's "Needs you"), oldest likely reply first (the replyLikely.at index). */
export function dealsWithReplyToConfirm(db: AppDB): Promise<Deal[]> {
  return db.deals.where('replyLikely.at').aboveOrEqual(Dexie.minKey).toArray();
}

/** Deals whose next step falls in [from, to] (the nextStep.at index), soonest first: today's appointments. */
export function dealsWithNextStepBetween(db: AppDB, from: number, to: number): Promise<Deal[]> {
  if (to < from) return Promise.resolve([]);
  return db.deals.where('nextStep.at').between(from, to, true, true).toArray();
}

/** The most recently changed deals first (the updatedAt index): the deals page's first rows. */
export function recentDeals(db: AppDB, limit: number): Promise<Deal[]> {
  return db.deals.orderBy('updatedAt').reverse().limit(limit).toArray();
}

/**
 * Paused deals whose out-of-office pause ended by `now` (the pausedUntil index, schema v5: a deal
 * without a return date is not in it), soonest first. Leaving 'paused' clears pausedUntil; the
 * status is checked all the same.
 */
export async function dealsPausedUntilBy(db: AppDB, now: number): Promise<Deal[]> {
  const deals = await db.deals.where('pausedUntil').belowOrEqual(now).toArray();
  return deals.filter((d) => d.status === 'paused');
}
