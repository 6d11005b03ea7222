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
//   3 → 4: deals gained their index keys (database schema v6): gmailAccounts and prospectKeys,
//          computed from the deal's threads and contact (lib/model indexKeysOf). A file's keys must
//          be what its deals give (checkIntegrity), as for threadKeys.
import { z } from 'zod';
import { indexKeysFromV5, threadsFromV2, V2_THREAD_FIELDS } from '../db/schema';
import { indexKeysOf, threadKey } from '../model';
import { type FullData, fullDataSchema, type ProcessData, processDataSchema } from './schemas';

export const BACKUP_FORMAT = 'relance-backup';
export const PROCESS_FORMAT = 'relance-process';
export type FileFormat = typeof BACKUP_FORMAT | typeof PROCESS_FORMAT;

export const FORMAT_VERSION = 4;

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
  {
    to: 4,
    migrate: (data) => {
      if (!Array.isArray(data.deals)) return data;
      const deals = data.deals.map((deal: unknown) =>
        deal && typeof deal === 'object' && !Array.isArray(deal)
          ? { ...deal, ...indexKeysFromV5(deal as Record<string, unknown>) }
          : deal,
      );
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

/**
 * Which problem a file has, with its params, for a UI that says it in the rep's language
 * (components/problem-text.ts); `message` stays the English sentence.
 */
export type FileProblemKey =
  | 'fileTooLarge' // { mb }
  | 'notJson'
  | 'notRelanceFile' // the envelope is not an object at all
  | 'envelopeField' // { field }: format, formatVersion, exportedAt or data missing or wrong
  | 'wrongKind' // { found: 'relance-backup' | 'relance-process' | other }
  | 'newerVersion' // { version, latest }
  | 'recordField' // { table, index (1-based), field }: a record's field is missing or not valid
  | 'tableInvalid' // { table }: a table is missing or not a list
  | 'duplicateId' // { table, index, id }
  | 'unknownReference' // { table, index, field, id, target }
  | 'threadTwice' // { index }: two deals of the file track one thread
  | 'threadTaken' // { index, subject }: a thread another deal tracks here (merge)
  | 'dealStageMissing' // { subject }: a deal here in a stage the process file lacks (replace)
  | 'defaultCadenceMissing'; // the rep's default cadence is not in the process file (replace)

/** One thing wrong with a file: where (a path such as `data.deals[3].stageId`) and what. */
export interface Problem {
  path: string;
  message: string;
  key?: FileProblemKey;
  params?: Record<string, string | number>;
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
  const refuse = (path: string, message: string, key: FileProblemKey, params?: Problem['params']) => ({
    ok: false as const,
    problems: [{ path, message, key, ...(params ? { params } : {}) }],
  });
  if (text.length > MAX_FILE_CHARS) {
    const mb = MAX_FILE_CHARS / 1024 / 1024;
    return refuse('(file)', `The file is too large (over ${mb} MB).`, 'fileTooLarge', { mb });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    return refuse(
      '(file)',
      `The file is not valid JSON; it may be truncated or not a Relance file (${detail}).`,
      'notJson',
    );
  }

  const head = envelope.safeParse(json);
  if (!head.success) return { ok: false, problems: toProblems(head.error, [], json) };
  const { format: found, formatVersion, exportedAt } = head.data;
  if (found !== format) {
    const what =
      found === BACKUP_FORMAT
        ? 'a full Relance backup'
        : found === PROCESS_FORMAT
          ? 'a shared Relance process'
          : 'not a Relance file';
    return refuse(
      'format',
      `This file is ${what} (format “${found}”), not the kind expected here.`,
      'wrongKind',
      {
        found,
      },
    );
  }
  const latest = migrations.reduce((v, m) => Math.max(v, m.to), FORMAT_VERSION);
  if (formatVersion > latest) {
    return refuse(
      'formatVersion',
      `This file was written by a newer Relance (format version ${formatVersion}; this one reads up to ${latest}). Update Relance, then import it again.`,
      'newerVersion',
      { version: formatVersion, latest },
    );
  }

  let data = head.data.data;
  for (const step of [...migrations].sort((a, b) => a.to - b.to)) {
    if (step.to > formatVersion) data = step.migrate(data);
  }

  const schema = format === BACKUP_FORMAT ? fullDataSchema : processDataSchema;
  const parsed = schema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error, ['data'], data) };

  const problems = checkIntegrity(parsed.data);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return {
    ok: true,
    file: { format, formatVersion: latest, exportedAt, data: parsed.data } as FullBackup | ProcessBackup,
  };
}

/**
 * zod's issues as Problems: a readable path and message, the first MAX_PROBLEMS, each with its key:
 * the envelope's field (`prefix` empty), else the table, record (1-based) and field of `data`.
 */
function toProblems(error: z.ZodError, prefix: PropertyKey[], input: unknown): Problem[] {
  return error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const path = formatPath([...prefix, ...issue.path]) || '(file)';
    const [first, second, ...rest] = issue.path;
    const where = (): Pick<Problem, 'key' | 'params'> => {
      if (prefix.length === 0) {
        if (first === undefined || typeof input !== 'object' || input === null || Array.isArray(input))
          return { key: 'notRelanceFile' };
        return { key: 'envelopeField', params: { field: String(first) } };
      }
      if (typeof first !== 'string') return { key: 'notRelanceFile' };
      if (typeof second !== 'number') return { key: 'tableInvalid', params: { table: first } };
      const field = rest.filter((k) => typeof k === 'string').join('.');
      return { key: 'recordField', params: { table: first, index: second + 1, field } };
    };
    return { path, message: issue.message, ...where() };
  });
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

type AnyData = ProcessData & Partial<Omit<FullData, keyof ProcessData>>;

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => b[i] === x);

/**
 * What a schema cannot see: duplicate ids in a table, two deals for one thread, and references
 * that lead nowhere. A file is self-contained: what it refers to is in it.
 */
export function checkIntegrity(data: AnyData): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string, key: FileProblemKey, params: Problem['params']) =>
    problems.push({ path, message, key, ...(params ? { params } : {}) });

  const ids = (table: string, records: readonly { id: string }[]): Set<string> => {
    const seen = new Set<string>();
    records.forEach((r, i) => {
      if (seen.has(r.id))
        add(`data.${table}[${i}].id`, `The id “${r.id}” appears twice in ${table}.`, 'duplicateId', {
          table,
          index: i + 1,
          id: r.id,
        });
      seen.add(r.id);
    });
    return seen;
  };

  const stages = ids('stages', data.stages);
  const cadences = ids('cadences', data.cadences);
  ids('templates', data.templates);
  data.stages.forEach((s, i) => {
    if (s.defaultCadenceId !== null && !cadences.has(s.defaultCadenceId)) {
      add(
        `data.stages[${i}].defaultCadenceId`,
        `No cadence has the id “${s.defaultCadenceId}”.`,
        'unknownReference',
        {
          table: 'stages',
          index: i + 1,
          field: 'defaultCadenceId',
          id: s.defaultCadenceId,
          target: 'cadences',
        },
      );
    }
  });

  if (data.deals) {
    const deals = ids('deals', data.deals);
    const threads = new Set<string>();
    data.deals.forEach((d, i) => {
      if (!stages.has(d.stageId))
        add(`data.deals[${i}].stageId`, `No stage has the id “${d.stageId}”.`, 'unknownReference', {
          table: 'deals',
          index: i + 1,
          field: 'stageId',
          id: d.stageId,
          target: 'stages',
        });
      const keys = d.threads.map(threadKey);
      if (!sameList(keys, d.threadKeys))
        add(
          `data.deals[${i}].threadKeys`,
          'The thread keys do not match the deal’s threads.',
          'recordField',
          {
            table: 'deals',
            index: i + 1,
            field: 'threadKeys',
          },
        );
      const derived = indexKeysOf(d);
      for (const field of ['gmailAccounts', 'prospectKeys'] as const) {
        if (!sameList<unknown>(derived[field], d[field]))
          add(
            `data.deals[${i}].${field}`,
            field === 'gmailAccounts'
              ? 'The Gmail mailboxes do not match the deal’s threads.'
              : 'The prospect keys do not match the deal’s contact.',
            'recordField',
            { table: 'deals', index: i + 1, field },
          );
      }
      d.threads.forEach((_, j) => {
        const thread = keys[j] ?? '';
        if (threads.has(thread))
          add(
            `data.deals[${i}].threads[${j}]`,
            `Two deals track the same thread (${thread}).`,
            'threadTwice',
            {
              index: i + 1,
            },
          );
        threads.add(thread);
      });
    });
    ids('followUps', data.followUps ?? []);
    (data.followUps ?? []).forEach((f, i) => {
      if (!deals.has(f.dealId))
        add(`data.followUps[${i}].dealId`, `No deal has the id “${f.dealId}”.`, 'unknownReference', {
          table: 'followUps',
          index: i + 1,
          field: 'dealId',
          id: f.dealId,
          target: 'deals',
        });
    });
    ids('events', data.events ?? []);
    (data.events ?? []).forEach((e, i) => {
      if (!deals.has(e.dealId))
        add(`data.events[${i}].dealId`, `No deal has the id “${e.dealId}”.`, 'unknownReference', {
          table: 'events',
          index: i + 1,
          field: 'dealId',
          id: e.dealId,
          target: 'deals',
        });
    });
  }
  (data.settings ?? []).forEach((s, i) => {
    if (!cadences.has(s.defaultCadenceId)) {
      add(
        `data.settings[${i}].defaultCadenceId`,
        `No cadence has the id “${s.defaultCadenceId}”.`,
        'unknownReference',
        {
          table: 'settings',
          index: i + 1,
          field: 'defaultCadenceId',
          id: s.defaultCadenceId,
          target: 'cadences',
        },
      );
    }
  });
  return problems;
}
