// Restoring a file read by format.ts: first a plan (what would change, table by table, and any
// reason it cannot be done against this database), then the writes, all in ONE Dexie transaction
// over every table involved: the plan is computed again inside it, and any failure (a refused plan,
// a constraint, a quota) aborts the transaction, so the database is exactly as before.
//
//   merge    adds the file's records and overwrites those with the same id; keeps everything else.
//   replace  makes each table of the file hold exactly the file's records.
import type { Table } from 'dexie';
import { getMeta, putMeta, SEEDED_IDS_KEY } from '../db/meta';
import type { AppDB } from '../db/schema';
import { dealTitle, threadKey } from '../model';
import type { FullBackup, Problem, ProcessBackup } from './format';

export type ImportMode = 'merge' | 'replace';

export const PROCESS_TABLES = ['stages', 'cadences', 'templates'] as const;
export const FULL_TABLES = [...PROCESS_TABLES, 'deals', 'followUps', 'events', 'settings', 'meta'] as const;
export type BackupTable = (typeof FULL_TABLES)[number];

export interface TableCounts {
  add: number;
  update: number;
  unchanged: number;
  remove: number;
}

export interface ImportPlan {
  mode: ImportMode;
  tables: Partial<Record<BackupTable, TableCounts>>;
  /** Reasons the import cannot be done against this database; empty when it can. */
  problems: Problem[];
}

/** An import refused by its plan; nothing was written. */
export class ImportRefusedError extends Error {
  override readonly name = 'ImportRefusedError';
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
}

type AnyFile = FullBackup | ProcessBackup;

function tablesOf(file: AnyFile): readonly BackupTable[] {
  return file.format === 'relance-backup' ? FULL_TABLES : PROCESS_TABLES;
}

function dexieTables(db: AppDB, file: AnyFile): Table[] {
  // settings and deals are read by the plan's checks even when a process file does not write them.
  const names = new Set<BackupTable>([...tablesOf(file), 'deals', 'settings']);
  return [...names].map((name) => db.table(name));
}

/** What importing `file` in `mode` would do to `db`; writes nothing. */
export function planImport(db: AppDB, file: AnyFile, mode: ImportMode): Promise<ImportPlan> {
  return db.transaction('r', dexieTables(db, file), () => computePlan(db, file, mode));
}

/** Imports `file` in one transaction; throws ImportRefusedError (or Dexie's error) with nothing changed. */
export function applyImport(db: AppDB, file: AnyFile, mode: ImportMode): Promise<ImportPlan> {
  return db.transaction('rw', dexieTables(db, file), async () => {
    const plan = await computePlan(db, file, mode);
    if (plan.problems.length > 0) throw new ImportRefusedError(plan.problems);
    const data = file.data as Record<string, { id?: string; key?: string }[]>;
    for (const name of tablesOf(file)) {
      const records = data[name] ?? [];
      if (name === 'meta') {
        await putMeta(db, SEEDED_IDS_KEY, await mergedSeededIds(db, file, mode));
        continue;
      }
      const table = db.table(name);
      if (mode === 'replace') await table.clear();
      await table.bulkPut(records);
    }
    return plan;
  });
}

/** merge: the union of both lists; replace: the file's (no list: none seeded, seeding adds built-ins back). */
async function mergedSeededIds(db: AppDB, file: AnyFile, mode: ImportMode): Promise<string[]> {
  const fileIds = file.format === 'relance-backup' ? (file.data.meta[0]?.value ?? []) : [];
  const storedIds = mode === 'merge' ? ((await getMeta(db, SEEDED_IDS_KEY)) ?? []) : [];
  return [...new Set([...storedIds, ...fileIds])].sort();
}

async function computePlan(db: AppDB, file: AnyFile, mode: ImportMode): Promise<ImportPlan> {
  const plan: ImportPlan = { mode, tables: {}, problems: [] };
  const data = file.data as Record<string, Record<string, unknown>[]>;
  for (const name of tablesOf(file)) {
    const key = name === 'meta' ? 'key' : 'id';
    const incoming = name === 'meta' ? (data.meta ?? []).filter((r) => r.key === SEEDED_IDS_KEY) : data[name];
    const present = await db.table(name).toArray();
    const stored = new Map(
      present.filter((r) => name !== 'meta' || r.key === SEEDED_IDS_KEY).map((r) => [r[key] as string, r]),
    );
    const counts: TableCounts = { add: 0, update: 0, unchanged: 0, remove: 0 };
    const kept = new Set<string>();
    for (const record of incoming ?? []) {
      const id = record[key] as string;
      kept.add(id);
      const old = stored.get(id);
      if (old === undefined) counts.add += 1;
      else if (canonical(old) === canonical(record)) counts.unchanged += 1;
      else counts.update += 1;
    }
    if (mode === 'replace') counts.remove = [...stored.keys()].filter((id) => !kept.has(id)).length;
    plan.tables[name] = counts;
  }

  if (file.format === 'relance-backup' && mode === 'merge') {
    // One deal per thread (a unique index): a file deal may not take a thread another deal tracks here.
    const byThread = new Map((await db.deals.toArray()).flatMap((d) => d.threadKeys.map((k) => [k, d.id])));
    file.data.deals.forEach((deal, i) => {
      const taken = deal.threads.find((t) => {
        const other = byThread.get(threadKey(t));
        return other !== undefined && other !== deal.id;
      });
      if (taken) {
        plan.problems.push({
          path: `data.deals[${i}]`,
          message: `This thread is already tracked here by another deal (“${taken.subject || dealTitle(deal)}”). Use “replace” or remove that deal first.`,
          key: 'threadTaken',
          params: { index: i + 1, subject: taken.subject || dealTitle(deal) },
        });
      }
    });
  }
  if (file.format === 'relance-process' && mode === 'replace') {
    // The deals and settings stay: what they point to must still be there afterwards.
    const stages = new Set(file.data.stages.map((s) => s.id));
    const cadences = new Set(file.data.cadences.map((c) => c.id));
    const orphans = (await db.deals.toArray()).filter((d) => !stages.has(d.stageId));
    for (const deal of orphans.slice(0, 3)) {
      plan.problems.push({
        path: `stage “${deal.stageId}”`,
        message: `The deal “${dealTitle(deal)}” is in a stage this file does not have. Move it first, or merge instead.`,
        key: 'dealStageMissing',
        params: { subject: dealTitle(deal) },
      });
    }
    const settings = await db.settings.get('settings');
    if (settings && !cadences.has(settings.defaultCadenceId)) {
      plan.problems.push({
        path: `cadence “${settings.defaultCadenceId}”`,
        message: 'Your default cadence is not in this file. Pick one of the file’s first, or merge instead.',
        key: 'defaultCadenceMissing',
      });
    }
  }
  return plan;
}

/** JSON with sorted keys: two records with the same content compare equal whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
