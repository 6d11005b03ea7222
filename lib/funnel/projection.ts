// From a monthly sales target to the people to reach and meet at each stage, as the course teaches:
// 0.25% of leads (garage visitors) sign → 400 leads per sale; 20% of people reached become leads →
// 2,000 people reached per sale; 3 reps × 5 sales = 15 sales → 30,000 people reached a month.
//
// Shares are the course's kind (see conversions.ts): the first step's is of people reached, every
// later step's is of the first step's deals (leads). The follow-up stage is no step of that chain:
// it is the course's side loop — the leads who did not buy are followed up, and its share (5%) is
// of those followed up who come back — so the chain narrows from stage to stage, and the loop is
// optional (without its share, there is simply no loop row).
import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import { addSpan } from '../cadence/span';
import { DEFAULT_STAGES, FOLLOW_UP_STAGE_ID } from '../defaults/stages';
import type { EpochMs, Id, Span, Stage } from '../model';
import type { FunnelRow } from './funnel';
import { funnelStages } from './stages';

/** The course's example: 3 reps × 5 sales a month → 15 sales, 30,000 people reached a month. */
export const COURSE_TARGET = { salesPerRep: 5, teamSize: 3 } as const;
/** A rep's own target starts with the rep alone (the course's 5 sales a month). */
export const OWN_TARGET = { salesPerRep: COURSE_TARGET.salesPerRep, teamSize: 1 } as const;

/** Fewer deals than this reached the first step and the measured shares are not offered. */
export const MIN_REACHED_FOR_SHARES = 20;

export type ShareSource = 'measured' | 'target' | 'course';

export interface StepShare {
  stageId: Id;
  share: number | null;
  source: ShareSource | null;
}

/**
 * The shares to prefill the calculator with, for each funnel step: measured (reached / the first
 * step's reached) when at least `minReached` deals reached the first step — never for the first step,
 * whose base, the people reached, Relance does not see — else the stage's target, else the course's
 * figure for a built-in stage, else null (to type in).
 */
export function projectionShares(
  stages: readonly Stage[],
  rows: readonly FunnelRow[],
  minReached: number = MIN_REACHED_FOR_SHARES,
): StepShare[] {
  const firstReached = rows[0]?.reached ?? 0;
  return funnelStages(stages).steps.map((stage, rank) => {
    const row = rows.find((r) => r.stage.id === stage.id);
    if (rank > 0 && firstReached >= minReached && row?.shareOfFirst != null && row.shareOfFirst > 0) {
      return { stageId: stage.id, share: row.shareOfFirst, source: 'measured' };
    }
    if (stage.targetConversion !== null) {
      return { stageId: stage.id, share: stage.targetConversion, source: 'target' };
    }
    const course = DEFAULT_STAGES.find((s) => s.id === stage.id)?.targetConversion ?? null;
    return { stageId: stage.id, share: course, source: course === null ? null : 'course' };
  });
}

export interface ProjectionInput {
  /** Sales each rep must sign a month. */
  salesPerRep: number;
  teamSize: number;
  stages: readonly Stage[];
  /** Share per funnel step id (see the file's comment); null or absent for the loop: no loop. */
  shares: Readonly<Record<Id, number | null | undefined>>;
  now: EpochMs;
  timeZone: string;
}

export interface ProjectionRow {
  stage: Stage;
  share: number;
  /** Deals that must reach this step each month, for the whole team. */
  perMonth: number;
  perRep: number;
}

/** The follow-up side loop: the leads who did not buy, followed up; `share` of them come back. */
export interface ProjectionLoop {
  stage: Stage;
  share: number;
  /** Leads a month who did not sign, for the whole team. */
  followedUpPerMonth: number;
  /** Of them, those who come back. */
  comeBackPerMonth: number;
  comeBackPerRep: number;
}

/** Whether a funnel step is the follow-up side loop rather than a step of the chain. */
export function isSideLoop(stage: Pick<Stage, 'id'>): boolean {
  return stage.id === FOLLOW_UP_STAGE_ID;
}

export type Projection =
  | {
      ok: true;
      salesPerMonth: number;
      /** Deals at the first step (leads, the course's visitors) per sale: 1 / share(won). */
      leadsPerSale: number;
      /** People to reach per sale: leadsPerSale / the first step's share. */
      peopleReachedPerSale: number;
      peopleReachedPerMonth: number;
      peopleReachedPerRep: number;
      /** The chain, from leads to signed; each row reached by fewer deals than the one before. */
      rows: ProjectionRow[];
      /** The follow-up loop beside the chain; null when the team has none or left its share empty. */
      loop: ProjectionLoop | null;
      /** The usual durations of the open steps, added up: first contact → sale. */
      cycle: Span;
      cycleDays: number;
    }
  | { ok: false; problem: 'no-won-stage' | 'invalid-target' | 'missing-shares'; stageIds: Id[] };

const validShare = (share: number | null | undefined): share is number =>
  typeof share === 'number' && Number.isFinite(share) && share > 0 && share <= 1;

export function project(input: ProjectionInput): Projection {
  const { salesPerRep, teamSize, stages, shares, now, timeZone } = input;
  const funnel = funnelStages(stages);
  const { won } = funnel;
  const steps = funnel.steps.filter((s) => !isSideLoop(s));
  const loopStage = funnel.steps.find(isSideLoop) ?? null;
  if (!won || steps.length < 2) return { ok: false, problem: 'no-won-stage', stageIds: [] };
  if (!(salesPerRep >= 0) || !Number.isInteger(teamSize) || teamSize < 1 || !Number.isFinite(salesPerRep)) {
    return { ok: false, problem: 'invalid-target', stageIds: [] };
  }
  // The loop is optional: left empty it is no problem, typed wrong it is.
  const loopShare = loopStage ? shares[loopStage.id] : null;
  const missing = steps.filter((s) => !validShare(shares[s.id])).map((s) => s.id);
  if (loopStage && loopShare != null && !validShare(loopShare)) missing.push(loopStage.id);
  if (missing.length > 0) return { ok: false, problem: 'missing-shares', stageIds: missing };

  const shareOf = (stage: Stage) => shares[stage.id] as number;
  const salesPerMonth = salesPerRep * teamSize;
  const leadsPerSale = 1 / shareOf(won);
  const reachRate = shareOf(steps[0] as Stage);
  const peopleReachedPerSale = leadsPerSale / reachRate;
  const leadsPerMonth = salesPerMonth * leadsPerSale;
  const rows = steps.map((stage, rank) => {
    const perMonth = rank === 0 ? leadsPerMonth : leadsPerMonth * shareOf(stage);
    return { stage, share: shareOf(stage), perMonth, perRep: perMonth / teamSize };
  });
  const followedUpPerMonth = Math.max(0, leadsPerMonth - salesPerMonth);
  const loop: ProjectionLoop | null =
    loopStage && validShare(loopShare)
      ? {
          stage: loopStage,
          share: loopShare,
          followedUpPerMonth,
          comeBackPerMonth: followedUpPerMonth * loopShare,
          comeBackPerRep: (followedUpPerMonth * loopShare) / teamSize,
        }
      : null;

  const cycle: Span = {};
  for (const stage of steps) {
    if (stage.kind !== 'open' || !stage.usualDuration) continue;
    for (const [unit, value] of Object.entries(stage.usualDuration) as [keyof Span, number][]) {
      cycle[unit] = (cycle[unit] ?? 0) + value;
    }
  }
  const cycleDays = differenceInCalendarDays(addSpan(now, cycle, 1, timeZone), now, { in: tz(timeZone) });

  return {
    ok: true,
    salesPerMonth,
    leadsPerSale,
    peopleReachedPerSale,
    peopleReachedPerMonth: salesPerMonth * peopleReachedPerSale,
    peopleReachedPerRep: salesPerRep * peopleReachedPerSale,
    rows,
    loop,
    cycle,
    cycleDays,
  };
}
