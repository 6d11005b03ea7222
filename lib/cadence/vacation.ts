// A vacation set after follow-ups were scheduled: the pending ones that fall inside it move after
// it, keeping their order, their spacing and their time of day.
import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays } from 'date-fns';
import type { DateRange, WorkingTime } from '../model';
import { startOfCalendarDate } from './calendar-date';
import { CadenceError } from './errors';
import { isWorkingDate, localDate, nextWorkingDate, resolveTimeZone } from './working-time';

/**
 * `items` (pending follow-ups) sorted by due instant, the ones from the first that falls inside
 * `vacation` on shifted by the same number of calendar days, so that this first one lands on the
 * first working date after the vacation; a shifted item that then lands on a day off moves forward
 * to the next working date, and no item moves before the one ahead of it. Local times of day are
 * kept; items before the vacation are untouched; when no item falls inside it, nothing moves.
 * Returns new objects; `items` is not changed.
 */
export function shiftForVacation<T extends { id: string; dueAt: number }>(
  items: T[],
  vacation: DateRange,
  wt: WorkingTime,
): T[] {
  const zone = resolveTimeZone(wt);
  const from = startOfCalendarDate(vacation.from, zone);
  const to = startOfCalendarDate(vacation.to, zone);
  if (from > to) throw new CadenceError('invalid-time', 'A vacation must end on or after the day it starts.');
  // The vacation may not be saved in the settings yet: no item may land in it either way.
  const away: WorkingTime = { ...wt, vacations: [...wt.vacations, vacation] };

  const sorted = [...items].sort((a, b) => a.dueAt - b.dueAt);
  const first = sorted.findIndex((item) => localDate(item.dueAt, wt) >= vacation.from);
  const firstItem = sorted[first];
  if (!firstItem || localDate(firstItem.dueAt, wt) > vacation.to) return sorted.map((item) => ({ ...item }));

  const landing = startOfCalendarDate(nextWorkingDate(vacation.to, away), zone);
  const shift = differenceInCalendarDays(landing, new TZDate(firstItem.dueAt, zone));

  const result: T[] = sorted.slice(0, first).map((item) => ({ ...item }));
  // The item ahead of the one being moved: its original and its new due instant.
  let ahead: { was: number; now: number } | null = null;
  for (const item of sorted.slice(first)) {
    let dueAt = addDays(new TZDate(item.dueAt, zone), shift).getTime();
    if (!isWorkingDate(localDate(dueAt, away), away)) dueAt = onNextWorkingDate(dueAt, away, zone);
    // Items that were due together may stay together; any other one stays strictly behind.
    if (ahead && (item.dueAt > ahead.was ? dueAt <= ahead.now : dueAt < ahead.now)) {
      dueAt = onNextWorkingDate(ahead.now, away, zone, dueAt);
    }
    result.push({ ...item, dueAt });
    ahead = { was: item.dueAt, now: dueAt };
  }
  return result;
}

/**
 * The wall-clock time of `timeOf` on the first working date after the local date of `after`
 * (by default the time of `after` itself).
 */
function onNextWorkingDate(after: number, wt: WorkingTime, zone: string, timeOf: number = after): number {
  const target = startOfCalendarDate(nextWorkingDate(localDate(after, wt), wt), zone);
  const local = new TZDate(timeOf, zone);
  return addDays(local, differenceInCalendarDays(target, local)).getTime();
}
