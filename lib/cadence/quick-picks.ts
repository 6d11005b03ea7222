// One-click dates: a single follow-up picked by hand, and the presets of a next step.
import { addHours } from 'date-fns';
import { type NextStepPreset, QUICK_PICKS, type QuickPick, type WorkingTime } from '../model';
import { addDaysToDate, nextMondayAfter } from './calendar-date';
import {
  atLocalTime,
  followUpMomentOnOrAfter,
  isWorkingDate,
  localDate,
  nextWorkingDate,
  resolveTimeZone,
  workingDateOnOrAfter,
} from './working-time';

export { QUICK_PICKS, type QuickPick } from '../model';

/** How long "later today" waits. */
export const LATER_TODAY_HOURS = 3;

/**
 * When a single follow-up picked at `now` falls due:
 * - later-today: in 3 hours when that is still today, on a working date, before the end of the day
 *   (and not before the day's follow-up time: at 02:00 it means 09:00, not 05:00); else the next
 *   working date's follow-up time;
 * - tomorrow: the next working date's follow-up time;
 * - in-3-days: today + 3 calendar days at the follow-up time, moved forward to a working date;
 * - next-week: the first Monday after today at the follow-up time, moved forward to a working date.
 */
export function quickPickDueAt(pick: QuickPick, now: number, wt: WorkingTime): number {
  const today = localDate(now, wt);
  const zone = resolveTimeZone(wt);
  switch (pick) {
    case 'later-today':
      return laterToday(now, wt) ?? atLocalTime(nextWorkingDate(today, wt), wt.followUpTime, wt);
    case 'tomorrow':
      return atLocalTime(nextWorkingDate(today, wt), wt.followUpTime, wt);
    case 'in-3-days':
      return followUpMomentOnOrAfter(addDaysToDate(today, 3, zone), wt);
    case 'next-week':
      return followUpMomentOnOrAfter(nextMondayAfter(today, zone), wt);
  }
}

/**
 * "Later today" when working time is left today: in 3 hours, on a working date, before the end of
 * the day (and not before the day's follow-up time); null once the day is over or off.
 */
function laterToday(now: number, wt: WorkingTime): number | null {
  const today = localDate(now, wt);
  const later = addHours(now, LATER_TODAY_HOURS).getTime();
  if (localDate(later, wt) !== today || !isWorkingDate(today, wt)) return null;
  if (later >= atLocalTime(today, wt.dayEndTime, wt)) return null;
  return Math.max(later, atLocalTime(today, wt.followUpTime, wt));
}

/**
 * The quick picks worth offering at `now`, in their usual order: "Later today" only while working
 * time is left today — after hours, on a day off or a weekend it would mean the next working
 * morning, which "Tomorrow" already says.
 */
export function availableQuickPicks(now: number, wt: WorkingTime): QuickPick[] {
  return QUICK_PICKS.filter((pick) => pick !== 'later-today' || laterToday(now, wt) !== null);
}

export { NEXT_STEP_PRESETS, type NextStepPreset } from '../model';

/**
 * The moment a next-step preset proposes from `now`, each moved forward to a working date (keeping
 * its time of day): tomorrow at 10:00; in 3 days at the follow-up time; the first Monday after
 * today at 09:00.
 */
export function nextStepPresetAt(preset: NextStepPreset, now: number, wt: WorkingTime): number {
  const today = localDate(now, wt);
  const zone = resolveTimeZone(wt);
  switch (preset) {
    case 'tomorrow-10':
      return atLocalTime(workingDateOnOrAfter(addDaysToDate(today, 1, zone), wt), '10:00', wt);
    case 'in-3-days':
      return followUpMomentOnOrAfter(addDaysToDate(today, 3, zone), wt);
    case 'next-monday-9':
      return atLocalTime(workingDateOnOrAfter(nextMondayAfter(today, zone), wt), '09:00', wt);
  }
}
