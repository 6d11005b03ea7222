// Pure scheduling: working time, cadence due dates, snooze, quick picks, vacations. Every function
// takes the rep's WorkingTime and, where it matters, `now`; nothing here reads the clock.
export { endOfLocalDay, endOfLocalDayAfter, nextLocalMidnight, startOfLocalDay } from './clock';
export { CadenceError, type CadenceErrorCode } from './errors';
export {
  availableQuickPicks,
  LATER_TODAY_HOURS,
  NEXT_STEP_PRESETS,
  type NextStepPreset,
  nextStepPresetAt,
  QUICK_PICKS,
  type QuickPick,
  quickPickDueAt,
} from './quick-picks';
export { type CadenceShape, cadenceDueDates, cadenceStepCount, type ScheduledStep } from './schedule';
export { SNOOZE_PRESETS, type SnoozeChoice, type SnoozePreset, snoozeTarget, snoozeUntil } from './snooze';
export { isEmptySpan } from './span';
export { shiftForVacation } from './vacation';
export {
  atLocalTime,
  DEFAULT_WORKING_TIME,
  firstWorkingMomentFrom,
  followUpMomentOnOrAfter,
  isWorkingDate,
  localDate,
  nextWorkingDate,
  resolveTimeZone,
  WORKING_DAY_SEARCH_YEARS,
  workingDateOnOrAfter,
} from './working-time';
