// The funnel: how many deals reached each stage, how many went on, how long they stayed.
//
// Definitions (the figures a rep and a manager read, so each one is pinned down here):
// - A deal REACHES a step when it enters that stage, or any later step: the course's funnel is
//   ordered, so a deal moved from meeting straight to signed has passed objections, negotiation and
//   follow-up too (skipped steps count as reached, at the instant of the jump). Entering an
//   expansion stage or a 'won' event reaches the won step. It reaches each step once, at the first
//   such instant; a step reached in the period is one whose instant falls in [from, to).
// - CONVERSION to the next step follows that cohort: of the deals that reached a step in the period,
//   the share that has reached the next one by now (so it never exceeds 100%). OVERALL: of the deals
//   that reached the first step in the period, the share that has reached the won step.
// - TIME IN A STAGE: each stay (enter → leave, from 'stage-changed' events) is one sample; a deal that
//   comes back to a stage adds a second sample. Only stays that ended in the period count. The stay a
//   deal is in now counts, up to `now`, only with `countCurrentStay` (off by default: an unfinished
//   stay would pull the median down).
// - WON / LOST: deals with a 'won' / 'lost' event in the period.
// - Deals WITHOUT A NEXT STEP and OVERDUE follow-ups describe `now`, whatever the period: open deals
//   whose next step is missing or already past; follow-ups still due with dueAt < now.
import type { Deal, DealEvent, EpochMs, FollowUp, Id, Stage } from '../model';
import { dealsInCadence, type FunnelFilter, inPeriod, NO_FILTER, type Period } from './filter';
import { eventsByDeal, staysOf } from './history';
import { median } from './median';
import { type ReplyRates, replyRates } from './replies';
import { funnelStages, stepRank } from './stages';

export interface FunnelInput {
  deals: readonly Deal[];
  events: readonly DealEvent[];
  followUps: readonly FollowUp[];
  stages: readonly Stage[];
  now: EpochMs;
  filter?: FunnelFilter;
  /** Count the stay each deal is in now, up to `now`, in the medians. */
  countCurrentStay?: boolean;
}

export interface FunnelRow {
  stage: Stage;
  /** Deals that reached this step in the period. */
  reached: number;
  /** reached / the first step's reached; null when nobody reached the first step. */
  shareOfFirst: number | null;
  /** Of `reached`, how many have reached the next step by now (0 on the last step). */
  advanced: number;
  /** advanced / reached; null on the last step or when nobody reached this one. */
  conversionToNext: number | null;
  /** Of `reached`, how many are lost with this as the furthest step they reached. */
  lostHere: number;
  /** Open deals in this stage now. */
  current: number;
  /** The team's target (the stage's targetConversion), to set against shareOfFirst. */
  targetShare: number | null;
  /** Median time of the stays counted, in milliseconds; null without any. */
  medianStayMs: number | null;
  /** How many stays the median is taken over. */
  stays: number;
}

export interface FunnelStats {
  rows: FunnelRow[];
  /** Of the deals that reached the first step in the period, the share that reached the won step. */
  overallConversion: number | null;
  won: number;
  lost: number;
  replyRates: ReplyRates;
  /** Open deals whose next step is missing or past, by id. */
  withoutNextStep: Id[];
  /** Due follow-ups with dueAt < now, by id. */
  overdueFollowUps: Id[];
  /** The deals the filter kept. */
  dealCount: number;
}

const CLOSED = new Set(['won', 'lost']);

export function isOpenDeal(deal: Deal, stages: readonly Stage[]): boolean {
  const kind = stages.find((s) => s.id === deal.stageId)?.kind;
  return !CLOSED.has(deal.status) && kind === 'open';
}

/** Counted as "without a next step": an open deal whose next step is missing or already past. */
export function lacksNextStep(deal: Deal, stages: readonly Stage[], now: EpochMs): boolean {
  return isOpenDeal(deal, stages) && (deal.nextStep === null || deal.nextStep.at < now);
}

/** Counted as "overdue": a follow-up still due whose time has passed. */
export function isOverdueFollowUp(followUp: FollowUp, now: EpochMs): boolean {
  return followUp.status === 'due' && followUp.dueAt < now;
}

/** Counted "in it now" at a step: an open deal in that stage. */
export function inStageNow(deal: Deal, stageId: Id, stages: readonly Stage[]): boolean {
  return deal.stageId === stageId && isOpenDeal(deal, stages);
}

/** Counted as "reached" at a step: the deal first reached it within the period. */
export function reachedInPeriod(
  instants: readonly (EpochMs | undefined)[],
  rank: number,
  period: Period | null,
): boolean {
  const at = instants[rank];
  return at !== undefined && inPeriod(at, period);
}

/** Counted as "lost here": reached in the period, lost, and this step is the furthest it reached. */
export function lostAtStep(
  deal: Deal,
  instants: readonly (EpochMs | undefined)[],
  rank: number,
  period: Period | null,
): boolean {
  const furthest = instants.reduce<number>((max, at, r) => (at === undefined ? max : r), -1);
  return reachedInPeriod(instants, rank, period) && deal.status === 'lost' && rank === furthest;
}

/** When a deal first reached each step (index = step rank), undefined where it never did. */
export function reachedInstants(
  deal: Deal,
  events: readonly DealEvent[],
  stages: readonly Stage[],
): (EpochMs | undefined)[] {
  const funnel = funnelStages(stages);
  const wonRank = funnel.won ? funnel.steps.length - 1 : null;
  const entries: { rank: number; at: EpochMs }[] = [];
  for (const stay of staysOf(deal, events)) {
    const rank = stepRank(funnel, stages, stay.stageId);
    if (rank !== null) entries.push({ rank, at: stay.start });
  }
  if (wonRank !== null)
    for (const e of events) if (e.type === 'won') entries.push({ rank: wonRank, at: e.at });
  const instants: (EpochMs | undefined)[] = funnel.steps.map(() => undefined);
  for (const { rank, at } of entries) {
    for (let r = 0; r <= rank; r++) {
      const known = instants[r];
      if (known === undefined || at < known) instants[r] = at;
    }
  }
  return instants;
}

export function computeFunnel(input: FunnelInput): FunnelStats {
  const { stages, now } = input;
  const filter = input.filter ?? NO_FILTER;
  const { period } = filter;
  const deals = dealsInCadence(input.deals, input.events, input.followUps, filter.cadenceId);
  const dealIds = new Set(deals.map((d) => d.id));
  const events = input.events.filter((e) => dealIds.has(e.dealId));
  const followUps = input.followUps.filter((f) => dealIds.has(f.dealId));
  const byDeal = eventsByDeal(events);
  const { steps } = funnelStages(stages);
  const last = steps.length - 1;

  const reached = steps.map(() => 0);
  const advanced = steps.map(() => 0);
  const lostHere = steps.map(() => 0);
  const stayTimes = new Map<Id, number[]>(steps.map((s) => [s.id, []]));
  let firstCohort = 0;
  let firstCohortWon = 0;
  let won = 0;
  let lost = 0;

  for (const deal of deals) {
    const own = byDeal.get(deal.id) ?? [];
    const instants = reachedInstants(deal, own, stages);
    instants.forEach((_, rank) => {
      if (!reachedInPeriod(instants, rank, period)) return;
      reached[rank] = (reached[rank] ?? 0) + 1;
      if (rank < last && instants[rank + 1] !== undefined) advanced[rank] = (advanced[rank] ?? 0) + 1;
      if (lostAtStep(deal, instants, rank, period)) lostHere[rank] = (lostHere[rank] ?? 0) + 1;
      if (rank === 0) {
        firstCohort += 1;
        if (last > 0 && instants[last] !== undefined && steps[last]?.kind === 'won') firstCohortWon += 1;
      }
    });
    for (const stay of staysOf(deal, own)) {
      const end = stay.end ?? (input.countCurrentStay ? now : null);
      if (end === null || !inPeriod(end, period)) continue;
      stayTimes.get(stay.stageId)?.push(end - stay.start);
    }
    if (own.some((e) => e.type === 'won' && inPeriod(e.at, period))) won += 1;
    if (own.some((e) => e.type === 'lost' && inPeriod(e.at, period))) lost += 1;
  }

  const first = reached[0] ?? 0;
  const rows: FunnelRow[] = steps.map((stage, rank) => {
    const count = reached[rank] ?? 0;
    const times = stayTimes.get(stage.id) ?? [];
    return {
      stage,
      reached: count,
      shareOfFirst: first === 0 ? null : count / first,
      advanced: advanced[rank] ?? 0,
      conversionToNext: rank === last || count === 0 ? null : (advanced[rank] ?? 0) / count,
      lostHere: lostHere[rank] ?? 0,
      current: deals.filter((d) => inStageNow(d, stage.id, stages)).length,
      targetShare: stage.targetConversion,
      medianStayMs: median(times),
      stays: times.length,
    };
  });

  return {
    rows,
    overallConversion: firstCohort === 0 || steps[last]?.kind !== 'won' ? null : firstCohortWon / firstCohort,
    won,
    lost,
    replyRates: replyRates(events, followUps, period, filter.cadenceId),
    withoutNextStep: deals.filter((d) => lacksNextStep(d, stages, now)).map((d) => d.id),
    overdueFollowUps: followUps.filter((f) => isOverdueFollowUp(f, now)).map((f) => f.id),
    dealCount: deals.length,
  };
}

/** One number of the funnel, to list its deals (the deals page's drill-down). */
export type FunnelDrill =
  | { kind: 'reached' | 'lost-here' | 'current'; stageId: Id }
  | { kind: 'overdue' }
  | { kind: 'no-next-step' };

export const DRILL_KINDS = ['reached', 'lost-here', 'current', 'overdue', 'no-next-step'] as const;

/**
 * The deals behind one number of computeFunnel, by the very predicates it counts with: the deals
 * that reached a step, were lost at it, are in it now, lack a next step, or have an overdue
 * follow-up (the funnel counts those follow-ups; here their deals).
 */
export function funnelMembers(input: FunnelInput, drill: FunnelDrill): Id[] {
  const { stages, now } = input;
  const filter = input.filter ?? NO_FILTER;
  const deals = dealsInCadence(input.deals, input.events, input.followUps, filter.cadenceId);
  switch (drill.kind) {
    case 'current':
      return deals.filter((d) => inStageNow(d, drill.stageId, stages)).map((d) => d.id);
    case 'no-next-step':
      return deals.filter((d) => lacksNextStep(d, stages, now)).map((d) => d.id);
    case 'overdue': {
      const kept = new Set(deals.map((d) => d.id));
      const ids = new Set<Id>();
      for (const f of input.followUps) if (kept.has(f.dealId) && isOverdueFollowUp(f, now)) ids.add(f.dealId);
      return [...ids];
    }
    case 'reached':
    case 'lost-here': {
      const rank = funnelStages(stages).steps.findIndex((s) => s.id === drill.stageId);
      if (rank < 0) return [];
      const byDeal = eventsByDeal(input.events);
      return deals
        .filter((deal) => {
          const instants = reachedInstants(deal, byDeal.get(deal.id) ?? [], stages);
          return drill.kind === 'reached'
            ? reachedInPeriod(instants, rank, filter.period)
            : lostAtStep(deal, instants, rank, filter.period);
        })
        .map((d) => d.id);
    }
  }
}
