// What a funnel looks at: a period of time and, optionally, one cadence.
import type { Deal, DealEvent, EpochMs, FollowUp, Id } from '../model';

/** Instants from `from` (included) to `to` (excluded). */
export interface Period {
  from: EpochMs;
  to: EpochMs;
}

export interface FunnelFilter {
  /** Only what happened in [from, to); null: the whole log. */
  period: Period | null;
  /** Only the deals that follow this cadence (now or once); null: every deal. */
  cadenceId: Id | null;
}

export const NO_FILTER: FunnelFilter = { period: null, cadenceId: null };

export function inPeriod(at: EpochMs, period: Period | null): boolean {
  return period === null || (at >= period.from && at < period.to);
}

/**
 * The deals a cadence filter keeps: those whose current cadence is it, those with a follow-up of
 * it, and those whose log shows it was started on them.
 */
export function dealsInCadence(
  deals: readonly Deal[],
  events: readonly DealEvent[],
  followUps: readonly FollowUp[],
  cadenceId: Id | null,
): Deal[] {
  if (cadenceId === null) return [...deals];
  const ids = new Set<Id>();
  for (const deal of deals) if (deal.cadence?.cadenceId === cadenceId) ids.add(deal.id);
  for (const f of followUps) if (f.cadenceId === cadenceId) ids.add(f.dealId);
  for (const e of events)
    if (e.type === 'cadence-started' && e.data.cadenceId === cadenceId) ids.add(e.dealId);
  return deals.filter((d) => ids.has(d.id));
}
