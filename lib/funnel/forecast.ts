// The weighted pipeline by month: each open deal's value × its chance to sign, in the month its
// stages' usual remaining durations point to.
//
// Placement: the deal leaves its current stage when the stage's usual duration since it entered has
// passed (or now, when that is already past), then spends each later open stage's usual duration
// (none for a stage without one); the month is the calendar month of that instant in the rep's zone.
// Months and weeks are calendar arithmetic (date-fns with @date-fns/tz), so 3 months stay 3 months.
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { addSpan } from '../cadence/span';
import type { Deal, EpochMs, Id, Stage } from '../model';
import { chanceToSign, type StepConversion } from './conversions';
import { isOpenDeal } from './funnel';
import { funnelStages } from './stages';

export interface ForecastInput {
  deals: readonly Deal[];
  stages: readonly Stage[];
  conversions: readonly StepConversion[];
  now: EpochMs;
  /** IANA zone of the rep. */
  timeZone: string;
}

export interface DealForecast {
  dealId: Id;
  chance: number;
  /** When the usual durations say it should sign. */
  expectedAt: EpochMs;
  /** yyyy-MM in the rep's zone. */
  month: string;
  amount: number;
  currency: string;
  weighted: number;
}

export interface ForecastMonth {
  month: string;
  currency: string;
  /** Σ value × chance. */
  weighted: number;
  /** Σ value, unweighted. */
  total: number;
  deals: number;
}

export interface Forecast {
  /** By month, then currency. */
  months: ForecastMonth[];
  deals: DealForecast[];
  /** Open deals left out: no value, or no chance known for their stage. */
  withoutValue: Id[];
  withoutChance: Id[];
}

/** When a deal in `stageId`, entered at `enteredAt`, should sign, by the usual durations. */
export function expectedSigning(
  stageId: Id,
  enteredAt: EpochMs,
  stages: readonly Stage[],
  now: EpochMs,
  timeZone: string,
): EpochMs {
  const { steps } = funnelStages(stages);
  const rank = steps.findIndex((s) => s.id === stageId);
  const current = steps[rank];
  const leaves = current?.usualDuration ? addSpan(enteredAt, current.usualDuration, 1, timeZone) : enteredAt;
  let at = Math.max(now, leaves);
  for (const stage of steps.slice(rank + 1)) {
    if (stage.kind !== 'open') break;
    if (stage.usualDuration) at = addSpan(at, stage.usualDuration, 1, timeZone);
  }
  return at;
}

export function forecast(input: ForecastInput): Forecast {
  const { stages, conversions, now, timeZone } = input;
  const open = input.deals.filter((d) => isOpenDeal(d, stages));
  const withoutValue: Id[] = [];
  const withoutChance: Id[] = [];
  const deals: DealForecast[] = [];
  for (const deal of open) {
    if (!deal.value || !(deal.value.amount > 0)) {
      withoutValue.push(deal.id);
      continue;
    }
    const chance = chanceToSign(deal.stageId, conversions, stages);
    if (chance === null) {
      withoutChance.push(deal.id);
      continue;
    }
    const expectedAt = expectedSigning(deal.stageId, deal.stageEnteredAt, stages, now, timeZone);
    deals.push({
      dealId: deal.id,
      chance,
      expectedAt,
      month: format(expectedAt, 'yyyy-MM', { in: tz(timeZone) }),
      amount: deal.value.amount,
      currency: deal.value.currency,
      weighted: deal.value.amount * chance,
    });
  }
  const months = new Map<string, ForecastMonth>();
  for (const d of deals) {
    const key = `${d.month} ${d.currency}`;
    const month = months.get(key) ?? {
      month: d.month,
      currency: d.currency,
      weighted: 0,
      total: 0,
      deals: 0,
    };
    month.weighted += d.weighted;
    month.total += d.amount;
    month.deals += 1;
    months.set(key, month);
  }
  return {
    months: [...months.values()].sort(
      (a, b) => a.month.localeCompare(b.month) || a.currency.localeCompare(b.currency),
    ),
    deals,
    withoutValue,
    withoutChance,
  };
}
