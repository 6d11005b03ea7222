// The built-in stages, cadences and templates, written on install and on every start-up. Seeding
// never overwrites a rep's edit, and never brings back a built-in the rep deleted: the ids seeded
// once are remembered in meta 'seeded-ids', and only ids never seeded before are added.
import type { Table } from 'dexie';
import { DEFAULT_CADENCES, DEFAULT_SETTINGS, DEFAULT_STAGES, DEFAULT_TEMPLATES } from '../defaults';
import { getMeta, putMeta, SEEDED_IDS_KEY } from './meta';
import type { AppDB } from './schema';
import { SETTINGS_ID } from './settings';

export { SEEDED_IDS_KEY };

interface Seedable {
  id: string;
  updatedAt: number;
}

/** `table:id`, since two tables may use the same slug. */
function seedKey(table: Table, id: string): string {
  return `${table.name}:${id}`;
}

export function seedDefaults(db: AppDB, now: number): Promise<{ added: number }> {
  return db.transaction('rw', [db.stages, db.cadences, db.templates, db.settings, db.meta], async () => {
    const seeded = new Set((await getMeta(db, SEEDED_IDS_KEY)) ?? []);
    const sizeBefore = seeded.size;
    let added = 0;

    async function seed<T extends Seedable>(table: Table<T, string>, builtins: readonly T[]): Promise<void> {
      const fresh = builtins.filter((r) => !seeded.has(seedKey(table, r.id)));
      if (fresh.length === 0) return;
      const present = await table.bulkGet(fresh.map((r) => r.id));
      const missing = fresh.filter((_, i) => present[i] === undefined).map((r) => ({ ...r, updatedAt: now }));
      if (missing.length > 0) await table.bulkAdd(missing);
      added += missing.length;
      // A present one is the rep's (or an older release's): it counts as seeded and is left alone.
      for (const r of fresh) seeded.add(seedKey(table, r.id));
    }

    await seed(db.stages, DEFAULT_STAGES);
    await seed(db.cadences, DEFAULT_CADENCES);
    await seed(db.templates, DEFAULT_TEMPLATES);
    if (!(await db.settings.get(SETTINGS_ID))) {
      await db.settings.add({ ...DEFAULT_SETTINGS, id: SETTINGS_ID, updatedAt: now });
      added += 1;
    }
    if (seeded.size !== sizeBefore) await putMeta(db, SEEDED_IDS_KEY, [...seeded].sort());
    return { added };
  });
}
