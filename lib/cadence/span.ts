// Cadence delays (Span, in date-fns Duration units): months, weeks and days are calendar arithmetic
// in the rep's zone (a month stays a month, a day keeps its wall-clock time across daylight saving);
// hours and minutes are added to the instant.
import { tz } from '@date-fns/tz';
import { add, type Duration } from 'date-fns';
import type { Span } from '../model';
import { CadenceError } from './errors';

const UNITS = ['months', 'weeks', 'days', 'hours', 'minutes'] as const;

/** Throws 'invalid-time' unless every unit is absent or a whole number ≥ 0. */
export function assertValidSpan(span: Span): void {
  for (const unit of UNITS) {
    const value = span[unit];
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      throw new CadenceError(
        'invalid-time',
        `A cadence delay must be a whole number of ${unit} (0 or more), not “${String(value)}”.`,
      );
    }
  }
}

/** `{}` or all zero: "the same day". */
export function isEmptySpan(span: Span): boolean {
  return UNITS.every((unit) => !span[unit]);
}

/** The span counts hours or minutes: the time of day matters, not only the date. */
export function hasClockPart(span: Span): boolean {
  return Boolean(span.hours) || Boolean(span.minutes);
}

/** `instant` plus `times` × `span`, calendar units in `zone`. */
export function addSpan(instant: number, span: Span, times: number, zone: string): number {
  const scaled: Duration = {
    months: (span.months ?? 0) * times,
    weeks: (span.weeks ?? 0) * times,
    days: (span.days ?? 0) * times,
    hours: (span.hours ?? 0) * times,
    minutes: (span.minutes ?? 0) * times,
  };
  return add(instant, scaled, { in: tz(zone) }).getTime();
}
