import { tz } from '@date-fns/tz';
import { addDays, endOfDay, startOfDay } from 'date-fns';

/** The end of the rep's local day containing `now`: "due today" means due at or before it. */
export function endOfLocalDay(now: number, timeZone: string): number {
  return endOfDay(now, { in: tz(timeZone) }).getTime();
}

/** The next local midnight after `now`: the badge's "today" changes then. */
export function nextLocalMidnight(now: number, timeZone: string): number {
  return startOfDay(addDays(now, 1, { in: tz(timeZone) }), { in: tz(timeZone) }).getTime();
}
