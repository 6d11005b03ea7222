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

/**
 * The Gmail mailboxes of the active deals, as the [status+gmailAccounts] index (schema v6) keeps
 * them: its distinct keys in the 'active' range, one per set of mailboxes — keys only, no record
 * read, however many deals there are (lib/replies gmailAccountsToWatch makes the list).
 */
export async function activeGmailAccounts(db: AppDB): Promise<Pick<Deal, 'status' | 'gmailAccounts'>[]> {
  const keys = await db.deals
    .where('[status+gmailAccounts]')
    // In IndexedDB's key order, [] sorts before every array of numbers and [[]] after them.
    .between(['active', []], ['active', [[]]], true, true)
    .uniqueKeys();
  return keys.flatMap((key) => {
    const accounts: unknown = Array.isArray(key) ? key[1] : undefined;
    if (!Array.isArray(accounts)) return [];
    const gmailAccounts = accounts.filter((n): n is number => typeof n === 'number');
    return [{ status: 'active' as const, gmailAccounts }];
  });
}

/**
 * The deals having one of these prospectKeys (schema v6; lib/model senderKeys gives a sender's: two
 * at most): the deals a message may be from, each deal once, in primary-key order. One equality
 * look-up of the multi-entry index per key, so only matching records are read (anyOf would walk a
 * cursor that may land on others). Whether a reply can still change them is the caller's to check.
 */
export async function dealsByProspectKeys(db: AppDB, keys: readonly string[]): Promise<Deal[]> {
  const found = await Promise.all(keys.map((key) => db.deals.where('prospectKeys').equals(key).toArray()));
  const byId = new Map(found.flat().map((deal) => [deal.id, deal]));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
