// Pending follow-ups ('due' or 'paused') of one deal. Callers run these inside their transaction.
import { type Id, isPending } from '../model';
import type { AppDB } from './schema';

export { isPending };

/** Cancels every pending follow-up of the deal; returns how many. */
export function cancelPending(db: AppDB, dealId: Id): Promise<number> {
  return db.followUps.where('dealId').equals(dealId).filter(isPending).modify({ status: 'cancelled' });
}
