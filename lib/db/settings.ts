// The rep's settings: one record, read merged over the defaults so a field added in a later
// release gets its default without a migration. Saving goes through lib/services/settings.ts,
// which checks a patch with the settings schema of lib/model/schemas.ts.
import { DEFAULT_SETTINGS } from '../defaults/settings';
import { SETTINGS_ID, type Settings } from '../model';
import type { AppDB } from './schema';

export { SETTINGS_ID };

export async function getSettings(db: AppDB): Promise<Settings> {
  const stored = await db.settings.get(SETTINGS_ID);
  return { ...DEFAULT_SETTINGS, ...stored, id: SETTINGS_ID };
}
