// Helpers for the cadence tests: instants written as ISO strings with their offset (checkable on a
// calendar without running our code), and due instants shown as local wall-clock strings.
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { WorkingTime } from '../model';

/** Monday to Friday, 09:00–18:00. */
export function workingTimeIn(timeZone: string, overrides: Partial<WorkingTime> = {}): WorkingTime {
  return {
    workingDays: [1, 2, 3, 4, 5],
    followUpTime: '09:00',
    dayEndTime: '18:00',
    timeZone,
    holidays: [],
    vacations: [],
    ...overrides,
  };
}

export const PARIS = workingTimeIn('Europe/Paris');
export const NEW_YORK = workingTimeIn('America/New_York');

/** '2026-03-03T10:00+01:00' → epoch ms. */
export function instant(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Bad test instant ${iso}`);
  return ms;
}

/** 'Tue 2026-03-03 10:00' in the working time's zone. */
export function show(ms: number, wt: WorkingTime): string {
  return format(ms, 'EEE yyyy-MM-dd HH:mm', { in: tz(wt.timeZone) });
}

/** 'Tue 2026-03-03 10:00 +01:00': the offset shows which side of a daylight-saving change it is. */
export function showWithOffset(ms: number, wt: WorkingTime): string {
  return format(ms, 'EEE yyyy-MM-dd HH:mm xxx', { in: tz(wt.timeZone) });
}
