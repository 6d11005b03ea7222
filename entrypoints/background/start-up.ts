import type { AppDB } from '../../lib/db';
import { seedDefaults } from '../../lib/db';
import { resumeDueDeals } from '../../lib/services/lifecycle';
import { refreshReminders } from './reminders';
import { warnOnFailure, workerStats } from './stats';

/**
 * Install, update, browser start-up or a worker wake-up: seeding is idempotent (it never overwrites
 * a rep's edits), opening the database runs Dexie's upgrades, ended out-of-office pauses resume,
 * then alarms and badge are rebuilt.
 */
export async function startUp(db: AppDB, now: number): Promise<void> {
  await seedDefaults(db, now);
  // Out-of-office pauses that ended while the browser was closed.
  warnOnFailure('resuming ended pauses', await resumeDueDeals(db, {}, now));
  await refreshReminders(db, now);
  workerStats().startUps += 1;
}
