// Conversion rates from one step to the next: measured from the rep's deals when there are enough
// of them, else the team's targets.
//
// The stages' targetConversion follows the course (see lib/defaults/stages.ts): it is the SHARE
// REACHING the stage, not a step-to-step rate. The first step's share is of people reached (20%
// leave their details and become leads); every later step's share is of those leads (30% accept the
// discovery questions … 0.25% sign). So a target step rate is the ratio of two shares, and the
// product of the rates from a step to the end telescopes to share(won) / share(step): 0.0025 / 0.05
// = 5% from follow-up, the course's "5% of those followed up come back".
import type { Id, Stage } from '../model';
import type { FunnelRow } from './funnel';
import { funnelStages } from './stages';

/** Fewer decided deals than this at a step (gone on, or lost there) and the target is used instead. */
export const MIN_DECIDED_DEALS = 5;

export type RateSource = 'measured' | 'target';

export interface StepConversion {
  stageId: Id;
  /** From this step to the next one; null when neither measured nor targeted. */
  rate: number | null;
  source: RateSource | null;
}

/** Each step's share relative to the first step (1 for the first; its target, else null). */
export function relativeTargetShares(stages: readonly Stage[]): (number | null)[] {
  return funnelStages(stages).steps.map((stage, rank) => (rank === 0 ? 1 : stage.targetConversion));
}

/**
 * The rate from each step to the next, for every step but the last. Measured: of the deals that
 * reached the step and are decided there (went on, or were lost with it as their furthest step), the
 * share that went on — deals still sitting in the step are left out. Used when at least `minDecided`
 * are decided; else the ratio of the target shares.
 */
export function stepConversions(
  rows: readonly FunnelRow[],
  stages: readonly Stage[],
  minDecided: number = MIN_DECIDED_DEALS,
): StepConversion[] {
  const shares = relativeTargetShares(stages);
  const { steps } = funnelStages(stages);
  return steps.slice(0, -1).map((stage, rank) => {
    const row = rows.find((r) => r.stage.id === stage.id);
    const decided = row ? row.advanced + row.lostHere : 0;
    if (row && decided >= minDecided) {
      return { stageId: stage.id, rate: row.advanced / decided, source: 'measured' };
    }
    const here = shares[rank];
    const next = shares[rank + 1];
    if (here == null || next == null || here <= 0) return { stageId: stage.id, rate: null, source: null };
    return { stageId: stage.id, rate: next / here, source: 'target' };
  });
}

/**
 * The chance that a deal in `stageId` signs: the product of the rates from its step to the won step,
 * at most 1. 1 on the won step; null off the funnel, without a won stage, or when a rate is missing.
 */
export function chanceToSign(
  stageId: Id,
  conversions: readonly StepConversion[],
  stages: readonly Stage[],
): number | null {
  const { steps, won } = funnelStages(stages);
  if (!won) return null;
  const rank = steps.findIndex((s) => s.id === stageId);
  if (rank < 0) return null;
  let chance = 1;
  for (const stage of steps.slice(rank, -1)) {
    const rate = conversions.find((c) => c.stageId === stage.id)?.rate;
    if (rate == null) return null;
    chance *= rate;
  }
  return Math.min(1, chance);
}
