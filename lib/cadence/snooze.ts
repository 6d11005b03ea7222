// Snoozing a due follow-up: a preset, or a moment the rep picks.
import { addHours } from 'date-fns';
import type { WorkingTime } from '../model';
import { nextMondayAfter } from './calendar-date';
import { CadenceError } from './errors';
import {
  atLocalTime,
  followUpMomentOnOrAfter,
  localDate,
  nextWorkingDate,
  resolveTimeZone,
} from './working-time';

export const SNOOZE_PRESETS = ['in-1-hour', 'tomorrow-morning', 'next-monday'] as const;
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number];

export type SnoozeChoice = { preset: SnoozePreset } | { at: number };

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
