// The popup's rows for deals a prospect's message left waiting for the rep (lib/replies/why.ts
// needsRepAfterReply): answered, asked to stop, out of office. Read by the status index: only
// paused and answered deals can be such (a closed deal needs nothing), newest decision first.
import type { AppDB } from '../db/schema';
import type { Deal } from '../model';
import { needsRepAfterReply } from '../replies/why';

/**
 * The deals a prospect's message may have left waiting for the rep: paused or answered, with a
 * decision (the status index). Read when the database changes, never on the popup clock's tick.
 */
export async function loadDecidedDeals(db: AppDB): Promise<Deal[]> {
  const deals = await db.deals.where('status').anyOf(['paused', 'replied']).toArray();
  return deals.filter((deal) => deal.replyDecision);
}

/** Those of `deals` that wait for the rep at `now`, newest decision first: in memory, for each tick. */
export function replyDecisionsAt(deals: readonly Deal[], now: number): Deal[] {
  return deals
    .filter((deal) => needsRepAfterReply(deal, now))
    .sort((a, b) => (b.replyDecision?.at ?? 0) - (a.replyDecision?.at ?? 0));
}

export async function loadReplyDecisions(db: AppDB, now: number): Promise<Deal[]> {
  return replyDecisionsAt(await loadDecidedDeals(db), now);
}
