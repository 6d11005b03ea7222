// The rep's settings: saving a patch (checked by the settings schema, the same rules a backup's
// settings pass), and moving the pending follow-ups out of a vacation.
import { z } from 'zod';
import { shiftForVacation } from '../cadence';
import { appendEvent } from '../db/events';
import { pendingFollowUps } from '../db/queries';
import type { AppDB } from '../db/schema';
import { getSettings, SETTINGS_ID } from '../db/settings';
import type { DateRange, Id, Settings, WorkingTime } from '../model';
import { type SettingsPatch, settingsPatchSchema } from '../model/schemas';
import { attempt, type Result, refuse } from './result';

export type { SettingsPatch };

/** Merges a patch over the stored settings, normalised (days sorted, addresses lower-cased…). */
export function saveSettings(db: AppDB, patch: SettingsPatch, now: number): Promise<Result<Settings>> {
  return attempt(async () => {
    const parsed = settingsPatchSchema.safeParse(patch);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      // `field` names the setting, for a UI that says what is wrong in the rep's language.
      refuse('settingsInvalid', {
        detail: issue?.message ?? z.prettifyError(parsed.error),
        field: String(issue?.path[0] ?? ''),
      });
    }
    // A key given as undefined changes nothing (it must not blank the stored field).
    const clean = Object.fromEntries(
      Object.entries(parsed.data).filter(([, value]) => value !== undefined),
    ) as typeof parsed.data;
    return db.transaction('rw', [db.settings, db.cadences], async () => {
      if (clean.defaultCadenceId !== undefined && !(await db.cadences.get(clean.defaultCadenceId))) {
        refuse('defaultCadenceMissing');
      }
      const next: Settings = { ...(await getSettings(db)), ...clean, id: SETTINGS_ID, updatedAt: now };
      await db.settings.put(next);
      return next;
    });
  });
}

/**
 * A vacation set after follow-ups were scheduled: the pending ones that fall inside it move after
 * it (lib/cadence shiftForVacation, in the rep's working time with the vacation added), each deal
 * whose follow-ups moved logging how many. Answers how many moved. `workingTime` is the one the
 * rep sees in the settings form, saved or not (by default the stored settings').
 */
export function shiftVacation(
  db: AppDB,
  input: { vacation: DateRange; workingTime?: WorkingTime },
  now: number,
): Promise<Result<{ moved: number }>> {
  return attempt(async () => {
    const settings = input.workingTime ?? (await getSettings(db));
    return db.transaction('rw', [db.followUps, db.events], async () => {
      const pending = await pendingFollowUps(db);
      const before = new Map(pending.map((f) => [f.id, f.dueAt]));
      const changed = shiftForVacation(pending, input.vacation, settings).filter(
        (f) => f.dueAt !== before.get(f.id),
      );
      await db.followUps.bulkPut(changed);
      const perDeal = new Map<Id, number>();
      for (const f of changed) perDeal.set(f.dealId, (perDeal.get(f.dealId) ?? 0) + 1);
      for (const [dealId, moved] of perDeal) {
        await appendEvent(
          db,
          dealId,
          'follow-ups-shifted',
          { from: input.vacation.from, to: input.vacation.to, moved },
          now,
        );
      }
      return { moved: changed.length };
    });
  });
}
