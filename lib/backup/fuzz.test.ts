// Import fuzzing: thousands of mutated valid backups and random inputs go through the restore path
// the options page takes (readBackup, then applyImport), in merge and replace mode, against a
// database holding the same rep's data. Each one is either
//   - refused with at least one problem (a path and a message), the database exactly as before
//     (every table compared as JSON text, byte for byte), or
//   - imported whole: every record of the file is in the database as the file has it.
// Anything else — a throw other than ImportRefusedError, a partial write, a polluted prototype — fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDB } from '../db/schema';
import { SEEDED_IDS_KEY } from '../db/seed';
import { backupToJson, exportBackup } from './export';
import { type FullBackup, MAX_PROBLEMS, type Problem, readBackup } from './format';
import { applyImport, FULL_TABLES, type ImportMode, ImportRefusedError } from './import';
import { fullDataSchema } from './schemas';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Outcome = { kind: 'refused-read' | 'refused-plan'; problems: Problem[] } | { kind: 'imported' };

const NOW = 1_772_528_400_000;
const HOSTILE_STRINGS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"; DROP TABLE deals; --',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '\u0000',
  '\ud800', // a lone surrogate
  '\u202eevil\u202c', // right-to-left override
  '\uFEFF',
  '{{contact.name}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder a naive renderer would evaluate
  '${globalThis}',
  '../../etc/passwd',
  'javascript:alert(1)',
  'é'.repeat(3000),
];
const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'];

let db: AppDB;
let base: Json;
let baseFile: FullBackup;
let baseline: string;
let writes = 0;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

/** Every table, in primary-key order, as JSON text: two equal snapshots are byte-for-byte the same data. */
async function snapshot(): Promise<string> {
  const tables = await Promise.all(FULL_TABLES.map((name) => db.table(name).toArray()));
  return JSON.stringify(tables);
}

function readOrThrow(text: string): FullBackup {
  const result = readBackup(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
}

/**
 * The committed v1 backup cut down to a few records of each table (every reference kept), so that
 * thousands of runs stay fast: the mutations hit the same kinds of fields either way.
 */
function smallBackup(): string {
  const v1 = JSON.parse(
    readFileSync(join(process.cwd(), 'test/fixtures/backups/relance-backup-v1.json'), 'utf8'),
  ) as { data: Record<string, { id?: string; dealId?: string }[]> };
  const keep = (table: string, ids: string[]) => {
    v1.data[table] = (v1.data[table] ?? []).filter((r) => ids.includes(String(r.id)));
  };
  keep('stages', ['meeting', 'signed', 'lost']);
  keep('templates', ['relance-en', 'breakup-1-fr']);
  const deals = (v1.data.deals ?? []).map((d) => String(d.id));
  for (const table of ['followUps', 'events']) {
    const byDeal = new Map<string, number>();
    v1.data[table] = (v1.data[table] ?? []).filter((r) => {
      const n = byDeal.get(String(r.dealId)) ?? 0;
      byDeal.set(String(r.dealId), n + 1);
      return deals.includes(String(r.dealId)) && n < 3;
    });
  }
  return JSON.stringify(v1);
}

beforeAll(async () => {
  // The rep's data: (part of) the committed v1 backup, restored, then exported by today's code.
  db = new AppDB(`test-fuzz-${crypto.randomUUID()}`);
  // Counts every write that reaches the database (all of Dexie's writes go through DBCore mutate).
  db.use({
    stack: 'dbcore',
    name: 'count-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            writes += 1;
            return table.mutate(request);
          },
        };
      },
    }),
  });
  await applyImport(db, readOrThrow(smallBackup()), 'replace');
  const text = backupToJson(await exportBackup(db, NOW));
  base = JSON.parse(text) as Json;
  baseFile = readOrThrow(text);
  // The database as the fuzzing starts (and as it is put back after each successful import).
  await applyImport(db, baseFile, 'replace');
  baseline = await snapshot();
});

afterAll(async () => {
  db.close();
  await db.delete();
});

/** The options page's path: read the file, then import it (the plan is computed again inside). */
async function restore(text: string, mode: ImportMode): Promise<Outcome> {
  const read = readBackup(text);
  if (!read.ok) return { kind: 'refused-read', problems: read.problems };
  try {
    await applyImport(db, read.file, mode);
    return { kind: 'imported' };
  } catch (error) {
    if (error instanceof ImportRefusedError) return { kind: 'refused-plan', problems: error.problems };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Mutations of a valid backup's JSON. Positions are natural numbers taken modulo what is there, so
// fast-check can shrink them.

interface Slot {
  parent: Json[] | { [key: string]: Json };
  key: string | number;
}

/** Every property and array element of the tree, depth first. */
function slots(root: Json): Slot[] {
  const found: Slot[] = [];
  const walk = (node: Json) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        found.push({ parent: node, key: i });
        walk(child);
      });
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        found.push({ parent: node, key });
        walk(child);
      }
    }
  };
  walk(root);
  return found;
}

function get(slot: Slot): Json {
  return (slot.parent as Record<string | number, Json>)[slot.key] as Json;
}
function set(slot: Slot, value: Json): void {
  (slot.parent as Record<string | number, Json>)[slot.key] = value;
}
function remove(slot: Slot): void {
  if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
  else delete slot.parent[slot.key];
}

const pick = <T>(list: readonly T[], at: number): T | undefined => list[at % Math.max(list.length, 1)];

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'retype'; at: number; value: Json }
  | { kind: 'hostile-string'; at: number; value: string }
  | { kind: 'huge-string'; at: number; length: number }
  | { kind: 'duplicate-id'; at: number; from: number }
  | { kind: 'duplicate-record'; at: number }
  | { kind: 'fresh-id'; at: number; id: string }
  | { kind: 'extra-key'; at: number; key: string; value: Json }
  | { kind: 'rename-deal'; at: number; id: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  // A deal under a new id, its follow-ups and events following it: a consistent file whose threads
  // are tracked here by other deals (merge must refuse it, replace may take it).
  fc.record({ kind: fc.constant('rename-deal' as const), at: fc.nat(), id: fc.uuid() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('retype' as const),
    at: fc.nat(),
    value: fc.oneof(
      fc.constantFrom<Json>(null, true, 0, -1, 1.5, 8.64e15 + 1, '', [], {}, '2026-03-03', 'NaN'),
      fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    ),
  }),
  fc.record({
    kind: fc.constant('hostile-string' as const),
    at: fc.nat(),
    value: fc.constantFrom(...HOSTILE_STRINGS),
  }),
  fc.record({
    kind: fc.constant('huge-string' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1000, max: 300_000 }),
  }),
  fc.record({ kind: fc.constant('duplicate-id' as const), at: fc.nat(), from: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-record' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('fresh-id' as const),
    at: fc.nat(),
    id: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...HOSTILE_STRINGS)),
  }),
  fc.record({
    kind: fc.constant('extra-key' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...POLLUTING_KEYS), fc.string({ maxLength: 10 })),
    value: fc.oneof(
      fc.constant<Json>({ polluted: true }),
      fc.constant<Json>({ prototype: { polluted: true } }),
      fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>,
    ),
  }),
);

/** The records of every table, each with its table's other records (for ids). */
function records(root: Json): { record: { [key: string]: Json }; table: Json[] }[] {
  const data = (root as { data?: Record<string, Json> }).data ?? {};
  return Object.values(data).flatMap((table) =>
    Array.isArray(table)
      ? table.flatMap((record) =>
          record && typeof record === 'object' && !Array.isArray(record) ? [{ record, table }] : [],
        )
      : [],
  );
}

function mutate(root: Json, m: Mutation): void {
  const all = slots(root);
  const strings = all.filter((s) => typeof get(s) === 'string');
  const objects = all.filter((s) => {
    const v = get(s);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  switch (m.kind) {
    case 'delete': {
      const slot = pick(all, m.at);
      if (slot) remove(slot);
      return;
    }
    case 'retype': {
      const slot = pick(all, m.at);
      if (slot) set(slot, structuredClone(m.value));
      return;
    }
    case 'hostile-string': {
      const slot = pick(strings, m.at);
      if (slot) set(slot, m.value);
      return;
    }
    case 'huge-string': {
      const slot = pick(strings, m.at);
      if (slot) set(slot, 'A'.repeat(m.length));
      return;
    }
    case 'duplicate-id': {
      const target = pick(records(root), m.at);
      const source = target && pick(target.table, m.from);
      if (target && source && typeof source === 'object' && !Array.isArray(source) && 'id' in source) {
        target.record.id = source.id as Json;
      }
      return;
    }
    case 'duplicate-record': {
      const target = pick(records(root), m.at);
      if (target) target.table.push(structuredClone(target.record));
      return;
    }
    case 'fresh-id': {
      const target = pick(records(root), m.at);
      if (target && 'id' in target.record) target.record.id = m.id;
      return;
    }
    case 'rename-deal': {
      const data = (root as { data?: Record<string, Json> }).data;
      const list = (key: string): { id?: Json; dealId?: Json }[] => {
        const table = data && typeof data === 'object' ? data[key] : undefined;
        if (!Array.isArray(table)) return [];
        return table.filter(
          (r): r is { [key: string]: Json } => r !== null && typeof r === 'object' && !Array.isArray(r),
        );
      };
      const deal = pick(list('deals'), m.at);
      if (!deal) return;
      for (const r of [...list('followUps'), ...list('events')]) if (r.dealId === deal.id) r.dealId = m.id;
      deal.id = m.id;
      return;
    }
    case 'extra-key': {
      const slot = pick(objects, m.at);
      const object = slot ? (get(slot) as { [key: string]: Json }) : (root as { [key: string]: Json });
      // defineProperty: an own "__proto__" key, as JSON.parse makes one, not a prototype change.
      Object.defineProperty(object, m.key, {
        value: structuredClone(m.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return;
    }
  }
}

type TextEdit =
  | { kind: 'none' }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; text: string };

const textEditArb: fc.Arbitrary<TextEdit> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('splice' as const),
      at: fc.nat(),
      text: fc.constantFrom(',', '}', '"', '\\', '\u0000', '{"__proto__":{"polluted":true}}', 'null'),
    }),
  },
);

function editText(text: string, edit: TextEdit): string {
  if (edit.kind === 'none') return text;
  const at = edit.at % (text.length + 1);
  return edit.kind === 'truncate' ? text.slice(0, at) : text.slice(0, at) + edit.text + text.slice(at);
}

const mutatedBackupArb = fc
  .record({ mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }), edit: textEditArb })
  .map(({ mutations, edit }) => {
    const root = structuredClone(base);
    for (const m of mutations) mutate(root, m);
    return editText(JSON.stringify(root), edit);
  });

/** Files that are not a mutated backup at all. */
const randomInputArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record({
      format: fc.constantFrom('relance-backup', 'relance-process', '__proto__', ''),
      formatVersion: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constant(1.5)),
      exportedAt: fc.oneof(fc.nat(), fc.constant(-1)),
      data: fc.dictionary(
        fc.constantFrom(...FULL_TABLES, '__proto__', 'extra'),
        fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
      ),
    })
    .map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '',
    'null',
    '{}',
    '[]',
    '\uFEFF{}',
    '{"format":"relance-backup"}',
    '{"__proto__":{"polluted":1}}',
  ),
);

const inputArb = fc.record({
  text: fc.oneof({ weight: 4, arbitrary: mutatedBackupArb }, { weight: 1, arbitrary: randomInputArb }),
  mode: fc.constantFrom<ImportMode>('merge', 'replace'),
});

// ---------------------------------------------------------------------------------------------

/** Records of `table` by primary key. */
async function storedById(table: string): Promise<Map<string, unknown>> {
  const key = table === 'meta' ? 'key' : 'id';
  const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
  return new Map(rows.map((r) => [String(r[key]), r]));
}

/**
 * The values a schema rewrites on purpose when it reads them (lib/model/schemas.ts: the settings are
 * "checked and normalised": days sorted and unique, addresses lower-cased, the name trimmed). A file
 * may hold them in another order or case; the database holds the normalised form.
 */
const NORMALISED: Partial<Record<string, readonly string[]>> = {
  settings: ['workingDays', 'holidays', 'vacations', 'ownAddresses', 'senderName'],
};

/**
 * A record as the file wrote it, plus the keys its schema fills when a file leaves them out (a field
 * added after older files were written, such as settings.webmailAddsSignature): those are the only
 * keys a stored record may have that the text does not; and, for the keys the schema normalises
 * (NORMALISED), their normalised value. Any other value must be stored as the text wrote it.
 */
function withDefaults(table: string, record: object): object {
  const schema = fullDataSchema.shape[table as keyof typeof fullDataSchema.shape]?.element;
  const read = schema?.safeParse(record);
  if (!read?.success) return record;
  const parsed = read.data as Record<string, unknown>;
  const added = Object.entries(parsed).filter(([key]) => !(key in record));
  const normalised = (NORMALISED[table] ?? [])
    .filter((key) => key in record)
    .map((key) => [key, parsed[key]]);
  return { ...record, ...Object.fromEntries(added), ...Object.fromEntries(normalised) };
}

/**
 * Every record of the file's TEXT is in the database exactly as written there (not merely as the
 * parser returned it: a key dropped on the way would be a silent loss); replace: nothing else.
 */
async function expectImportedWhole(text: string, mode: ImportMode, before: string): Promise<void> {
  const data = (JSON.parse(text) as { data: Record<string, { id: string; key?: string }[]> }).data;
  const beforeTables = JSON.parse(before) as { id: string }[][];
  for (const [i, table] of FULL_TABLES.entries()) {
    const stored = await storedById(table);
    if (table === 'meta') {
      const fileIds = (data.meta ?? []).find((m) => m.key === SEEDED_IDS_KEY) as
        | { value?: string[] }
        | undefined;
      const seeded = stored.get(SEEDED_IDS_KEY) as { value: string[] } | undefined;
      for (const id of fileIds?.value ?? []) expect(seeded?.value).toContain(id);
      continue;
    }
    const incoming = data[table] ?? [];
    for (const record of incoming)
      expect(stored.get(record.id), `${table} ${record.id}`).toEqual(withDefaults(table, record));
    const fileIds = new Set(incoming.map((r) => r.id));
    if (mode === 'replace') expect(stored.size, table).toBe(fileIds.size);
    else {
      for (const r of beforeTables[i] ?? []) if (!fileIds.has(r.id)) expect(stored.get(r.id)).toEqual(r);
    }
  }
}

describe('import fuzzing: refused with a message and nothing changed, or imported whole', () => {
  it('2,000 mutated backups and random files', async () => {
    const seen = { 'refused-read': 0, 'refused-plan': 0, imported: 0 };
    // Always tried: settings written before webmailAddsSignature existed (the schema fills false).
    const older = structuredClone(base) as { data: { settings: Record<string, unknown>[] } };
    for (const settings of older.data.settings) delete settings.webmailAddsSignature;
    const olderSettings = { text: JSON.stringify(older), mode: 'merge' as ImportMode };
    // Always tried: settings in another order and case than the schema keeps them (it normalises).
    const unsorted = structuredClone(base) as { data: { settings: Record<string, unknown>[] } };
    for (const settings of unsorted.data.settings) {
      settings.workingDays = [5, 1, 4, 3, 2, 1];
      settings.ownAddresses = [' Jordan.Lee@Acme.test '];
      settings.senderName = '  Jordan Lee ';
    }
    const unsortedSettings = { text: JSON.stringify(unsorted), mode: 'merge' as ImportMode };
    await fc.assert(
      fc.asyncProperty(inputArb, async ({ text, mode }) => {
        writes = 0;
        const outcome = await restore(text, mode);
        seen[outcome.kind] += 1;
        // No key on Object.prototype appeared, whatever the file held.
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (outcome.kind === 'imported') {
          await expectImportedWhole(text, mode, baseline);
          // Back to the rep's data for the next input.
          await applyImport(db, baseFile, 'replace');
          expect(await snapshot()).toBe(baseline);
          return;
        }
        expect(outcome.problems.length).toBeGreaterThan(0);
        expect(outcome.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
        for (const problem of outcome.problems) {
          expect(typeof problem.path === 'string' && problem.path.length > 0).toBe(true);
          expect(typeof problem.message === 'string' && problem.message.trim().length > 0).toBe(true);
        }
        if (outcome.kind === 'refused-read') {
          // Refused before the database was touched: not one write reached it.
          expect(writes).toBe(0);
        } else {
          expect(await snapshot()).toBe(baseline);
        }
      }),
      { numRuns: 2000, examples: [[olderSettings], [unsortedSettings]] },
    );
    expect(await snapshot()).toBe(baseline);
    // Every way out was taken many times: a fuzzer that only ever hits one path proves little.
    expect(seen['refused-read']).toBeGreaterThan(500);
    expect(seen['refused-plan']).toBeGreaterThan(5);
    expect(seen.imported).toBeGreaterThan(50);
  }, 60_000);

  it('a file past the size limit is refused before it is parsed', () => {
    const huge = `{"format":"relance-backup","x":"${'A'.repeat(50 * 1024 * 1024)}"}`;
    const result = readBackup(huge);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['(file)']);
  });
});
