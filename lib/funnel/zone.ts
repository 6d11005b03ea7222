import type { WorkingTime } from '../model';

/** The rep's IANA zone: the settings' one, or the browser's when it is '' (as lib/cadence does). */
export function repZone(settings: Pick<WorkingTime, 'timeZone'>): string {
  return settings.timeZone === '' ? new Intl.DateTimeFormat().resolvedOptions().timeZone : settings.timeZone;
}
