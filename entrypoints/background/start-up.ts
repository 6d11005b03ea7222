import type { AppDB } from '../../lib/db';
import { seedDefaults } from '../../lib/db';
import { refreshReminders } from '../../lib/reminders';

/**
 * Install, update, browser start-up or a worker wake-up: seeding is idempotent (it never overwrites
 * a rep's edits), opening the database runs Dexie's upgrades, then alarms and badge are rebuilt.
 */
export async function startUp(db: AppDB, now: number): Promise<void> {
  await seedDefaults(db, now);
  await refreshReminders(db, now);
}
