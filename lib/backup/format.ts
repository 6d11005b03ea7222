// The file formats and their versions. A file is
//   { format: 'relance-backup' | 'relance-process', formatVersion: n, exportedAt, data: { table: [...] } }
// Reading one: size limit → JSON → envelope → migrate `data` step by step from its version up to
// FORMAT_VERSION → strict validation of the whole thing → duplicate ids → references.
//
// A new format version: bump FORMAT_VERSION, append a step to FORMAT_MIGRATIONS that rewrites a
// version n-1 `data` into version n, and keep every older step: a file of any past version then
// imports.
//   1 → 2: deals gained pausedUntil and replyLikely (database schema v2): null in older files.
//   2 → 3: a deal is not a thread (database schema v3): its provider, threadId, url, subject and
//          account become its one thread in threads[] (with threadKeys), and companyGuessed is
//          true while the company is still the one its email domain gives.
import { z } from 'zod';
import { threadsFromV2, V2_THREAD_FIELDS } from '../db/schema';
import { threadKey } from '../model';
import { type FullData, fullDataSchema, type ProcessData, processDataSchema } from './schemas';

export const BACKUP_FORMAT = 'relance-backup';
export const PROCESS_FORMAT = 'relance-process';
export type FileFormat = typeof BACKUP_FORMAT | typeof PROCESS_FORMAT;

export const FORMAT_VERSION = 3;

/** Bigger than any real rep's data by far; past it a file is refused before it is parsed. */
export const MAX_FILE_CHARS = 50 * 1024 * 1024;
/** How many problems a refusal names: the first ones, enough to see what is wrong. */
export const MAX_PROBLEMS = 5;

export interface FormatMigration {
  /** Rewrites the `data` of a file of version `to - 1` into version `to`. Pure; never throws on shape. */
  to: number;
  migrate(data: Record<string, unknown>): Record<string, unknown>;
}

export const FORMAT_MIGRATIONS: readonly FormatMigration[] = [
  {
    to: 2,
    migrate: (data) => {
      if (!Array.isArray(data.deals)) return data;
      const deals = data.deals.map((deal: unknown) =>
        deal && typeof deal === 'object' ? { pausedUntil: null, replyLikely: null, ...deal } : deal,
      );
      return { ...data, deals };
    },
  },
  {
    to: 3,
    migrate: (data) => {
      if (!Array.isArray(data.deals)) return data;
      const deals = data.deals.map((deal: unknown) => {
        // Not a version-2 deal (no thread id): left as it is, for validation to name what is wrong.
        if (
          !deal ||
          typeof deal !== 'object' ||
          typeof (deal as { threadId?: unknown }).threadId !== 'string'
        )
          return deal;
        const v2 = deal as Record<string, unknown>;
        const rest = Object.fromEntries(
          Object.entries(v2).filter(([k]) => !(V2_THREAD_FIELDS as readonly string[]).includes(k)),
        );
        return { ...rest, ...threadsFromV2(v2) };
      });
      return { ...data, deals };
    },
  },
];

export interface BackupFile<D> {
  format: FileFormat;
  formatVersion: number;
  exportedAt: number;
  data: D;
}
export type FullBackup = BackupFile<FullData> & { format: typeof BACKUP_FORMAT };
export type ProcessBackup = BackupFile<ProcessData> & { format: typeof PROCESS_FORMAT };

/** One thing wrong with a file: where (a path such as `data.deals[3].stageId`) and what. */
export interface Problem {
  path: string;
  message: string;
}

export type ReadResult<F> = { ok: true; file: F } | { ok: false; problems: Problem[] };

const envelope = z.strictObject({
  format: z.string(),
  formatVersion: z.number().int().min(1),
  exportedAt: z.number().int().min(0).max(8.64e15),
  data: z.record(z.string(), z.unknown()),
});

/** Reads a full backup (the "Restore" button). */
export function readBackup(text: string, migrations = FORMAT_MIGRATIONS): ReadResult<FullBackup> {
  return readFile(text, BACKUP_FORMAT, migrations) as ReadResult<FullBackup>;
}

/** Reads a shared process (stages, cadences, templates). */
export function readProcess(text: string, migrations = FORMAT_MIGRATIONS): ReadResult<ProcessBackup> {
  return readFile(text, PROCESS_FORMAT, migrations) as ReadResult<ProcessBackup>;
}

function readFile(
  text: string,
  format: FileFormat,
  migrations: readonly FormatMigration[],
): ReadResult<FullBackup | ProcessBackup> {
  const refuse = (path: string, message: string) => ({ ok: false as const, problems: [{ path, message }] });
  if (text.length > MAX_FILE_CHARS) {
    return refuse('(file)', `The file is too large (over ${MAX_FILE_CHARS / 1024 / 1024} MB).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    return refuse(
      '(file)',
      `The file is not valid JSON; it may be truncated or not a Relance file (${detail}).`,
    );
  }

  const head = envelope.safeParse(json);
  if (!head.success) return { ok: false, problems: toProblems(head.error) };
  const { format: found, formatVersion, exportedAt } = head.data;
  if (found !== format) {
    const what =
      found === BACKUP_FORMAT
        ? 'a full Relance backup'
        : found === PROCESS_FORMAT
          ? 'a shared Relance process'
          : 'not a Relance file';
    return refuse('format', `This file is ${what} (format “${found}”), not the kind expected here.`);
  }
  const latest = migrations.reduce((v, m) => Math.max(v, m.to), FORMAT_VERSION);
  if (formatVersion > latest) {
    return refuse(
      'formatVersion',
      `This file was written by a newer Relance (format version ${formatVersion}; this one reads up to ${latest}). Update Relance, then import it again.`,
    );
  }

  let data = head.data.data;
  for (const step of [...migrations].sort((a, b) => a.to - b.to)) {
    if (step.to > formatVersion) data = step.migrate(data);
  }

  const schema = format === BACKUP_FORMAT ? fullDataSchema : processDataSchema;
  const parsed = schema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error, ['data']) };

  const problems = checkIntegrity(parsed.data);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return {
    ok: true,
    file: { format, formatVersion: latest, exportedAt, data: parsed.data } as FullBackup | ProcessBackup,
  };
}

/** zod's issues as Problems: a readable path and message, the first MAX_PROBLEMS. */
function toProblems(error: z.ZodError, prefix: PropertyKey[] = []): Problem[] {
  return error.issues.slice(0, MAX_PROBLEMS).map((issue) => ({
    path: formatPath([...prefix, ...issue.path]) || '(file)',
    message: issue.message,
  }));
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

type AnyData = ProcessData & Partial<Omit<FullData, keyof ProcessData>>;

/**
 * What a schema cannot see: duplicate ids in a table, two deals for one thread, and references
 * that lead nowhere. A file is self-contained: what it refers to is in it.
 */
export function checkIntegrity(data: AnyData): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const ids = (table: string, records: readonly { id: string }[]): Set<string> => {
    const seen = new Set<string>();
    records.forEach((r, i) => {
      if (seen.has(r.id)) add(`data.${table}[${i}].id`, `The id “${r.id}” appears twice in ${table}.`);
      seen.add(r.id);
    });
    return seen;
  };

  const stages = ids('stages', data.stages);
  const cadences = ids('cadences', data.cadences);
  ids('templates', data.templates);
  data.stages.forEach((s, i) => {
    if (s.defaultCadenceId !== null && !cadences.has(s.defaultCadenceId)) {
      add(`data.stages[${i}].defaultCadenceId`, `No cadence has the id “${s.defaultCadenceId}”.`);
    }
  });

  if (data.deals) {
    const deals = ids('deals', data.deals);
    const threads = new Set<string>();
    data.deals.forEach((d, i) => {
      if (!stages.has(d.stageId)) add(`data.deals[${i}].stageId`, `No stage has the id “${d.stageId}”.`);
      const keys = d.threads.map(threadKey);
      if (keys.length !== d.threadKeys.length || keys.some((k, j) => d.threadKeys[j] !== k))
        add(`data.deals[${i}].threadKeys`, 'The thread keys do not match the deal’s threads.');
      d.threads.forEach((_, j) => {
        const thread = keys[j] ?? '';
        if (threads.has(thread))
          add(`data.deals[${i}].threads[${j}]`, `Two deals track the same thread (${thread}).`);
        threads.add(thread);
      });
    });
    ids('followUps', data.followUps ?? []);
    (data.followUps ?? []).forEach((f, i) => {
      if (!deals.has(f.dealId)) add(`data.followUps[${i}].dealId`, `No deal has the id “${f.dealId}”.`);
    });
    ids('events', data.events ?? []);
    (data.events ?? []).forEach((e, i) => {
      if (!deals.has(e.dealId)) add(`data.events[${i}].dealId`, `No deal has the id “${e.dealId}”.`);
    });
  }
  (data.settings ?? []).forEach((s, i) => {
    if (!cadences.has(s.defaultCadenceId)) {
      add(`data.settings[${i}].defaultCadenceId`, `No cadence has the id “${s.defaultCadenceId}”.`);
    }
  });
  return problems;
}
