// Snoozing a due follow-up: a preset, or a moment the rep picks.
import { addHours } from 'date-fns';
import type { SnoozeChoice, WorkingTime } from '../model';
import { nextMondayAfter } from './calendar-date';
import { CadenceError } from './errors';
import {
  atLocalTime,
  followUpMomentOnOrAfter,
  localDate,
  nextWorkingDate,
  resolveTimeZone,
} from './working-time';

export { SNOOZE_PRESETS, type SnoozeChoice, type SnoozePreset } from '../model';

/**
 * Until when a follow-up snoozed at `now` sleeps:
 * - in-1-hour: an hour from now;
 * - tomorrow-morning: the follow-up time of the next working date after today;
 * - next-monday: the follow-up time of the first Monday after today, or of the next working date
 *   when that Monday is not one;
 * - a picked moment: as picked, when it is later than now ('past-date' otherwise).
 */
export function snoozeUntil(choice: SnoozeChoice, now: number, wt: WorkingTime): number {
  if ('at' in choice) {
    if (!Number.isFinite(choice.at))
      throw new CadenceError('invalid-time', 'This moment is not a valid date.');
    if (choice.at <= now) {
      throw new CadenceError('past-date', 'You can only snooze until a later time — pick a time after now.');
    }
    return choice.at;
  }
  const today = localDate(now, wt);
  switch (choice.preset) {
    case 'in-1-hour':
      return addHours(now, 1).getTime();
    case 'tomorrow-morning':
      return atLocalTime(nextWorkingDate(today, wt), wt.followUpTime, wt);
    case 'next-monday':
      return followUpMomentOnOrAfter(nextMondayAfter(today, resolveTimeZone(wt)), wt);
  }
}

/**
 * Where a snooze puts a follow-up: a preset counts from the follow-up's due time when that is still
 * ahead ("in 1 hour" on a step due tomorrow is tomorrow, an hour later), so a snooze never moves a
 * follow-up earlier; a picked moment is taken as picked (after now, or 'past-date').
 */
export function snoozeTarget(
  choice: SnoozeChoice,
  followUp: { dueAt: number },
  now: number,
  wt: WorkingTime,
): number {
  return 'at' in choice
    ? snoozeUntil(choice, now, wt)
    : snoozeUntil(choice, Math.max(now, followUp.dueAt), wt);
}
