// Shared by the tests of lib/ (not shipped: only *.test.ts files import it). A tracked deal to work
// on: lib/services/test-support.ts.
import { afterEach, beforeEach } from 'vitest';
import { DEFAULT_SETTINGS } from '../defaults';
import type { FollowUp, WorkingTime } from '../model';
import { AppDB } from './schema';
import { seedDefaults } from './seed';

/** Tuesday 2026-03-03, 10:00 in Paris. */
export const NOW = Date.UTC(2026, 2, 3, 9, 0);
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

export const WORKING_TIME: WorkingTime = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Paris' };

/**
 * A fresh database per test (fake-indexeddb), seeded unless asked not to; deleted afterwards.
 * `timeZone` is stored in its settings (the rep's zone every use case reads).
 */
export function setUpTestDb(options: { seed?: boolean; timeZone?: string } = {}): { readonly db: AppDB } {
  let current: AppDB | undefined;
  beforeEach(async () => {
    current = new AppDB(`test-${crypto.randomUUID()}`);
    if (options.seed !== false) await seedDefaults(current, NOW);
    if (options.timeZone !== undefined)
      await current.settings.update('settings', { timeZone: options.timeZone });
  });
  afterEach(async () => {
    current?.close();
    await current?.delete();
    current = undefined;
  });
  return {
    get db(): AppDB {
      if (!current) throw new Error('setUpTestDb: the database exists only inside a test');
      return current;
    },
  };
}

/** A follow-up written straight to the table, for tests that need exact due instants and statuses. */
export function makeFollowUp(dealId: string, overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: crypto.randomUUID(),
    dealId,
    cadenceId: 'default',
    stepIndex: 0,
    stepCount: 1,
    dueAt: NOW + DAY,
    channel: 'email',
    templateKind: 'relance',
    status: 'due',
    snoozedFrom: null,
    handledAt: null,
    note: '',
    createdAt: NOW,
    ...overrides,
  };
}

export async function addFollowUps(
  db: AppDB,
  dealId: string,
  list: Partial<FollowUp>[],
): Promise<FollowUp[]> {
  const followUps = list.map((overrides) => makeFollowUp(dealId, overrides));
  await db.followUps.bulkAdd(followUps);
  return followUps;
}

/** Everything the deal-side tables hold, to compare before and after a failed operation. */
export async function snapshotTables(db: AppDB) {
  const [deals, followUps, events, stages, cadences, templates, settings, meta] = await Promise.all([
    db.deals.toArray(),
    db.followUps.toArray(),
    db.events.toArray(),
    db.stages.toArray(),
    db.cadences.toArray(),
    db.templates.toArray(),
    db.settings.toArray(),
    db.meta.toArray(),
  ]);
  return { deals, followUps, events, stages, cadences, templates, settings, meta };
}
