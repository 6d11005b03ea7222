// What the Pipeline page shows, shaped from the raw records: the page itself only renders this.
import { tz } from '@date-fns/tz';
import { addMonths, startOfMonth, startOfYear, subMonths } from 'date-fns';
import type { Deal, DealEvent, EpochMs, FollowUp, Id, Stage } from '../model';
import { type StepConversion, stepConversions } from './conversions';
import { dealsInCadence, type Period } from './filter';
import { type Forecast, forecast } from './forecast';
import { computeFunnel, type FunnelRow, type FunnelStats } from './funnel';
import { projectionShares, type StepShare } from './projection';

export const PERIOD_CHOICES = ['all', 'thisMonth', 'lastMonth', 'last3Months', 'thisYear'] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

/** The instants a period choice covers, calendar months in the rep's zone; null: all time. */
export function periodFor(choice: PeriodChoice, now: EpochMs, timeZone: string): Period | null {
  const inZone = { in: tz(timeZone) };
  const thisMonth = startOfMonth(now, inZone);
  const nextMonth = addMonths(thisMonth, 1, inZone).getTime();
  switch (choice) {
    case 'all':
      return null;
    case 'thisMonth':
      return { from: thisMonth.getTime(), to: nextMonth };
    case 'lastMonth':
      return { from: subMonths(thisMonth, 1, inZone).getTime(), to: thisMonth.getTime() };
    case 'last3Months':
      return { from: subMonths(thisMonth, 2, inZone).getTime(), to: nextMonth };
    case 'thisYear':
      return { from: startOfYear(now, inZone).getTime(), to: nextMonth };
  }
}

export interface FunnelBar {
  stageId: Id;
  reached: number;
  /** Width of the bar, 0..1 of the widest (the first step's, in an ordered funnel). */
  width: number;
  /** reached / the first step's reached. */
  shareOfFirst: number | null;
  conversionToNext: number | null;
}

export function funnelBars(rows: readonly FunnelRow[]): FunnelBar[] {
  const widest = Math.max(0, ...rows.map((r) => r.reached));
  return rows.map((row) => ({
    stageId: row.stage.id,
    reached: row.reached,
    width: widest === 0 ? 0 : row.reached / widest,
    shareOfFirst: row.shareOfFirst,
    conversionToNext: row.conversionToNext,
  }));
}

export interface PipelineViewInput {
  deals: readonly Deal[];
  events: readonly DealEvent[];
  followUps: readonly FollowUp[];
  stages: readonly Stage[];
  now: EpochMs;
  timeZone: string;
  period: PeriodChoice;
  cadenceId: Id | null;
}

export interface PipelineView {
  period: Period | null;
  /** The funnel for the chosen period and cadence. */
  stats: FunnelStats;
  bars: FunnelBar[];
  /** Step rates over the whole log (the chosen cadence only): a forecast needs every deal decided so far. */
  conversions: StepConversion[];
  forecast: Forecast;
  /** The calculator's prefilled shares, from the whole log too. */
  shares: StepShare[];
}

export function pipelineView(input: PipelineViewInput): PipelineView {
  const { deals, events, followUps, stages, now, timeZone, cadenceId } = input;
  const period = periodFor(input.period, now, timeZone);
  const stats = computeFunnel({ deals, events, followUps, stages, now, filter: { period, cadenceId } });
  const allTime =
    period === null
      ? stats
      : computeFunnel({ deals, events, followUps, stages, now, filter: { period: null, cadenceId } });
  const conversions = stepConversions(allTime.rows, stages);
  return {
    period,
    stats,
    bars: funnelBars(stats.rows),
    conversions,
    forecast: forecast({
      deals: dealsInCadence(deals, events, followUps, cadenceId),
      stages,
      conversions,
      now,
      timeZone,
    }),
    shares: projectionShares(stages, allTime.rows),
  };
}
