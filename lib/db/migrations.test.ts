// The migration harness: for EVERY version of SCHEMA_HISTORY, a database written at that version
// with representative records of every table — shaped as the model was then — is opened by the
// current AppDB, and every record must still be there, keep every field it had, and be valid for
// the current model (the strict schemas of lib/backup, which a backup of it must pass anyway).
// Then every committed backup file of a past format version must import whole.
//
// A new schema version: append its records to RECORDS_AT (the first test fails until you do).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { backupToJson, exportBackup } from '../backup/export';
import { FORMAT_VERSION, readBackup } from '../backup/format';
import { applyImport } from '../backup/import';
import {
  cadenceSchema,
  dealSchema,
  eventSchema,
  followUpSchema,
  metaSchema,
  settingsSchema,
  stageSchema,
  templateSchema,
} from '../backup/schemas';
import type { EventDataMap, EventType } from '../model';
import { SEEDED_IDS_KEY } from './meta';
import { AppDB, declareSchema, SCHEMA_HISTORY, SCHEMA_VERSION } from './schema';

type Row = Record<string, unknown>;
const TABLES = [
  'stages',
  'cadences',
  'templates',
  'deals',
  'followUps',
  'events',
  'settings',
  'meta',
] as const;
type TableName = (typeof TABLES)[number];
type Records = Record<TableName, Row[]>;

const BACKUPS_DIR = join(process.cwd(), 'test/fixtures/backups');
const readJson = (file: string) => JSON.parse(readFileSync(join(BACKUPS_DIR, file), 'utf8'));

/** 2026-03-03 10:00 in Paris. */
const T = 1_772_528_400_000;
const HOUR = 3_600_000;

// ---------------------------------------------------------------------------------------------
// Version 1: what Relance wrote before deals had pausedUntil and replyLikely. The committed v1
// backup is an export of a v1 database, table by table: its records are v1 records as stored.
// Added by hand: the deal statuses, follow-up statuses, event types and meta caches it lacks.

function recordsAtV1(): Records {
  const fromBackup = readJson('relance-backup-v1.json').data as Records;
  const deal = fromBackup.deals[0] as Row;
  const v1Deal = (id: string, threadId: string, overrides: Row): Row => ({
    ...deal,
    id,
    threadId,
    provider: 'outlook',
    url: `https://outlook.office.com/mail/id/${encodeURIComponent(threadId)}`,
    ...overrides,
  });
  const deals = [
    ...fromBackup.deals,
    v1Deal('deal-paused', 'AAQkADAwATM0MDAAMS1=', {
      status: 'paused',
      pausedAt: T,
      pauseReason: 'Prospect on holiday',
      cadence: null,
      nextStep: null,
    }),
    v1Deal('deal-lost', 'AAQkADAwATM0MDAAMS2=', { status: 'lost', stageId: 'lost', cadence: null }),
    v1Deal('deal-replied', 'AAQkADAwATM0MDAAMS3=', {
      status: 'replied',
      value: { amount: 18_500, currency: 'EUR' },
      doneActionIds: ['lead-source'],
      contact: { name: '<img src=x onerror=alert(1)>', email: 'élodie@exemple.test', phone: '+33 1 23' },
    }),
  ];
  const followUp = (id: string, dealId: string, overrides: Row): Row => ({
    id,
    dealId,
    cadenceId: 'default',
    stepIndex: 0,
    stepCount: 10,
    dueAt: T + HOUR,
    channel: 'email',
    templateKind: 'relance',
    status: 'due',
    snoozedFrom: null,
    handledAt: null,
    note: '',
    createdAt: T,
    ...overrides,
  });
  const followUps = [
    ...fromBackup.followUps,
    followUp('fu-paused', 'deal-paused', { status: 'paused' }),
    followUp('fu-done', 'deal-replied', { status: 'done', handledAt: T, note: 'Called, left a message' }),
    followUp('fu-skipped', 'deal-replied', { status: 'skipped', handledAt: T, stepIndex: 1 }),
    followUp('fu-cancelled', 'deal-lost', { status: 'cancelled', cadenceId: null, templateKind: null }),
    followUp('fu-snoozed', 'deal-paused', { snoozedFrom: T, dueAt: T + 3 * HOUR, channel: 'phone' }),
  ];
  const data: EventDataMap = {
    tracked: {},
    'stage-changed': { from: 'lead', to: 'meeting' },
    'next-step-set': { at: T + 24 * HOUR, channel: 'phone' },
    'cadence-started': { cadenceId: 'default', followUpCount: 10 },
    'cadence-cancelled': { cancelled: 3 },
    'follow-up-done': { followUpId: 'fu-done', stepIndex: 0, note: 'ok' },
    'follow-up-skipped': { followUpId: 'fu-skipped', stepIndex: 1 },
    'follow-up-snoozed': { followUpId: 'fu-snoozed', from: T, to: T + 3 * HOUR },
    'follow-ups-shifted': { from: '2026-08-03', to: '2026-08-14', moved: 2 },
    paused: { reason: 'Prospect on holiday' },
    resumed: { pausedForMs: 2 * HOUR },
    reply: { from: 'dana@northwind.test', cancelled: 2 },
    'template-inserted': { templateId: 'relance-en', kind: 'relance' },
    won: {},
    lost: { reason: 'Went with a competitor' },
    note: { text: 'Budget in Q3' },
    'thread-added': { provider: 'gmail', threadId: '19a68e3a2c7d51b0', subject: 'Second thread' },
    'thread-removed': { provider: 'outlook', threadId: 'AAQk-1', subject: '' },
  };
  const events = [
    ...fromBackup.events,
    ...(Object.keys(data) as EventType[]).map((type, i) => ({
      id: `ev-${type}`,
      dealId: 'deal-replied',
      type,
      at: T + i,
      data: data[type],
    })),
  ];
  const meta = [
    ...fromBackup.meta,
    // Caches the background keeps (lib/reminders, lib/replies): not in backups, kept by upgrades.
    { key: 'notified', value: { 'fu-paused': T } },
    { key: 'feed-seen', value: ['tag:gmail.google.com,2004:1'] },
    { key: 'list-rows-seen', value: ['row-1'] },
  ];
  return { ...fromBackup, deals, followUps, events, meta };
}

// Version 2: deals carry pausedUntil (an out-of-office pause that ends by itself) and replyLikely.
function recordsAtV2(): Records {
  const v1 = recordsAtV1();
  const deals = v1.deals.map((deal): Row => {
    if (deal.id === 'deal-paused') {
      return { ...deal, pauseReason: 'out-of-office', pausedUntil: T + 7 * 24 * HOUR, replyLikely: null };
    }
    if (deal.id === 'deal-replied') {
      return {
        ...deal,
        pausedUntil: null,
        replyLikely: { at: T, from: 'dana@northwind.test', source: 'gmail-feed' },
      };
    }
    return { ...deal, pausedUntil: null, replyLikely: null };
  });
  return { ...v1, deals };
}

// Version 3: a deal is not a thread. Its threads[] (zero or more) with their threadKeys, and
// companyGuessed. Beside the upgraded v2 deals: a deal with two threads, one with none.
function recordsAtV3(): Records {
  const v2 = recordsAtV2();
  const deals = v2.deals.map((deal): Row => ({ ...movedToV3(deal), companyGuessed: false }));
  const base = deals[0] as Row;
  const thread = (provider: string, threadId: string) => ({
    provider,
    threadId,
    url: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
    subject: `Thread ${threadId}`,
    account: null,
  });
  deals.push(
    {
      ...base,
      id: 'deal-two-threads',
      threads: [thread('gmail', 'v3-a'), thread('outlook', 'v3-b')],
      threadKeys: ['gmail:v3-a', 'outlook:v3-b'],
      companyGuessed: true,
    },
    {
      ...base,
      id: 'deal-no-thread',
      threads: [],
      threadKeys: [],
      companyGuessed: false,
      contact: { name: 'Trade show contact', email: '', phone: '+33 6 00 00 00 00' },
    },
  );
  return { ...v2, deals };
}

// Version 4: only a new table, seenMessages (a derived cache outside backups, checked by
// schema.test.ts and seen-messages.test.ts): the records of the other tables are v3's.
const recordsAtV4 = recordsAtV3;

// Version 5: indexes only (deals.pausedUntil, followUps [templateKind+status]): v4's records.
const recordsAtV5 = recordsAtV4;

/** 2026-03-03's Dana, as every deal built from the committed v1 file's first deal has her. */
const DANA_KEYS = [
  'email:dana.whitfield@northwind-labs.test',
  'domain:northwind-labs.test',
  'name:Dana Whitfield',
];

/**
 * Version 6: deals carry their index keys, gmailAccounts and prospectKeys (written here by hand,
 * not by the function under test). Beside v5's deals (each given the keys version 6's upgrade must
 * compute: INDEX_KEYS): a deal in a second Gmail mailbox, with a public address.
 */
const INDEX_KEYS: Record<string, { gmailAccounts: number[]; prospectKeys: string[] }> = {
  '432dcf44-8bff-440c-bfef-43ad84567420': { gmailAccounts: [0], prospectKeys: DANA_KEYS },
  '5ba72b5c-affc-466b-8787-87413317cae3': {
    gmailAccounts: [],
    prospectKeys: ['email:mia@fabrikam.example', 'domain:fabrikam.example', 'name:Mia Kovač'],
  },
  'deal-paused': { gmailAccounts: [], prospectKeys: DANA_KEYS },
  'deal-lost': { gmailAccounts: [], prospectKeys: DANA_KEYS },
  'deal-replied': {
    gmailAccounts: [],
    prospectKeys: ['email:élodie@exemple.test', 'domain:exemple.test', 'name:<img src=x onerror=alert(1)>'],
  },
  'deal-two-threads': { gmailAccounts: [0], prospectKeys: DANA_KEYS },
  'deal-no-thread': { gmailAccounts: [], prospectKeys: ['name:Trade show contact'] },
  'deal-second-mailbox': {
    gmailAccounts: [2],
    prospectKeys: ['email:sam.ortiz@gmail.com', 'name:Sam Ortiz'],
  },
};

function recordsAtV6(): Records {
  const v5 = recordsAtV5();
  const deals = v5.deals.map((deal): Row => ({ ...deal, ...INDEX_KEYS[String(deal.id)] }));
  const base = deals[0] as Row;
  deals.push({
    ...base,
    id: 'deal-second-mailbox',
    threads: [
      {
        provider: 'gmail',
        threadId: 'v6-u2',
        url: 'https://mail.google.com/mail/u/2/#inbox/v6-u2',
        subject: 'From the second mailbox',
        account: 'jordan.lee@acme-sales.test',
      },
    ],
    threadKeys: ['gmail:v6-u2'],
    contact: { name: 'Sam Ortiz', email: 'sam.ortiz@gmail.com', phone: '' },
    companyGuessed: false,
    company: '',
    ...INDEX_KEYS['deal-second-mailbox'],
  });
  return { ...v5, deals };
}

/** Representative records as each schema version stored them. */
const RECORDS_AT: Record<number, () => Records> = {
  1: recordsAtV1,
  2: recordsAtV2,
  3: recordsAtV3,
  4: recordsAtV4,
  5: recordsAtV5,
  6: recordsAtV6,
};

/** Tables of derived caches: not in backups, not compared here. */
const DERIVED: readonly string[] = ['seenMessages'];

const THREAD_FIELDS = ['provider', 'threadId', 'url', 'subject', 'account'];

/** What a deal written before version 3 is once upgraded: its thread fields moved into threads[]. */
function movedToV3(deal: Row): Row {
  if ('threads' in deal) return deal;
  const rest = Object.fromEntries(Object.entries(deal).filter(([k]) => !THREAD_FIELDS.includes(k)));
  return {
    ...rest,
    threads: [
      {
        provider: deal.provider,
        threadId: deal.threadId,
        url: deal.url,
        subject: deal.subject,
        account: deal.account,
      },
    ],
    threadKeys: [`${String(deal.provider)}:${String(deal.threadId)}`],
  };
}

/**
 * A record as the current version should hold it: every field it had, moved where an upgrade moves
 * it; a deal with the index keys version 6 computes (INDEX_KEYS).
 */
function expectedNow(table: TableName, record: Row): Row {
  if (table !== 'deals') return record;
  const keys = INDEX_KEYS[String(record.id)];
  if (!keys) throw new Error(`No INDEX_KEYS for deal ${String(record.id)}: add them`);
  return { ...movedToV3(record), ...keys };
}

// ---------------------------------------------------------------------------------------------

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** The current model's rule for each table's records. */
function isValidNow(table: TableName, record: Row): { success: boolean; error?: unknown } {
  switch (table) {
    case 'stages':
      return stageSchema.safeParse(record);
    case 'cadences':
      return cadenceSchema.safeParse(record);
    case 'templates':
      return templateSchema.safeParse(record);
    case 'deals':
      return dealSchema.safeParse(record);
    case 'followUps':
      return followUpSchema.safeParse(record);
    case 'events':
      return eventSchema.safeParse(record);
    case 'settings':
      return settingsSchema.safeParse(record);
    case 'meta':
      // seeded-ids has a schema; the other keys are caches whose value is kept as is.
      return record.key === SEEDED_IDS_KEY ? metaSchema.safeParse(record) : { success: 'value' in record };
  }
}

const keyOf = (table: TableName, record: Row) => String(table === 'meta' ? record.key : record.id);

describe('every past schema version opens with the current AppDB, nothing lost', () => {
  it('has representative records for every version of SCHEMA_HISTORY', () => {
    expect(Object.keys(RECORDS_AT).map(Number)).toEqual(SCHEMA_HISTORY.map((v) => v.version));
  });

  it.each(SCHEMA_HISTORY.map((v) => v.version))('version %i', async (version) => {
    const written = RECORDS_AT[version]?.();
    if (!written) throw new Error(`No records for schema version ${version}: add them to RECORDS_AT`);
    const name = `test-migration-v${version}-${crypto.randomUUID()}`;

    const old = new Dexie(name);
    declareSchema(old, version);
    opened.push(old);
    await old.open();
    expect(old.verno).toBe(version);
    expect(
      old.tables
        .map((t) => t.name)
        .filter((t) => !DERIVED.includes(t))
        .sort(),
    ).toEqual([...TABLES].sort());
    await old.transaction('rw', old.tables, async () => {
      for (const table of TABLES) await old.table(table).bulkAdd(written[table]);
    });
    old.close();
    opened.splice(opened.indexOf(old), 1); // the same database: AppDB below deletes it

    const db = new AppDB(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    for (const table of TABLES) {
      const stored = (await db.table(table).toArray()) as Row[];
      const byKey = new Map(stored.map((r) => [keyOf(table, r), r]));
      // Every record is still there, and no other appeared.
      expect([...byKey.keys()].sort(), table).toEqual(written[table].map((r) => keyOf(table, r)).sort());
      for (const record of written[table]) {
        const now = byKey.get(keyOf(table, record));
        // Every field it had, with the value it had (an upgrade adds fields or moves them, never
        // drops one)…
        expect(now, `${table} ${keyOf(table, record)}`).toMatchObject(expectedNow(table, record));
        // …and valid for today's model.
        const valid = isValidNow(table, now as Row);
        expect(valid.success, `${table} ${keyOf(table, record)}: ${String(valid.error)}`).toBe(true);
      }
    }
    // The whole database is a valid backup too: references, one deal per thread, settings rules.
    const backup = readBackup(backupToJson(await exportBackup(db, T)));
    expect(backup.ok ? [] : backup.problems).toEqual([]);
  });
});

describe('every committed backup file imports whole', () => {
  const files = readdirSync(BACKUPS_DIR).filter((f) => f.endsWith('.json'));

  it('has a file for every past format version', () => {
    const versions = files.map((f) => readJson(f).formatVersion as number);
    for (let v = 1; v < FORMAT_VERSION; v++) expect(versions, `a relance-backup-v${v}.json`).toContain(v);
  });

  it.each(files)('%s', async (file) => {
    const json = readJson(file);
    const result = readBackup(readFileSync(join(BACKUPS_DIR, file), 'utf8'));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.file.formatVersion).toBe(FORMAT_VERSION);
    const db = new AppDB(`test-backup-${crypto.randomUUID()}`);
    opened.push(db);
    await applyImport(db, result.file, 'replace');
    for (const table of TABLES) {
      expect(await db.table(table).count(), table).toBe(json.data[table].length);
    }
    for (const deal of json.data.deals as Row[]) {
      // What the file said about each deal is what the database holds (its thread in threads[]).
      expect(await db.deals.get(String(deal.id))).toMatchObject(movedToV3(deal));
    }
  });
});
