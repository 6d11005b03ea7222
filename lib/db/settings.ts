// The rep's settings: one record, read merged over the defaults so a field added in a later
// release gets its default without a migration.
import { DEFAULT_SETTINGS } from '../defaults';
import type { Settings } from '../model';
import { RelanceError } from './errors';
import type { AppDB } from './schema';

export const SETTINGS_ID: Settings['id'] = 'settings';

export type SettingsPatch = Partial<Omit<Settings, 'id' | 'updatedAt'>>;

export async function getSettings(db: AppDB): Promise<Settings> {
  const stored = await db.settings.get(SETTINGS_ID);
  return { ...DEFAULT_SETTINGS, ...stored, id: SETTINGS_ID };
}

export async function saveSettings(db: AppDB, patch: SettingsPatch, now: number): Promise<Settings> {
  const clean = validateSettingsPatch(patch);
  return db.transaction('rw', [db.settings, db.cadences], async () => {
    if (clean.defaultCadenceId !== undefined && !(await db.cadences.get(clean.defaultCadenceId))) {
      throw new RelanceError('invalid', 'This cadence no longer exists. Pick another default cadence.');
    }
    const next: Settings = { ...(await getSettings(db)), ...clean, id: SETTINGS_ID, updatedAt: now };
    await db.settings.put(next);
    return next;
  });
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function invalid(message: string): never {
  throw new RelanceError('invalid', message);
}

/** Checks and normalises a settings patch; throws RelanceError('invalid') with what to fix. */
export function validateSettingsPatch(patch: SettingsPatch): SettingsPatch {
  const clean: SettingsPatch = { ...patch };
  if (patch.workingDays !== undefined) {
    const days = [...new Set(patch.workingDays)].sort((a, b) => a - b);
    if (days.length === 0) invalid('Pick at least one working day.');
    if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 6))
      invalid('Working days must be days of the week.');
    clean.workingDays = days;
  }
  if (patch.followUpTime !== undefined && !TIME.test(patch.followUpTime)) {
    invalid('The follow-up time must look like 09:00.');
  }
  if (patch.dayEndTime !== undefined && !TIME.test(patch.dayEndTime))
    invalid('The end of day must look like 18:00.');
  if (patch.timeZone !== undefined && patch.timeZone !== '' && !isTimeZone(patch.timeZone)) {
    invalid(`“${patch.timeZone}” is not a time zone Relance knows, such as Europe/Paris.`);
  }
  if (patch.holidays !== undefined) {
    if (patch.holidays.some((d) => !DATE.test(d))) invalid('Days off must be dates such as 2026-12-25.');
    clean.holidays = [...new Set(patch.holidays)].sort();
  }
  if (patch.vacations !== undefined) {
    for (const { from, to } of patch.vacations) {
      if (!DATE.test(from) || !DATE.test(to)) invalid('Vacations must be dates such as 2026-08-01.');
      if (from > to) invalid('A vacation must end on or after the day it starts.');
    }
  }
  if (patch.ownAddresses !== undefined) {
    clean.ownAddresses = [
      ...new Set(patch.ownAddresses.map((a) => a.trim().toLowerCase()).filter((a) => a !== '')),
    ];
  }
  if (
    patch.breakupWaitDays !== undefined &&
    (!Number.isInteger(patch.breakupWaitDays) || patch.breakupWaitDays < 0)
  ) {
    invalid('The wait after a breakup email must be a whole number of days.');
  }
  if (patch.senderName !== undefined) clean.senderName = patch.senderName.trim();
  return clean;
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
