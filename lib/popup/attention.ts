// Deals that need the rep's word rather than a follow-up: a likely reply seen outside the thread
// (to confirm), and a breakup met with silence for the set days (to close as lost). Read by index:
// the likely replies' index (replyLikely.at); done breakups ([templateKind+status], schema v5: a breakup may be
// marked done before its due date) and
// template-insertion events older than the wait. Its own live query: it never delays the rows.
import { dealsWithReplyToConfirm } from '../db/deals';
import { eventsForDeal } from '../db/events';
import { followUpsForDeal, followUpsOfKind } from '../db/queries';
import type { AppDB } from '../db/schema';
import { getSettings } from '../db/settings';
import type { Deal } from '../model';
import { DAY_MS, lostProposal } from '../panel/logic';

export interface Attention {
  replyLikely: Deal[];
  proposeLost: { deal: Deal; silentDays: number }[];
}

export async function loadAttention(db: AppDB, now: number): Promise<Attention> {
  const settings = await getSettings(db);
  const replyLikely = await dealsWithReplyToConfirm(db);

  const before = now - settings.breakupWaitDays * DAY_MS;
  const [doneBreakups, insertedBreakups] = await Promise.all([
    followUpsOfKind(db, 'breakup', 'done').then((list) => list.filter((f) => (f.handledAt ?? now) <= before)),
    db.events
      .where('[type+at]')
      .between(['template-inserted', 0], ['template-inserted', before], true, true)
      .filter((e) => e.type === 'template-inserted' && e.data.kind === 'breakup')
      .toArray(),
  ]);
  const candidates = new Set([
    ...doneBreakups.map((f) => f.dealId),
    ...insertedBreakups.map((e) => e.dealId),
  ]);
  const proposeLost: Attention['proposeLost'] = [];
  for (const dealId of candidates) {
    const deal = await db.deals.get(dealId);
    if (!deal) continue;
    const [followUps, events] = await Promise.all([followUpsForDeal(db, dealId), eventsForDeal(db, dealId)]);
    const proposal = lostProposal(deal, followUps, events, settings.breakupWaitDays, now);
    if (proposal) proposeLost.push({ deal, silentDays: proposal.silentDays });
  }
  proposeLost.sort((a, b) => b.silentDays - a.silentDays);
  return { replyLikely, proposeLost };
}
