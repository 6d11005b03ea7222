// Writing a backup: every table read in one read transaction, so the file is one consistent moment.
import { getMeta, SEEDED_IDS_KEY } from '../db/meta';
import type { AppDB } from '../db/schema';
import { BACKUP_FORMAT, FORMAT_VERSION, type FullBackup, PROCESS_FORMAT, type ProcessBackup } from './format';
import type { FullData, ProcessData } from './schemas';

export async function exportBackup(db: AppDB, now: number): Promise<FullBackup> {
  const data = await db.transaction(
    'r',
    [db.stages, db.cadences, db.templates, db.deals, db.followUps, db.events, db.settings, db.meta],
    async (): Promise<FullData> => {
      const seededIds = (await getMeta(db, SEEDED_IDS_KEY)) ?? null;
      return {
        ...(await readProcess(db)),
        deals: await db.deals.toArray(),
        followUps: await db.followUps.toArray(),
        events: await db.events.toArray(),
        settings: await db.settings.toArray(),
        // Only the seeded ids: the rest of meta is caches (what was notified) rebuilt by the background.
        meta: seededIds ? [{ key: SEEDED_IDS_KEY, value: seededIds }] : [],
      };
    },
  );
  return { format: BACKUP_FORMAT, formatVersion: FORMAT_VERSION, exportedAt: now, data };
}

export async function exportProcess(db: AppDB, now: number): Promise<ProcessBackup> {
  const data = await db.transaction('r', [db.stages, db.cadences, db.templates], () => readProcess(db));
  return { format: PROCESS_FORMAT, formatVersion: FORMAT_VERSION, exportedAt: now, data };
}

async function readProcess(db: AppDB): Promise<ProcessData> {
  return {
    stages: await db.stages.orderBy('order').toArray(),
    cadences: await db.cadences.toArray(),
    templates: await db.templates.toArray(),
  };
}

/** The file's text: indented, so a rep (or a manager) can read it. */
export function backupToJson(file: FullBackup | ProcessBackup): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** relance-backup-2026-03-03.json */
export function backupFileName(file: FullBackup | ProcessBackup): string {
  const day = new Date(file.exportedAt).toISOString().slice(0, 10);
  return `${file.format}-${day}.json`;
}
