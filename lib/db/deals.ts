// Deals, read: by id, by thread, and the ones still waiting on the prospect. Every change of a deal
// is a use case of lib/services (it writes the deal, its follow-ups and its events together).
import type { Deal, Id, Provider } from '../model';
import type { AppDB } from './schema';

export function getDeal(db: AppDB, id: Id): Promise<Deal | undefined> {
  return db.deals.get(id);
}

export function getDealByThread(db: AppDB, provider: Provider, threadId: string): Promise<Deal | undefined> {
  return db.deals.where('[provider+threadId]').equals([provider, threadId]).first();
}

/** Deals still waiting on the prospect (active or paused), the only ones a reply can change. */
export function waitingDeals(db: AppDB): Promise<Deal[]> {
  return db.deals.where('status').anyOf('active', 'paused').toArray();
}

/** Deals waiting for the rep to confirm a likely reply: the badge counts them. */
export function countReplyLikely(db: AppDB): Promise<number> {
  return db.deals
    .where('status')
    .equals('paused')
    .filter((d) => d.replyLikely !== null && d.replyLikely !== undefined)
    .count();
}
