// Deals that need the rep's word rather than a follow-up: a likely reply seen outside the thread
// (to confirm), and a breakup met with silence for the set days (to close as lost). Read by index:
// the likely replies' index (replyLikely.at); done breakups ([templateKind+status], schema v5: a breakup may be
// marked done before its due date) and
// template-insertion events. Its own live query: it never delays the rows; the clock's tick reads
// nothing (attentionAt).
import { Dexie } from 'dexie';
import { dealsWithReplyToConfirm } from '../db/deals';
import { eventsForDeal } from '../db/events';
import { followUpsForDeal, followUpsOfKind } from '../db/queries';
import type { AppDB } from '../db/schema';
import { getSettings } from '../db/settings';
import type { Deal, DealEvent, FollowUp } from '../model';
import { lostProposal } from '../panel/logic';

export interface Attention {
  replyLikely: Deal[];
  proposeLost: { deal: Deal; silentDays: number }[];
}

/**
 * What the section is made of, read from the database (by index) when the database changes, never
 * on the popup clock's tick: the likely replies, and each open deal whose breakup was sent (done,
 * or inserted into a reply) with its follow-ups and events. The clock only re-judges them in memory
 * (attentionAt): how long the silence has lasted is a matter of `now`, not of the data.
 */
export interface AttentionCandidates {
  breakupWaitDays: number;
  replyLikely: Deal[];
  breakups: { deal: Deal; followUps: FollowUp[]; events: DealEvent[] }[];
}

export async function loadAttentionCandidates(db: AppDB): Promise<AttentionCandidates> {
  const settings = await getSettings(db);
  const replyLikely = await dealsWithReplyToConfirm(db);
  const [doneBreakups, insertedBreakups] = await Promise.all([
    followUpsOfKind(db, 'breakup', 'done'),
    db.events
      .where('[type+at]')
      .between(['template-inserted', Dexie.minKey], ['template-inserted', Dexie.maxKey], true, true)
      .filter((e) => e.type === 'template-inserted' && e.data.kind === 'breakup')
      .toArray(),
  ]);
  const candidates = new Set([
    ...doneBreakups.map((f) => f.dealId),
    ...insertedBreakups.map((e) => e.dealId),
  ]);
  const breakups: AttentionCandidates['breakups'] = [];
  for (const dealId of candidates) {
    const deal = await db.deals.get(dealId);
    // A closed deal proposes nothing (lostProposal): its follow-ups and events are not read.
    if (!deal || (deal.status !== 'active' && deal.status !== 'paused')) continue;
    const [followUps, events] = await Promise.all([followUpsForDeal(db, dealId), eventsForDeal(db, dealId)]);
    breakups.push({ deal, followUps, events });
  }
  return { breakupWaitDays: settings.breakupWaitDays, replyLikely, breakups };
}

/** The section at `now`, from its candidates: in memory, for each tick of the popup's clock. */
export function attentionAt(candidates: AttentionCandidates, now: number): Attention {
  const proposeLost: Attention['proposeLost'] = [];
  for (const { deal, followUps, events } of candidates.breakups) {
    const proposal = lostProposal(deal, followUps, events, candidates.breakupWaitDays, now);
    if (proposal) proposeLost.push({ deal, silentDays: proposal.silentDays });
  }
  proposeLost.sort((a, b) => b.silentDays - a.silentDays);
  return { replyLikely: candidates.replyLikely, proposeLost };
}

export async function loadAttention(db: AppDB, now: number): Promise<Attention> {
  return attentionAt(await loadAttentionCandidates(db), now);
}
