import type { Table } from 'dexie';
// Every write the welcome page makes, in one place: the settings each step saves, and the process
// it starts from (imported as "Share my process" would, merged), each through its use case of
// lib/services; nothing else on the page touches the database for writing.
import {
  FORMAT_VERSION,
  type ImportPlan,
  PROCESS_FORMAT,
  type ProcessBackup,
  planImport,
  type ReadResult,
  readProcess,
} from '../../lib/backup';
import { canonical } from '../../lib/backup/import';
import type { AppDB } from '../../lib/db/schema';
import type { NamedProcess } from '../../lib/defaults';
import type { EpochMs, Settings } from '../../lib/model';
import { importBackup } from '../../lib/services/backup';
import type { Result } from '../../lib/services/result';
import { type SettingsPatch, saveSettings } from '../../lib/services/settings';
import { problemText } from '../problem-text';

/** A use case's value, or its refusal as an Error the step shows in the rep's words. */
function valueOrThrow<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new Error(problemText(result.error));
}

/**
 * A named process (lib/defaults) as the process file "Share my process" would write, against what
 * `db` holds: a record equal to the stored one but for its updatedAt keeps the stored one (so the
 * plan counts it unchanged), any other is stamped `now`.
 */
export async function processFile(db: AppDB, process: NamedProcess, now: EpochMs): Promise<ProcessBackup> {
  const align = async <T extends { id: string; updatedAt: number }>(
    table: Table<T, string>,
    records: T[],
  ) => {
    const stored = await table.bulkGet(records.map((r) => r.id));
    return records.map((record, i) => {
      const old = stored[i];
      if (old && canonical({ ...old, updatedAt: 0 }) === canonical({ ...record, updatedAt: 0 })) return old;
      return { ...record, updatedAt: now };
    });
  };
  const data = {
    stages: await align(db.stages, process.stages),
    cadences: await align(db.cadences, process.cadences),
    templates: await align(db.templates, process.templates),
  };
  return { format: PROCESS_FORMAT, formatVersion: FORMAT_VERSION, exportedAt: now, data };
}

/** A team's process file, read and validated whole (nothing written). */
export function readTeamProcess(text: string): ReadResult<ProcessBackup> {
  return readProcess(text);
}

/** What starting from `file` would change here; writes nothing. */
export function planProcess(db: AppDB, file: ProcessBackup): Promise<ImportPlan> {
  return planImport(db, file, 'merge');
}

/** Whether a plan changes anything at all. */
export function planChanges(plan: ImportPlan): { added: number; updated: number } {
  let added = 0;
  let updated = 0;
  for (const counts of Object.values(plan.tables)) {
    added += counts?.add ?? 0;
    updated += counts?.update ?? 0;
  }
  return { added, updated };
}

export interface WelcomeWrites {
  saveSettings(patch: SettingsPatch): Promise<Settings>;
  startFromProcess(file: ProcessBackup): Promise<ImportPlan>;
}

/**
 * The writes, against `db`; `notify` tells the background afterwards (it rebuilds alarms and the
 * badge from the new working time, zone or cadences).
 */
export function welcomeWrites(db: AppDB, notify: () => Promise<void>, now: () => EpochMs): WelcomeWrites {
  return {
    async saveSettings(patch) {
      const saved = valueOrThrow(await saveSettings(db, patch, now()));
      await notify();
      return saved;
    },
    async startFromProcess(file) {
      // Merge: what the file has is added or updated, everything else (deals, the rep's own
      // templates) stays. A plan with nothing to change writes nothing.
      const plan = await planProcess(db, file);
      const { added, updated } = planChanges(plan);
      if (added + updated === 0 && plan.problems.length === 0) return plan;
      const done = valueOrThrow(await importBackup(db, { file, mode: 'merge' }, now()));
      await notify();
      return done;
    },
  };
}
