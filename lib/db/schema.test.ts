import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deal } from '../model';
import { AppDB, DB_NAME, declareSchema, SCHEMA_HISTORY, SCHEMA_VERSION } from './schema';

// Migration tests follow this shape: write a database with the declarations up to version N-1
// (openAtVersion), close it, open it with AppDB (version N, running the upgrades) and check that
// every record is still there, changed as the upgrade intends. Version 1 has no predecessor, so
// its test only checks the tables and indexes it declares.

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** A database at an older version of the schema, as a rep who did not update yet has it. */
async function openAtVersion(name: string, version: number): Promise<Dexie> {
  const db = new Dexie(name);
  declareSchema(db, version);
  await db.open();
  opened.push(db);
  return db;
}

async function openCurrent(name: string): Promise<AppDB> {
  const db = new AppDB(name);
  await db.open();
  opened.push(db);
  return db;
}

function indexesOf(db: Dexie, table: string): Record<string, { unique: boolean; compound: boolean }> {
  const schema = db.table(table).schema;
  return Object.fromEntries(
    schema.indexes.map((i) => [i.name, { unique: Boolean(i.unique), compound: Boolean(i.compound) }]),
  );
}

describe('schema history', () => {
  it('declares ascending versions, the last one being SCHEMA_VERSION', () => {
    const versions = SCHEMA_HISTORY.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.at(-1)).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(6);
  });

  it('names the production database "relance"', () => {
    expect(DB_NAME).toBe('relance');
    expect(new AppDB().name).toBe('relance');
  });
});

describe('version 1', () => {
  it('opens with every table, keyed by a string id (or key for meta)', async () => {
    const db = await openAtVersion(`test-${crypto.randomUUID()}`, 1);
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['cadences', 'deals', 'events', 'followUps', 'meta', 'settings', 'stages', 'templates'].sort(),
    );
    for (const table of db.tables) {
      expect(table.schema.primKey.keyPath).toBe(table.name === 'meta' ? 'key' : 'id');
      expect(table.schema.primKey.auto).toBeFalsy();
    }
  });

  it('has the indexes the repositories query', async () => {
    const db = await openCurrent(`test-${crypto.randomUUID()}`);
    expect(indexesOf(db, 'deals')).toEqual({
      threadKeys: { unique: true, compound: false },
      stageId: { unique: false, compound: false },
      status: { unique: false, compound: false },
      'contact.email': { unique: false, compound: false },
      'nextStep.at': { unique: false, compound: false },
      'replyLikely.at': { unique: false, compound: false },
      updatedAt: { unique: false, compound: false },
      createdAt: { unique: false, compound: false },
      pausedUntil: { unique: false, compound: false },
      prospectKeys: { unique: false, compound: false },
      '[status+gmailAccounts]': { unique: false, compound: true },
    });
    expect(db.deals.schema.idxByName.threadKeys?.multi).toBe(true);
    expect(db.deals.schema.idxByName.prospectKeys?.multi).toBe(true);
    expect(indexesOf(db, 'followUps')).toEqual({
      '[status+dueAt]': { unique: false, compound: true },
      dealId: { unique: false, compound: false },
      '[templateKind+status]': { unique: false, compound: true },
    });
    expect(indexesOf(db, 'events')).toEqual({
      dealId: { unique: false, compound: false },
      '[type+at]': { unique: false, compound: true },
      '[dealId+at]': { unique: false, compound: true },
    });
    expect(Object.keys(indexesOf(db, 'stages'))).toEqual(['order']);
    expect(Object.keys(indexesOf(db, 'templates'))).toEqual(['[kind+lang]']);
    expect(indexesOf(db, 'cadences')).toEqual({});
    expect(indexesOf(db, 'settings')).toEqual({});
    expect(indexesOf(db, 'meta')).toEqual({});
  });

  it('refuses a second deal for the same thread (the unique index trackThread relies on)', async () => {
    const db = await openAtVersion(`test-${crypto.randomUUID()}`, 2);
    const table = db.table<{ id: string; provider: string; threadId: string }, string>('deals');
    await table.add({ id: 'a', provider: 'gmail', threadId: 't1' });
    await table.add({ id: 'b', provider: 'outlook', threadId: 't1' });
    await expect(table.add({ id: 'c', provider: 'gmail', threadId: 't1' })).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    expect(await table.count()).toBe(2);
  });

  it('keeps what a version-1 database holds when AppDB opens it', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = await openAtVersion(name, 1);
    await old.table('meta').put({ key: 'k', value: { kept: true } });
    old.close();
    const db = await openCurrent(name);
    expect(await db.meta.get('k')).toEqual({ key: 'k', value: { kept: true } });
  });
});

describe('version 2: deals gain pausedUntil and replyLikely', () => {
  it('opens at version 2 with the same tables and indexes as version 1', async () => {
    const v1 = await openAtVersion(`test-${crypto.randomUUID()}`, 1);
    const db = await openAtVersion(`test-${crypto.randomUUID()}`, 2);
    expect(db.verno).toBe(2);
    for (const table of v1.tables) expect(indexesOf(db, table.name)).toEqual(indexesOf(v1, table.name));
  });

  it('upgrades every deal of a version-1 database, and loses nothing else', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = await openAtVersion(name, 1);
    const v1Deal = {
      id: 'deal-1',
      provider: 'gmail',
      threadId: '19a68e3a2c7d51b0',
      status: 'paused',
      pausedAt: 1_700_000_000_000,
      pauseReason: 'Prospect on holiday',
      contact: { name: 'Dana Whitfield', email: 'dana@northwind.test', phone: '' },
    };
    const followUp = { id: 'f1', dealId: 'deal-1', status: 'paused', dueAt: 1_700_000_100_000 };
    const event = {
      id: 'e1',
      dealId: 'deal-1',
      type: 'paused',
      at: 1_700_000_000_000,
      data: { reason: 'x' },
    };
    await old.table('deals').bulkAdd([v1Deal, { ...v1Deal, id: 'deal-2', threadId: 't2', status: 'active' }]);
    await old.table('followUps').add(followUp);
    await old.table('events').add(event);
    await old.table('meta').put({ key: 'seeded-ids', value: ['default'] });
    old.close();

    const db = await openAtVersion(name, 2);
    expect(await db.table('deals').get('deal-1')).toEqual({
      ...v1Deal,
      pausedUntil: null,
      replyLikely: null,
    });
    expect((await db.table('deals').get('deal-2'))?.pausedUntil).toBeNull();
    expect(await db.table('deals').count()).toBe(2);
    expect(await db.table('followUps').get('f1')).toEqual(followUp);
    expect(await db.table('events').get('e1')).toEqual(event);
    expect(await db.table('meta').get('seeded-ids')).toEqual({ key: 'seeded-ids', value: ['default'] });
    // The unique thread index still holds after the upgrade.
    await expect(db.table('deals').add({ ...v1Deal, id: 'deal-3' })).rejects.toMatchObject({
      name: 'ConstraintError',
    });
  });
});

describe('version 3: a deal is not a thread', () => {
  const v2Deal = {
    id: 'deal-1',
    provider: 'gmail',
    threadId: '19a68e3a2c7d51b0',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz',
    subject: 'Security review',
    account: 'jordan@acme.test',
    status: 'active',
    company: 'Northwind Labs',
    contact: { name: 'Dana Whitfield', email: 'dana@northwind-labs.test', phone: '' },
    nextStep: { at: 1_700_000_500_000, channel: 'phone', repAction: '', prospectAction: '', reason: '' },
    replyLikely: null,
    updatedAt: 1_700_000_000_000,
    createdAt: 1_700_000_000_000,
  };

  it('declares only deals: every other table keeps version 2’s primary key and indexes', async () => {
    expect(Object.keys(SCHEMA_HISTORY.find((v) => v.version === 3)?.stores ?? {})).toEqual(['deals']);
    const v2 = await openAtVersion(`test-${crypto.randomUUID()}`, 2);
    const v3 = await openAtVersion(`test-${crypto.randomUUID()}`, 3);
    expect(v3.tables.map((t) => t.name).sort()).toEqual(v2.tables.map((t) => t.name).sort());
    for (const table of v2.tables.filter((t) => t.name !== 'deals')) {
      expect(indexesOf(v3, table.name), table.name).toEqual(indexesOf(v2, table.name));
      expect(v3.table(table.name).schema.primKey.keyPath, table.name).toBe(table.schema.primKey.keyPath);
    }
    // What version 3 shipped with (every table re-listed): the same indexes, for the changed table too.
    const shipped = new Dexie(`test-${crypto.randomUUID()}`);
    declareSchema(shipped, 2);
    shipped.version(3).stores({
      deals:
        'id, &*threadKeys, stageId, status, contact.email, nextStep.at, replyLikely.at, updatedAt, createdAt',
      followUps: 'id, [status+dueAt], dealId',
      events: 'id, dealId, [type+at], [dealId+at]',
      stages: 'id, order',
      cadences: 'id',
      templates: 'id, [kind+lang]',
      settings: 'id',
      meta: 'key',
    });
    await shipped.open();
    opened.push(shipped);
    for (const table of shipped.tables)
      expect(indexesOf(v3, table.name), table.name).toEqual(indexesOf(shipped, table.name));
  });

  it('moves each deal’s thread into threads[], guesses companyGuessed, and indexes its thread key', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = await openAtVersion(name, 2);
    await old.table('deals').bulkAdd([
      v2Deal,
      // A company the rep typed (not what the domain gives), an Outlook thread without account.
      {
        ...v2Deal,
        id: 'deal-2',
        provider: 'outlook',
        threadId: 'AAQk=',
        account: null,
        company: 'Transports Martin',
        contact: { name: 'Élodie', email: 'elodie@gmail.com', phone: '' },
        nextStep: null,
        replyLikely: { at: 1_700_000_100_000, from: 'elodie@gmail.com', source: 'outlook-list' },
        status: 'paused',
      },
    ]);
    old.close();

    const db = await openCurrent(name);
    const { provider, threadId, url, subject, account, ...rest } = v2Deal;
    expect(await db.deals.get('deal-1')).toEqual({
      ...rest,
      threads: [{ provider, threadId, url, subject, account }],
      threadKeys: ['gmail:19a68e3a2c7d51b0'],
      companyGuessed: true,
      // Version 6's index keys, computed by its upgrade.
      gmailAccounts: [0],
      prospectKeys: ['email:dana@northwind-labs.test', 'domain:northwind-labs.test', 'name:Dana Whitfield'],
    });
    const second = await db.deals.get('deal-2');
    expect(second?.threads).toEqual([
      { provider: 'outlook', threadId: 'AAQk=', url, subject, account: null },
    ]);
    expect(second?.companyGuessed).toBe(false);
    expect(second && 'provider' in second).toBe(false);
    // Read by the new indexes, never by a scan.
    expect((await db.deals.where('threadKeys').equals('outlook:AAQk=').first())?.id).toBe('deal-2');
    expect((await db.deals.where('nextStep.at').above(0).toArray()).map((d) => d.id)).toEqual(['deal-1']);
    expect((await db.deals.where('replyLikely.at').above(0).toArray()).map((d) => d.id)).toEqual(['deal-2']);
    // One thread, one deal: even as the second thread of another deal.
    await expect(
      db.deals.add({ ...(second as Deal), id: 'deal-3', threadKeys: ['gmail:new', 'outlook:AAQk='] }),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
  });
});

describe('version 4: the message keys seen per thread', () => {
  it('adds only the seenMessages table, by thread and by deal; the other tables are unchanged', async () => {
    const v3 = await openAtVersion(`test-${crypto.randomUUID()}`, 3);
    const db = await openAtVersion(`test-${crypto.randomUUID()}`, 4);
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [...v3.tables.map((t) => t.name), 'seenMessages'].sort(),
    );
    for (const table of v3.tables) expect(indexesOf(db, table.name)).toEqual(indexesOf(v3, table.name));
    expect(db.table('seenMessages').schema.primKey.keyPath).toBe('threadKey');
    expect(indexesOf(db, 'seenMessages')).toEqual({ dealId: { unique: false, compound: false } });
  });

  it('keeps today’s count rule for each thread of a version-3 deal (legacyCount), and loses nothing', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = await openAtVersion(name, 3);
    const deal = {
      id: 'deal-1',
      threads: [],
      threadKeys: ['gmail:19a68e3a2c7d51b0'],
      status: 'active',
      seenMessageCount: 3,
      updatedAt: 1_700_000_000_000,
    };
    await old.table('deals').bulkAdd([
      deal,
      {
        ...deal,
        id: 'deal-2',
        threadKeys: ['outlook:19a68e3a2c7d51b0', 'outlook:second'],
        seenMessageCount: 1,
      },
      { ...deal, id: 'deal-3', threadKeys: [], seenMessageCount: 4 },
    ]);
    old.close();

    const db = await openCurrent(name);
    // Version 6 adds the index keys (no contact here, no thread: none).
    expect(await db.deals.get('deal-1')).toEqual({ ...deal, gmailAccounts: [], prospectKeys: [] });
    expect(await db.seenMessages.orderBy('threadKey').toArray()).toEqual([
      {
        threadKey: 'gmail:19a68e3a2c7d51b0',
        dealId: 'deal-1',
        keys: [],
        newestAt: null,
        legacyCount: 3,
        updatedAt: deal.updatedAt,
      },
      {
        threadKey: 'outlook:19a68e3a2c7d51b0',
        dealId: 'deal-2',
        keys: [],
        newestAt: null,
        legacyCount: 1,
        updatedAt: deal.updatedAt,
      },
      {
        threadKey: 'outlook:second',
        dealId: 'deal-2',
        keys: [],
        newestAt: null,
        legacyCount: 1,
        updatedAt: deal.updatedAt,
      },
    ]);
  });

  it('gives every thread of a deal with threads[] (the version-3 shape) its record', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = await openAtVersion(name, 3);
    await old.table('deals').add({
      id: 'deal-3',
      threads: [
        { provider: 'gmail', threadId: 't1' },
        { provider: 'outlook', threadId: 't2' },
      ],
      seenMessageCount: 2,
      updatedAt: 5,
    });
    old.close();
    const db = await openCurrent(name);
    expect((await db.seenMessages.toArray()).map((r) => [r.threadKey, r.dealId, r.legacyCount])).toEqual([
      ['gmail:t1', 'deal-3', 2],
      ['outlook:t2', 'deal-3', 2],
    ]);
  });
});

describe('version 5: indexes for the periodic reads (pausedUntil, [templateKind+status])', () => {
  it('adds deals.pausedUntil and followUps [templateKind+status]; nothing else changes', async () => {
    const v4 = await openAtVersion(`test-${crypto.randomUUID()}`, 4);
    const db = await openAtVersion(`test-${crypto.randomUUID()}`, 5);
    expect(db.verno).toBe(5);
    expect(db.tables.map((t) => t.name).sort()).toEqual(v4.tables.map((t) => t.name).sort());
    for (const table of v4.tables) {
      const added =
        table.name === 'deals'
          ? { pausedUntil: { unique: false, compound: false } }
          : table.name === 'followUps'
            ? { '[templateKind+status]': { unique: false, compound: true } }
            : {};
      expect(indexesOf(db, table.name), table.name).toEqual({ ...indexesOf(v4, table.name), ...added });
    }
  });

  it('keeps a version-4 database’s records, and answers the new indexes at once', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = await openAtVersion(name, 4);
    const deal = {
      id: 'deal-1',
      threads: [],
      threadKeys: ['gmail:t1'],
      status: 'paused',
      pausedUntil: 1_700_000_000_000,
      updatedAt: 1_690_000_000_000,
    };
    const followUp = { id: 'f-1', dealId: 'deal-1', status: 'done', dueAt: 5, templateKind: 'breakup' };
    await old.table('deals').bulkAdd([deal, { ...deal, id: 'deal-2', threadKeys: [], pausedUntil: null }]);
    await old
      .table('followUps')
      .bulkAdd([
        followUp,
        { ...followUp, id: 'f-2', templateKind: null },
        { ...followUp, id: 'f-3', status: 'due' },
      ]);
    await old
      .table('seenMessages')
      .add({ threadKey: 'gmail:t1', dealId: 'deal-1', keys: ['a'], newestAt: 1, updatedAt: 1 });
    old.close();

    const db = await openCurrent(name);
    expect(await db.deals.get('deal-1')).toEqual({ ...deal, gmailAccounts: [], prospectKeys: [] });
    expect(await db.deals.count()).toBe(2);
    expect(await db.followUps.count()).toBe(3);
    expect(await db.seenMessages.count()).toBe(1);
    expect(await db.deals.where('pausedUntil').belowOrEqual(1_800_000_000_000).primaryKeys()).toEqual([
      'deal-1',
    ]);
    expect(
      await db.followUps.where('[templateKind+status]').equals(['breakup', 'done']).primaryKeys(),
    ).toEqual(['f-1']);
  });
});

describe('version 6: index keys for the reply look-ups (prospectKeys, [status+gmailAccounts])', () => {
  it('adds only the two deals indexes; every other table is version 5’s', async () => {
    expect(Object.keys(SCHEMA_HISTORY.find((v) => v.version === 6)?.stores ?? {})).toEqual(['deals']);
    const v5 = await openAtVersion(`test-${crypto.randomUUID()}`, 5);
    const db = await openCurrent(`test-${crypto.randomUUID()}`);
    expect(db.verno).toBe(6);
    expect(db.tables.map((t) => t.name).sort()).toEqual(v5.tables.map((t) => t.name).sort());
    for (const table of v5.tables) {
      const added =
        table.name === 'deals'
          ? {
              prospectKeys: { unique: false, compound: false },
              '[status+gmailAccounts]': { unique: false, compound: true },
            }
          : {};
      expect(indexesOf(db, table.name), table.name).toEqual({ ...indexesOf(v5, table.name), ...added });
    }
  });

  it('gives every version-5 deal its index keys, read at once by the new indexes', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = await openAtVersion(name, 5);
    const gmail = (threadId: string, url: string) => ({
      provider: 'gmail',
      threadId,
      url,
      subject: '',
      account: null,
    });
    const deal = {
      id: 'deal-1',
      threads: [
        gmail('t1', 'https://mail.google.com/mail/u/2/#inbox/t1'),
        gmail('t2', 'https://mail.google.com/mail/#inbox/t2'),
        {
          provider: 'outlook',
          threadId: 't3',
          url: 'https://outlook.office.com/mail/id/t3',
          subject: '',
          account: null,
        },
      ],
      threadKeys: ['gmail:t1', 'gmail:t2', 'outlook:t3'],
      contact: { name: 'Dana Whitfield', email: 'Dana@Northwind-Labs.test', phone: '' },
      status: 'active',
      updatedAt: 1,
    };
    await old.table('deals').bulkAdd([
      deal,
      // A public mailbox: no domain key; a paused deal: not a mailbox to watch.
      {
        ...deal,
        id: 'deal-2',
        threads: [gmail('t4', 'https://mail.google.com/mail/u/1/#inbox/t4')],
        threadKeys: ['gmail:t4'],
        contact: { name: '', email: 'elodie@gmail.com', phone: '' },
        status: 'paused',
      },
      // A deal without thread or address (a trade-show contact), and one with no contact at all.
      { ...deal, id: 'deal-3', threads: [], threadKeys: [], contact: { name: 'Marc', email: '', phone: '' } },
      { id: 'deal-4', threads: [], threadKeys: [], status: 'won' },
    ]);
    old.close();

    const db = await openCurrent(name);
    const keysOf = async (id: string) => {
      const d = await db.deals.get(id);
      return [d?.gmailAccounts, d?.prospectKeys];
    };
    expect(await keysOf('deal-1')).toEqual([
      [0, 2],
      ['email:dana@northwind-labs.test', 'domain:northwind-labs.test', 'name:Dana Whitfield'],
    ]);
    expect(await keysOf('deal-2')).toEqual([[1], ['email:elodie@gmail.com']]);
    expect(await keysOf('deal-3')).toEqual([[], ['name:Marc']]);
    expect(await keysOf('deal-4')).toEqual([[], []]);
    expect((await db.deals.get('deal-1'))?.threads).toEqual(deal.threads);
    // Read by the new indexes.
    expect(await db.deals.where('prospectKeys').equals('domain:northwind-labs.test').primaryKeys()).toEqual([
      'deal-1',
    ]);
    expect(await db.deals.where('prospectKeys').equals('name:Marc').primaryKeys()).toEqual(['deal-3']);
    expect(await db.deals.orderBy('[status+gmailAccounts]').uniqueKeys()).toEqual([
      ['active', []],
      ['active', [0, 2]],
      ['paused', [1]],
      ['won', []],
    ]);
  });
});
