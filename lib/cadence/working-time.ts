// When a rep works: working weekdays, the follow-up time and the end of the day, days off and
// vacations, all read in the rep's time zone so that 09:00 stays 09:00 local across daylight saving.
import { tz } from '@date-fns/tz';
import { addDays, addYears, lightFormat as format, getDay } from 'date-fns';
import type { WorkingTime } from '../model';
import { atClockTime, DATE_FORMAT, parseClockTime, startOfCalendarDate } from './calendar-date';
import { CadenceError } from './errors';

/** A Monday-to-Friday rep, follow-ups at 09:00, the day over at 18:00, in the runtime's zone. */
export const DEFAULT_WORKING_TIME: WorkingTime = {
  workingDays: [1, 2, 3, 4, 5],
  followUpTime: '09:00',
  dayEndTime: '18:00',
  timeZone: '',
  holidays: [],
  vacations: [],
};

/** How far ahead the search for a working date goes before it gives up (a vacation of years…). */
export const WORKING_DAY_SEARCH_YEARS = 3;

const knownZones = new Set<string>();

/**
 * The runtime's own zone, read once per page or worker (building an Intl.DateTimeFormat for it on
 * every date step made scheduling a cadence several times slower). Extension pages and MV3 workers
 * live minutes, so a change of the system's zone is seen at the next one.
 */
let runtimeZone: string | null = null;
function runtimeTimeZone(): string {
  runtimeZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return runtimeZone;
}

/** The rep's IANA time zone: the one set, else ('') the runtime's own. */
export function resolveTimeZone(wt: Pick<WorkingTime, 'timeZone'>): string {
  const zone = wt.timeZone === '' ? runtimeTimeZone() : wt.timeZone;
  if (!knownZones.has(zone)) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      throw new CadenceError(
        'invalid-time',
        `“${zone}” is not a time zone Relance knows, such as Europe/Paris.`,
      );
    }
    knownZones.add(zone);
  }
  return zone;
}

/** A working weekday that is neither a day off nor inside a vacation. */
export function isWorkingDate(date: string, wt: WorkingTime): boolean {
  const weekday = getDay(startOfCalendarDate(date, resolveTimeZone(wt)));
  if (!wt.workingDays.includes(weekday)) return false;
  if (wt.holidays.includes(date)) return false;
  // yyyy-MM-dd strings sort like the dates they name.
  return !wt.vacations.some((vacation) => vacation.from <= date && date <= vacation.to);
}

/** The rep's calendar date at `instant`, yyyy-MM-dd. */
export function localDate(instant: number, wt: WorkingTime): string {
  if (!Number.isFinite(instant)) throw new CadenceError('invalid-time', 'This moment is not a valid date.');
  return format(tz(resolveTimeZone(wt))(instant), DATE_FORMAT);
}

/** The instant of `date` at the local wall-clock `time` ('HH:mm') in the rep's zone. */
export function atLocalTime(date: string, time: string, wt: WorkingTime): number {
  return atClockTime(date, parseClockTime(time), resolveTimeZone(wt)).getTime();
}

/** The first working date strictly after `date`. Throws 'no-working-day' past the search bound. */
export function nextWorkingDate(date: string, wt: WorkingTime): string {
  const start = startOfCalendarDate(date, resolveTimeZone(wt));
  if (wt.workingDays.some((day) => Number.isInteger(day) && day >= 0 && day <= 6)) {
    const limit = format(addYears(start, WORKING_DAY_SEARCH_YEARS), DATE_FORMAT);
    for (let day = addDays(start, 1); ; day = addDays(day, 1)) {
      const candidate = format(day, DATE_FORMAT);
      if (candidate > limit) break;
      if (isWorkingDate(candidate, wt)) return candidate;
    }
  }
  throw new CadenceError(
    'no-working-day',
    `No working day in the ${WORKING_DAY_SEARCH_YEARS} years after ${date}: check your working days, days off and vacations.`,
  );
}

/** `date` itself when it is a working date, else the next working date. */
export function workingDateOnOrAfter(date: string, wt: WorkingTime): string {
  return isWorkingDate(date, wt) ? date : nextWorkingDate(date, wt);
}

/** The follow-up time of the first working date on or after `date`. */
export function followUpMomentOnOrAfter(date: string, wt: WorkingTime): number {
  return atLocalTime(workingDateOnOrAfter(date, wt), wt.followUpTime, wt);
}

/**
 * The first moment from `instant` at which the rep is at work: the instant itself on a working date
 * between the follow-up time and the end of the day; that day's follow-up time when earlier; else
 * the next working date's follow-up time (the end of the day itself already counts as after work).
 */
export function firstWorkingMomentFrom(instant: number, wt: WorkingTime): number {
  const today = localDate(instant, wt);
  if (isWorkingDate(today, wt)) {
    const dayStart = atLocalTime(today, wt.followUpTime, wt);
    if (instant < dayStart) return dayStart;
    if (instant < atLocalTime(today, wt.dayEndTime, wt)) return instant;
  }
  return atLocalTime(nextWorkingDate(today, wt), wt.followUpTime, wt);
}
