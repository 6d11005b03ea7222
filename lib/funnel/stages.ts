// Which stages make the funnel, and where each stage sits in it.
//
// The funnel is ordered (the course's stages follow one another): its steps are the open stages by
// `order`, then the first 'won' stage. An expansion stage (cross-sell, up-sell) comes after signing,
// so a deal there has reached the won step; a 'lost' stage is no step at all.
import type { Id, Stage } from '../model';

export interface FunnelStages {
  /** Open stages by order, then the won stage (when there is one). */
  steps: Stage[];
  /** The won step, last of `steps`; null when the team has no 'won' stage. */
  won: Stage | null;
}

export function funnelStages(stages: readonly Stage[]): FunnelStages {
  const byOrder = [...stages].sort((a, b) => a.order - b.order);
  const open = byOrder.filter((s) => s.kind === 'open');
  const won = byOrder.find((s) => s.kind === 'won') ?? null;
  return { steps: won ? [...open, won] : open, won };
}

/**
 * A stage's position among the funnel's steps (0 = the first), or null when entering it reaches no
 * step (a lost stage, an unknown id). Expansion stages count as the won step.
 */
export function stepRank(funnel: FunnelStages, stages: readonly Stage[], stageId: Id): number | null {
  const index = funnel.steps.findIndex((s) => s.id === stageId);
  if (index >= 0) return index;
  const stage = stages.find((s) => s.id === stageId);
  if (stage?.kind === 'expansion' && funnel.won) return funnel.steps.length - 1;
  return null;
}
