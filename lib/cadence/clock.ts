// The rep's clock: local day boundaries in the rep's time zone (resolveTimeZone, in
// working-time.ts, says which). "Due today" means due at or before endOfLocalDay; the badge's day
// changes at nextLocalMidnight. Calendar days in the zone, never 24-hour steps: a daylight-saving
// change keeps every boundary at midnight.
import { tz } from '@date-fns/tz';
import { addDays, endOfDay, startOfDay } from 'date-fns';

/** The first millisecond of the rep's local day containing `now`. */
export function startOfLocalDay(now: number, timeZone: string): number {
  return startOfDay(now, { in: tz(timeZone) }).getTime();
}

/** The end of the rep's local day containing `now`: "due today" means due at or before it. */
export function endOfLocalDay(now: number, timeZone: string): number {
  return endOfDay(now, { in: tz(timeZone) }).getTime();
}

/** The last millisecond of the local day `days` days after the one containing `now`. */
export function endOfLocalDayAfter(now: number, days: number, timeZone: string): number {
  const inZone = { in: tz(timeZone) };
  return endOfDay(addDays(now, days, inZone), inZone).getTime();
}

/** The next local midnight after `now`: the badge's "today" changes then. */
export function nextLocalMidnight(now: number, timeZone: string): number {
  return startOfDay(addDays(now, 1, { in: tz(timeZone) }), { in: tz(timeZone) }).getTime();
}
