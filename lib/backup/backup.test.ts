import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activeGmailAccounts, dealsByProspectKeys } from '../db/deals';
import { AppDB } from '../db/schema';
import { seedDefaults } from '../db/seed';
import { DAY, NOW, setUpTestDb, snapshotTables } from '../db/test-support';
import { type Contact, type Deal, prospectKeysOf, senderKeys } from '../model';
import { gmailAccountsToWatch } from '../replies/watch';
import { setNextStep } from '../services/deals';
import { scheduleCadence } from '../services/follow-ups';
import { setStage } from '../services/lifecycle';
import { unwrap } from '../services/result';
import { saveSettings } from '../services/settings';
import { THREAD, trackSample } from '../services/test-support';
import { backupFileName, backupToJson, exportBackup, exportProcess } from './export';
import {
  FORMAT_VERSION,
  type FormatMigration,
  type FullBackup,
  MAX_FILE_CHARS,
  MAX_PROBLEMS,
  type Problem,
  readBackup,
  readProcess,
} from './format';
import { applyImport, ImportRefusedError, planImport } from './import';

const t = setUpTestDb();

/** A database with a bit of everything: two deals, a running cadence, events, edited settings. */
async function fill(db: AppDB): Promise<void> {
  const deal = await trackSample(db);
  await trackSample(db, { threadId: 'second-thread', contact: { name: 'Ana', email: 'ana@globex.test' } });
  unwrap(await scheduleCadence(db, { dealId: deal.id, cadenceId: 'default' }, NOW));
  unwrap(await setStage(db, { dealId: deal.id, stageId: 'meeting' }, NOW + 1));
  unwrap(
    await setNextStep(
      db,
      {
        dealId: deal.id,
        nextStep: {
          at: NOW + 2 * DAY,
          channel: 'phone',
          repAction: 'Prepare a quote',
          prospectAction: '',
          reason: '',
        },
      },
      NOW + 2,
    ),
  );
  unwrap(
    await saveSettings(db, { followUpTime: '08:30', senderName: 'Jordan', holidays: ['2026-05-01'] }, NOW),
  );
}

async function backupText(db: AppDB): Promise<string> {
  return backupToJson(await exportBackup(db, NOW));
}

function read(text: string): FullBackup {
  const result = readBackup(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
}

/** A valid backup as plain JSON, to break on purpose. */
async function validJson(): Promise<{
  format: string;
  formatVersion: number;
  data: Record<string, unknown[]>;
}> {
  await fill(t.db);
  return JSON.parse(await backupText(t.db));
}

/** One record of a table of a backup's JSON, to break on purpose. */
function row(
  json: { data: Record<string, unknown[]> },
  table: string,
  index: number,
): Record<string, unknown> {
  const record = json.data[table]?.[index];
  if (!record || typeof record !== 'object') throw new Error(`no ${table}[${index}] in the backup`);
  return record as Record<string, unknown>;
}

function problemsOf(value: unknown): Problem[] {
  const result = readBackup(typeof value === 'string' ? value : JSON.stringify(value));
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

async function withFreshDb<T>(run: (db: AppDB) => Promise<T>): Promise<T> {
  const db = new AppDB(`test-${crypto.randomUUID()}`);
  try {
    return await run(db);
  } finally {
    db.close();
    await db.delete();
  }
}

describe('exportBackup', () => {
  it('writes every table under a versioned envelope', async () => {
    await fill(t.db);
    const file = await exportBackup(t.db, NOW);
    expect(file).toMatchObject({ format: 'relance-backup', formatVersion: FORMAT_VERSION, exportedAt: NOW });
    expect(file.data.deals).toHaveLength(2);
    expect(file.data.followUps.length).toBeGreaterThan(5);
    expect(file.data.events.length).toBeGreaterThan(2);
    expect(file.data.settings[0]?.followUpTime).toBe('08:30');
    expect(file.data.meta[0]?.key).toBe('seeded-ids');
    expect(backupFileName(file)).toBe('relance-backup-2026-03-03.json');
  });

  it('round-trips: export, import into an empty database, the same records', async () => {
    await fill(t.db);
    const before = await snapshotTables(t.db);
    const text = await backupText(t.db);
    const after = await withFreshDb(async (db) => {
      const plan = await applyImport(db, read(text), 'replace');
      expect(plan.tables.deals).toEqual({ add: 2, update: 0, unchanged: 0, remove: 0 });
      return snapshotTables(db);
    });
    expect(after).toEqual(before);
  });

  it('re-importing the same file in merge mode changes nothing and says so', async () => {
    await fill(t.db);
    const before = await snapshotTables(t.db);
    const plan = await applyImport(t.db, read(await backupText(t.db)), 'merge');
    for (const counts of Object.values(plan.tables)) expect(counts).toMatchObject({ add: 0, update: 0 });
    expect(await snapshotTables(t.db)).toEqual(before);
  });
});

describe('readBackup refuses a malformed file, naming the first problems', () => {
  it('truncated JSON', async () => {
    const text = await (async () => {
      await fill(t.db);
      return backupText(t.db);
    })();
    const [problem] = problemsOf(text.slice(0, text.length / 2));
    expect(problem?.message).toMatch(/not valid JSON.*truncated/);
  });

  it('not a Relance file at all', () => {
    expect(problemsOf({ hello: 'world' })[0]?.path).toBe('format');
    expect(problemsOf('[1,2,3]')[0]?.path).toBe('(file)');
    expect(problemsOf('null')).toHaveLength(1);
  });

  it('a shared process offered as a full backup, and the reverse', async () => {
    await fill(t.db);
    const process = backupToJson(await exportProcess(t.db, NOW));
    expect(problemsOf(process)[0]?.message).toMatch(/shared Relance process/);
    const result = readProcess(await backupText(t.db));
    expect(result.ok || result.problems[0]?.message).toMatch(/full Relance backup/);
  });

  it('a too-new format version', async () => {
    const json = await validJson();
    json.formatVersion = FORMAT_VERSION + 1;
    const [problem] = problemsOf(json);
    expect(problem).toEqual({
      path: 'formatVersion',
      message: expect.stringMatching(/newer Relance/),
      key: 'newerVersion',
      params: { version: FORMAT_VERSION + 1, latest: FORMAT_VERSION },
    });
  });

  it('an envelope without its export date, and a file that is not an object: each problem has its key', async () => {
    const { exportedAt: _gone, ...json } = (await validJson()) as Record<string, unknown>;
    expect(problemsOf(json)).toEqual([
      {
        path: 'exportedAt',
        message: expect.any(String),
        key: 'envelopeField',
        params: { field: 'exportedAt' },
      },
    ]);
    expect(problemsOf('[1,2,3]')[0]?.key).toBe('notRelanceFile');
    expect(problemsOf('{"format": "relance-bac')[0]?.key).toBe('notJson');
  });

  it('a version that is not a version', async () => {
    const json = await validJson();
    expect(problemsOf({ ...json, formatVersion: 0 })[0]?.path).toBe('formatVersion');
    expect(problemsOf({ ...json, formatVersion: '1' })[0]?.path).toBe('formatVersion');
  });

  it('a missing field', async () => {
    const json = await validJson();
    delete row(json, 'deals', 1).stageId;
    expect(problemsOf(json)).toEqual([
      {
        path: 'data.deals[1].stageId',
        message: expect.any(String),
        key: 'recordField',
        params: { table: 'deals', index: 2, field: 'stageId' },
      },
    ]);
  });

  it('a missing table', async () => {
    const json = await validJson();
    delete json.data.followUps;
    expect(problemsOf(json)[0]?.path).toBe('data.followUps');
  });

  it('wrong types', async () => {
    const json = await validJson();
    row(json, 'followUps', 0).dueAt = 'tomorrow';
    row(json, 'stages', 2).targetConversion = 7;
    const paths = problemsOf(json).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['data.followUps[0].dueAt', 'data.stages[2].targetConversion']),
    );
  });

  it('a field the model does not have', async () => {
    const json = await validJson();
    row(json, 'templates', 0).html = '<b>hi</b>';
    expect(problemsOf(json)[0]?.message).toMatch(/html/);
  });

  it('a __proto__ key is refused, and nothing gets polluted', async () => {
    const json = await validJson();
    const text = JSON.stringify(json).replace('"format":', '"__proto__":{"polluted":true},"format":');
    expect(problemsOf(text).length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('settings the settings form would refuse', async () => {
    const json = await validJson();
    row(json, 'settings', 0).followUpTime = '25:99';
    expect(problemsOf(json)[0]).toEqual({
      path: 'data.settings[0].followUpTime',
      message: expect.stringMatching(/09:00/),
      key: 'recordField',
      params: { table: 'settings', index: 1, field: 'followUpTime' },
    });
  });

  it('duplicate ids', async () => {
    const json = await validJson();
    json.data.templates?.push(json.data.templates[0]);
    const last = (json.data.templates?.length ?? 0) - 1;
    expect(problemsOf(json)).toEqual([
      {
        path: `data.templates[${last}].id`,
        message: expect.stringMatching(/appears twice/),
        key: 'duplicateId',
        params: { table: 'templates', index: last + 1, id: expect.any(String) },
      },
    ]);
  });

  it('two deals for one thread', async () => {
    const json = await validJson();
    for (const deal of (json.data.deals ?? []) as Deal[]) {
      const thread = deal.threads[0];
      if (thread) thread.threadId = THREAD.threadId;
      deal.threadKeys = deal.threads.map((t) => `${t.provider}:${t.threadId}`);
    }
    expect(problemsOf(json)[0]?.message).toMatch(/same thread/);
  });

  it('thread keys that do not match the threads (a hand-edited file)', async () => {
    const json = await validJson();
    const deal = json.data.deals?.[0] as Deal | undefined;
    if (deal) deal.threadKeys = ['gmail:somewhere-else'];
    expect(problemsOf(json)).toEqual([
      {
        path: 'data.deals[0].threadKeys',
        key: 'recordField',
        params: { table: 'deals', index: 1, field: 'threadKeys' },
        message: expect.stringMatching(/do not match/),
      },
    ]);
  });

  it('index keys that do not match the deal’s threads and contact (a hand-edited file)', async () => {
    const json = await validJson();
    const deal = row(json, 'deals', 1);
    deal.gmailAccounts = [4];
    (deal.contact as { email: string }).email = 'someone@elsewhere.test';
    expect(problemsOf(json)).toEqual([
      {
        path: 'data.deals[1].gmailAccounts',
        key: 'recordField',
        params: { table: 'deals', index: 2, field: 'gmailAccounts' },
        message: expect.stringMatching(/do not match/),
      },
      {
        path: 'data.deals[1].prospectKeys',
        key: 'recordField',
        params: { table: 'deals', index: 2, field: 'prospectKeys' },
        message: expect.stringMatching(/do not match/),
      },
    ]);
  });

  it('references that lead nowhere: follow-up → deal, deal → stage, stage and settings → cadence', async () => {
    const json = await validJson();
    row(json, 'followUps', 0).dealId = 'ghost';
    row(json, 'deals', 0).stageId = 'nowhere';
    row(json, 'stages', 0).defaultCadenceId = 'gone';
    row(json, 'settings', 0).defaultCadenceId = 'gone';
    const problems = problemsOf(json);
    expect(problems.map((p) => p.path)).toEqual([
      'data.stages[0].defaultCadenceId',
      'data.deals[0].stageId',
      'data.followUps[0].dealId',
      'data.settings[0].defaultCadenceId',
    ]);
    expect(problems[2]?.message).toBe('No deal has the id “ghost”.');
  });

  it('names at most the first few problems', async () => {
    const json = await validJson();
    for (const f of json.data.followUps ?? []) (f as Record<string, unknown>).status = 'whatever';
    expect(problemsOf(json)).toHaveLength(MAX_PROBLEMS);
  });

  it('a huge file is refused before it is parsed', () => {
    const huge = `{"format":"relance-backup","pad":"${'x'.repeat(MAX_FILE_CHARS)}"}`;
    expect(problemsOf(huge)[0]?.message).toMatch(/too large/);
  });

  it('hostile strings stay strings, exactly', async () => {
    const json = await validJson();
    const hostile = '<img src=x onerror=alert(1)>{offer}"; DROP TABLE deals; --\u202e';
    const deal = row(json, 'deals', 0);
    (deal.contact as { name: string }).name = hostile;
    deal.prospectKeys = prospectKeysOf(deal.contact as Contact); // a consistent file: its keys follow
    row(json, 'templates', 0).body = hostile;
    const file = read(JSON.stringify(json));
    expect(file.data.deals[0]?.contact.name).toBe(hostile);
    expect(file.data.templates[0]?.body).toBe(hostile);
  });

  it('accepts a byte-order mark', async () => {
    const json = await validJson();
    expect(readBackup(`\uFEFF${JSON.stringify(json)}`).ok).toBe(true);
  });
});

describe('older format versions', () => {
  it('are migrated step by step before validation', async () => {
    const json = await validJson();
    // Pretend the current format is 4, and this file is a "version 1" whose templates lack `builtin`
    // (a made-up old shape): steps 2, 3 and 4 run, in order, on the file's data.
    const order: number[] = [];
    const migrations: FormatMigration[] = [
      {
        to: 4,
        migrate: (data) => {
          order.push(4);
          return data;
        },
      },
      {
        to: 3,
        migrate: (data) => {
          order.push(3);
          return data;
        },
      },
      {
        to: 2,
        migrate: (data) => {
          order.push(2);
          const templates = data.templates as Record<string, unknown>[];
          return { ...data, templates: templates.map((tpl) => ({ ...tpl, builtin: false })) };
        },
      },
    ];
    json.formatVersion = 1;
    for (const tpl of json.data.templates ?? []) delete (tpl as Record<string, unknown>).builtin;
    expect(readBackup(JSON.stringify(json)).ok).toBe(false);
    const result = readBackup(JSON.stringify(json), migrations);
    expect(order).toEqual([2, 3, 4]);
    expect(result.ok && result.file.formatVersion).toBe(4);
    expect(result.ok && result.file.data.templates.every((tpl) => tpl.builtin === false)).toBe(true);
  });
});

describe('format version 1 (before deals had pausedUntil and replyLikely)', () => {
  it('imports, with the new fields empty', async () => {
    const json = await validJson();
    json.formatVersion = 1;
    for (const deal of json.data.deals ?? []) {
      delete (deal as Record<string, unknown>).pausedUntil;
      delete (deal as Record<string, unknown>).replyLikely;
    }
    const file = read(JSON.stringify(json));
    expect(file.formatVersion).toBe(FORMAT_VERSION);
    expect(file.data.deals.length).toBeGreaterThan(0);
    for (const deal of file.data.deals) expect(deal).toMatchObject({ pausedUntil: null, replyLikely: null });
    // …and, through the later steps, the index keys (format 4).
    const anas = file.data.deals.filter((d) => d.contact.email === 'ana@globex.test');
    expect(anas.map((d) => [d.gmailAccounts, d.prospectKeys])).toEqual([
      [[0], ['email:ana@globex.test', 'domain:globex.test', 'name:Ana']],
    ]);
  });

  it('imports the committed version-1 file whole', async () => {
    const text = readFileSync(join(process.cwd(), 'test/fixtures/backups/relance-backup-v1.json'), 'utf8');
    const file = read(text);
    expect(JSON.parse(text).formatVersion).toBe(1);
    expect(file.data.deals.map((d) => d.pausedUntil)).toEqual(file.data.deals.map(() => null));
    expect(file.data.deals.map((d) => [d.contact.name, d.gmailAccounts, d.prospectKeys])).toEqual([
      [
        'Dana Whitfield',
        [0],
        ['email:dana.whitfield@northwind-labs.test', 'domain:northwind-labs.test', 'name:Dana Whitfield'],
      ],
      ['Mia Kovač', [], ['email:mia@fabrikam.example', 'domain:fabrikam.example', 'name:Mia Kovač']],
    ]);
    await withFreshDb(async (db) => {
      await applyImport(db, file, 'replace');
      expect(await db.deals.count()).toBe(JSON.parse(text).data.deals.length);
      expect(await db.followUps.count()).toBe(JSON.parse(text).data.followUps.length);
    });
  });
});

describe('applyImport', () => {
  it('plans adds, updates and removals per table without writing', async () => {
    await fill(t.db);
    const text = await backupText(t.db);
    await withFreshDb(async (db) => {
      await seedDefaults(db, NOW);
      await db.templates.update('relance-en', { subject: 'Changed here' });
      const relance = await db.templates.get('relance-en');
      if (relance) await db.templates.add({ ...relance, id: 'mine' });
      const before = await snapshotTables(db);
      const merge = await planImport(db, read(text), 'merge');
      expect(merge.tables.templates).toMatchObject({ add: 0, update: 1, remove: 0 });
      expect(merge.tables.deals).toMatchObject({ add: 2 });
      const replace = await planImport(db, read(text), 'replace');
      expect(replace.tables.templates).toMatchObject({ update: 1, remove: 1 });
      expect(replace.problems).toEqual([]);
      expect(await snapshotTables(db)).toEqual(before);
    });
  });

  it('merge keeps what the file does not have', async () => {
    await fill(t.db);
    const text = await backupText(t.db);
    await withFreshDb(async (db) => {
      await seedDefaults(db, NOW);
      const own = await trackSample(db, { threadId: 'only-here' });
      await applyImport(db, read(text), 'merge');
      expect(await db.deals.count()).toBe(3);
      expect(await db.deals.get(own.id)).toBeDefined();
    });
  });

  it('a merge that would give one thread two deals is refused and changes nothing', async () => {
    await fill(t.db);
    const text = await backupText(t.db);
    await withFreshDb(async (db) => {
      await seedDefaults(db, NOW);
      await trackSample(db); // the same thread as the file's first deal, under another id
      const before = await snapshotTables(db);
      const error = await applyImport(db, read(text), 'merge').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRefusedError);
      expect((error as ImportRefusedError).problems[0]?.message).toMatch(/already tracked/);
      expect(await snapshotTables(db)).toEqual(before);
    });
  });

  it('a failure in the middle of the writes rolls everything back', async () => {
    await fill(t.db);
    const file = read(await backupText(t.db));
    await withFreshDb(async (db) => {
      await seedDefaults(db, NOW);
      unwrap(await saveSettings(db, { followUpTime: '11:00' }, NOW));
      const before = await snapshotTables(db);
      // Events are written after stages, templates, deals and follow-ups: make that write fail.
      const events = file.data.events as unknown[];
      const broken = { ...file, data: { ...file.data, events: [...events, { bad: 'no primary key' }] } };
      await expect(applyImport(db, broken as FullBackup, 'replace')).rejects.toThrow();
      expect(await snapshotTables(db)).toEqual(before);
    });
  });
});

describe('Share my process', () => {
  it('exports only stages, cadences and templates, and imports them into a colleague’s database', async () => {
    await fill(t.db);
    await t.db.templates.update('relance-en', { body: 'Hi {firstName}, our own wording.' });
    const text = backupToJson(await exportProcess(t.db, NOW));
    const parsed = JSON.parse(text) as { format: string; data: Record<string, unknown> };
    expect(parsed.format).toBe('relance-process');
    expect(Object.keys(parsed.data).sort()).toEqual(['cadences', 'stages', 'templates']);
    expect(text).not.toContain('Dana');

    const result = readProcess(text);
    if (!result.ok) throw new Error('unreadable');
    await withFreshDb(async (db) => {
      await seedDefaults(db, NOW);
      const plan = await applyImport(db, result.file, 'merge');
      expect(plan.tables).toHaveProperty('templates');
      expect(plan.tables).not.toHaveProperty('deals');
      expect((await db.templates.get('relance-en'))?.body).toBe('Hi {firstName}, our own wording.');
    });
  });

  it('validates the same way', () => {
    const result = readProcess(
      JSON.stringify({ format: 'relance-process', formatVersion: 1, exportedAt: NOW, data: { stages: [] } }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['data.cadences', 'data.templates']);
  });

  it('replace is refused when a deal here sits in a stage the file lacks', async () => {
    await fill(t.db);
    const file = await exportProcess(t.db, NOW);
    const slim = {
      ...file,
      data: { ...file.data, stages: file.data.stages.filter((s) => s.id !== 'meeting') },
    };
    const before = await snapshotTables(t.db);
    const plan = await planImport(t.db, slim, 'replace');
    expect(plan.problems[0]?.message).toMatch(/stage this file does not have/);
    await expect(applyImport(t.db, slim, 'replace')).rejects.toBeInstanceOf(ImportRefusedError);
    expect(await snapshotTables(t.db)).toEqual(before);
  });
});

describe('a format-2 file (one thread per deal)', () => {
  it('gives each deal its thread in threads[], and marks a company still as its domain gives it as a guess', () => {
    const text = readFileSync(join(process.cwd(), 'test/fixtures/backups/relance-backup-v2.json'), 'utf8');
    const result = readBackup(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const byCompany = new Map(result.file.data.deals.map((d) => [d.company, d]));
    expect(byCompany.get('Northwind Labs')).toMatchObject({
      threads: [
        { provider: 'gmail', threadId: '19a68e3a2c7d51b0', subject: 'Security review for Northwind rollout' },
      ],
      threadKeys: ['gmail:19a68e3a2c7d51b0'],
      companyGuessed: true,
      // Format 4's index keys, computed by the 3 → 4 step.
      gmailAccounts: [0],
      prospectKeys: [
        'email:dana.whitfield@northwind-labs.test',
        'domain:northwind-labs.test',
        'name:Dana Whitfield',
      ],
    });
    // A public mailbox: no domain key.
    expect(byCompany.get('Transports Martin')).toMatchObject({
      gmailAccounts: [],
      prospectKeys: ['email:elodie.martin@gmail.com', 'name:Élodie Martin'],
    });
    expect(byCompany.get('Transports Martin')?.companyGuessed).toBe(false);
    expect(byCompany.get('Transports Martin')?.threads[0]?.provider).toBe('outlook');
    for (const deal of result.file.data.deals) expect(deal).not.toHaveProperty('threadId');
  });

  it('a format-2 deal without a thread id is refused, not silently given no thread', () => {
    const json = JSON.parse(
      readFileSync(join(process.cwd(), 'test/fixtures/backups/relance-backup-v2.json'), 'utf8'),
    );
    delete json.data.deals[0].threadId;
    const result = readBackup(JSON.stringify(json));
    expect(result.ok).toBe(false);
  });
});

describe('a format-3 file (before the index keys)', () => {
  it('gives each deal its Gmail mailboxes and prospect keys, and the database answers by them at once', async () => {
    const text = readFileSync(join(process.cwd(), 'test/fixtures/backups/relance-backup-v3.json'), 'utf8');
    expect(JSON.parse(text).formatVersion).toBe(3);
    const file = read(text);
    const keys = new Map(file.data.deals.map((d) => [d.contact.name, [d.gmailAccounts, d.prospectKeys]]));
    expect(Object.fromEntries(keys)).toEqual({
      'Dana Whitfield': [
        [0],
        ['email:dana.whitfield@northwind-labs.test', 'domain:northwind-labs.test', 'name:Dana Whitfield'],
      ],
      'Sam Ortiz': [
        [1, 2],
        ['email:sam.ortiz@gmail.com', 'name:Sam Ortiz'],
      ],
      'Mia Kovač': [[], ['email:mia@fabrikam.example', 'domain:fabrikam.example', 'name:Mia Kovač']],
      'Lee Park': [[], ['email:lee@fabrikam.test', 'domain:fabrikam.test', 'name:Lee Park']],
      'Marc Dubois': [[], ['name:Marc Dubois']],
    });
    await withFreshDb(async (db) => {
      await applyImport(db, file, 'replace');
      expect(await db.deals.count()).toBe(5);
      // The safety alarm's mailboxes (active deals: Dana, Sam, Marc), and who a colleague's message is from.
      expect(gmailAccountsToWatch(await activeGmailAccounts(db))).toEqual([0, 1, 2]);
      const from = await dealsByProspectKeys(db, senderKeys({ email: 'kim@fabrikam.test', name: '' }));
      expect(from.map((d) => d.contact.name)).toEqual(['Lee Park']);
    });
  });
});
