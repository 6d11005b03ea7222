// Calendar dates ('yyyy-MM-dd') and wall-clock times ('HH:mm') as the rep writes them, read into
// TZDate values of the rep's zone. Every step from one date to another goes through date-fns in
// that zone, never through millisecond arithmetic.
import { TZDate } from '@date-fns/tz';
import { addDays, lightFormat as format, nextMonday } from 'date-fns';
import { CadenceError } from './errors';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Written with date-fns' lightFormat (digits only, no locale: a tenth of `format`'s code). */
export const DATE_FORMAT = 'yyyy-MM-dd';

export interface ClockTime {
  hours: number;
  minutes: number;
}

/** Reads 'HH:mm' (00:00–23:59). */
export function parseClockTime(time: string): ClockTime {
  const match = TIME.exec(time);
  if (!match) throw new CadenceError('invalid-time', `“${time}” is not a time of day such as 09:00.`);
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/**
 * The start of a calendar date in `zone`. (Where a zone skips midnight for daylight saving, TZDate
 * gives the first moment of that date, which is still the same date.)
 */
export function startOfCalendarDate(date: string, zone: string): TZDate {
  return atClockTime(date, { hours: 0, minutes: 0 }, zone);
}

/**
 * `date` at the wall-clock `time` in `zone`. A time that the zone skips that night (02:30 when the
 * clocks jump from 02:00 to 03:00) moves forward by the gap, as TZDate does.
 */
export function atClockTime(date: string, time: ClockTime, zone: string): TZDate {
  const match = DATE.exec(date);
  if (!match) throw new CadenceError('invalid-time', `“${date}” is not a date such as 2026-03-09.`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = new TZDate(year, month - 1, day, time.hours, time.minutes, zone);
  // The Date constructor rolls 2026-02-30 over to March 2: such a date was never valid.
  if (format(result, DATE_FORMAT) !== date) {
    throw new CadenceError('invalid-time', `“${date}” is not a date on the calendar.`);
  }
  return result;
}

/** The calendar date `days` days after `date` (before it when negative). */
export function addDaysToDate(date: string, days: number, zone: string): string {
  return format(addDays(startOfCalendarDate(date, zone), days), DATE_FORMAT);
}

/** The first Monday strictly after `date` (a Monday gives the following one). */
export function nextMondayAfter(date: string, zone: string): string {
  return format(nextMonday(startOfCalendarDate(date, zone)), DATE_FORMAT);
}
