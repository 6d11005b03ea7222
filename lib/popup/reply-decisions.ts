// The popup's rows for deals a prospect's message left waiting for the rep (lib/replies/why.ts
// needsRepAfterReply): answered, asked to stop, out of office. Read by the status index: only
// paused and answered deals can be such (a closed deal needs nothing), newest decision first.
import type { AppDB } from '../db/schema';
import type { Deal } from '../model';
import { needsRepAfterReply } from '../replies/why';

export async function loadReplyDecisions(db: AppDB, now: number): Promise<Deal[]> {
  const deals = await db.deals.where('status').anyOf(['paused', 'replied']).toArray();
  return deals
    .filter((deal) => needsRepAfterReply(deal, now))
    .sort((a, b) => (b.replyDecision?.at ?? 0) - (a.replyDecision?.at ?? 0));
}
