// From a monthly sales target to the people to reach and meet at each stage, as the course teaches:
// 0.25% of leads (garage visitors) sign → 400 leads per sale; 20% of people reached become leads →
// 2,000 people reached per sale; 3 reps × 5 sales = 15 sales → 30,000 people reached a month.
//
// Shares are the course's kind (see conversions.ts): the first step's is of people reached, every
// later step's is of the first step's deals (leads).
import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import { addSpan } from '../cadence/span';
import { DEFAULT_STAGES } from '../defaults/stages';
import type { EpochMs, Id, Span, Stage } from '../model';
import type { FunnelRow } from './funnel';
import { funnelStages } from './stages';

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
  /** Share per funnel step id (see the file's comment). */
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
      rows: ProjectionRow[];
      /** The usual durations of the open steps, added up: first contact → sale. */
      cycle: Span;
      cycleDays: number;
    }
  | { ok: false; problem: 'no-won-stage' | 'invalid-target' | 'missing-shares'; stageIds: Id[] };

const validShare = (share: number | null | undefined): share is number =>
  typeof share === 'number' && Number.isFinite(share) && share > 0 && share <= 1;

export function project(input: ProjectionInput): Projection {
  const { salesPerRep, teamSize, stages, shares, now, timeZone } = input;
  const { steps, won } = funnelStages(stages);
  if (!won || steps.length < 2) return { ok: false, problem: 'no-won-stage', stageIds: [] };
  if (!(salesPerRep >= 0) || !Number.isInteger(teamSize) || teamSize < 1 || !Number.isFinite(salesPerRep)) {
    return { ok: false, problem: 'invalid-target', stageIds: [] };
  }
  const missing = steps.filter((s) => !validShare(shares[s.id])).map((s) => s.id);
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
    cycle,
    cycleDays,
  };
}
