// The deals' reads by index (schema v3's nextStep.at and replyLikely.at), on a database declaring
// them, and the same answers from a database of an older schema, which has no such index.
import type { DBCoreTable } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Deal } from '../model';
import { trackSample } from '../services/test-support';
import {
  countRepliesToConfirm,
  dealsWithNextStepBetween,
  dealsWithReplyToConfirm,
  hasIndex,
  NEXT_STEP_AT_INDEX,
  REPLY_LIKELY_AT_INDEX,
} from './queries';
import { AppDB, SCHEMA_HISTORY, SCHEMA_VERSION } from './schema';
import { seedDefaults } from './seed';
import { DAY, HOUR, NOW } from './test-support';

const DEALS_STORES = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]?.stores.deals ?? '';

/**
 * This schema plus the two deal indexes of schema v3 (the deals branch declares them), so the reads
 * by index run here before v3 lands; with v3 on main this is the plain AppDB.
 */
class WithDealIndexes extends AppDB {
  constructor(name: string) {
    super(name);
    if (!DEALS_STORES.includes(NEXT_STEP_AT_INDEX))
      this.version(SCHEMA_VERSION + 1).stores({
        deals: `${DEALS_STORES}, ${NEXT_STEP_AT_INDEX}, ${REPLY_LIKELY_AT_INDEX}`,
      });
  }
}

/** What a database connection asks its tables for: "count deals replyLikely.at", "query deals nextStep.at". */
function spy(db: AppDB): string[] {
  const calls: string[] = [];
  db.use({
    stack: 'dbcore',
    name: 'spy',
    create: (down) => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        const log = <T>(what: string, index: string | null | undefined, answer: T): T => {
          calls.push(`${what} ${name}${index ? ` ${index}` : ''}`);
          return answer;
        };
        return {
          ...table,
          count: (req) => log('count', req.query.index.name, table.count(req)),
          query: (req) => log('query', req.query.index.name, table.query(req)),
          openCursor: (req) => log('cursor', req.query.index.name, table.openCursor(req)),
          get: (req) => log('get', null, table.get(req)),
          getMany: (req) => log('getMany', null, table.getMany(req)),
        };
      },
    }),
  });
  return calls;
}

const step = { channel: 'phone' as const, repAction: 'Call', prospectAction: '', reason: '' };

/** Deals with next steps at the given offsets from NOW (null: none), and two awaiting a reply's confirmation. */
async function pipeline(db: AppDB): Promise<Deal[]> {
  const offsets = [2 * HOUR, null, -3 * HOUR, 2 * DAY, 5 * HOUR, -2 * DAY];
  const deals: Deal[] = [];
  for (const [i, offset] of offsets.entries()) {
    const deal = await trackSample(db, { threadId: `t-${i}` });
    if (offset !== null) await db.deals.update(deal.id, { nextStep: { ...step, at: NOW + offset } });
    deals.push(deal);
  }
  const likely = { at: NOW - HOUR, from: 'x@northwind.test', source: 'gmail-feed' as const };
  for (const deal of deals.slice(0, 2))
    await db.deals.update(deal.id, { status: 'paused', pausedAt: NOW - HOUR, replyLikely: likely });
  // Paused for another reason: no likely reply.
  const other = deals[2];
  if (other) await db.deals.update(other.id, { status: 'paused', pausedAt: NOW - HOUR });
  return deals;
}

let indexed: AppDB;
let older: AppDB;
beforeEach(async () => {
  indexed = new WithDealIndexes(`test-${crypto.randomUUID()}`);
  older = new AppDB(`test-${crypto.randomUUID()}`);
  for (const db of [indexed, older]) {
    await seedDefaults(db, NOW);
    await pipeline(db);
  }
});
afterEach(async () => {
  for (const db of [indexed, older]) {
    db.close();
    await db.delete();
  }
});

describe('deals by index', () => {
  it('the test database declares the indexes, the older schema does not', () => {
    expect(hasIndex(indexed.deals, NEXT_STEP_AT_INDEX)).toBe(true);
    expect(hasIndex(indexed.deals, REPLY_LIKELY_AT_INDEX)).toBe(true);
    expect(hasIndex(older.deals, 'no.such.index')).toBe(false);
  });

  it('countRepliesToConfirm: one index count, no record read', async () => {
    const spied = new WithDealIndexes(indexed.name);
    const calls = spy(spied);
    try {
      expect(await countRepliesToConfirm(spied)).toBe(2);
      expect(calls).toEqual([`count deals ${REPLY_LIKELY_AT_INDEX}`]);
    } finally {
      spied.close();
    }
    expect(await countRepliesToConfirm(older)).toBe(2);
  });

  it('dealsWithNextStepBetween: one range of the index, bounds included, earliest first', async () => {
    const spied = new WithDealIndexes(indexed.name);
    const calls = spy(spied);
    try {
      const at = async (db: AppDB, from: number, to: number) =>
        (await dealsWithNextStepBetween(db, from, to)).map((d) => (d.nextStep?.at ?? 0) - NOW);
      expect(await at(spied, NOW - 3 * HOUR, NOW + 5 * HOUR)).toEqual([-3 * HOUR, 2 * HOUR, 5 * HOUR]);
      expect(calls).toEqual([`query deals ${NEXT_STEP_AT_INDEX}`]);
      expect(await at(spied, NOW + 6 * HOUR, NOW + 3 * DAY)).toEqual([2 * DAY]);
      expect(await at(spied, NOW + 3 * DAY, NOW)).toEqual([]);
      // The same answers without the index.
      expect(await at(older, NOW - 3 * HOUR, NOW + 5 * HOUR)).toEqual([-3 * HOUR, 2 * HOUR, 5 * HOUR]);
      expect(await at(older, NOW - 3 * DAY, NOW + 3 * DAY)).toEqual(
        await at(spied, NOW - 3 * DAY, NOW + 3 * DAY),
      );
    } finally {
      spied.close();
    }
  });

  it('dealsWithReplyToConfirm: one range of the index, the same deals without it', async () => {
    const spied = new WithDealIndexes(indexed.name);
    const calls = spy(spied);
    try {
      const threads = async (db: AppDB) => (await dealsWithReplyToConfirm(db)).map((d) => d.contact.email);
      const found = await threads(spied);
      expect(found).toHaveLength(2);
      expect(calls).toEqual([`query deals ${REPLY_LIKELY_AT_INDEX}`]);
      expect(await threads(older)).toHaveLength(2);
    } finally {
      spied.close();
    }
  });
});
