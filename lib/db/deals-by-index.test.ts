// The deals' reads the badge, the popup's "Needs you" and its appointments make at every recompute
// or clock tick: each one index request (schema v3's replyLikely.at, nextStep.at), so their cost
// follows what they answer, never the size of the pipeline.
import type { DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Deal } from '../model';
import { trackSample } from '../services/test-support';
import { countReplyLikely, dealsWithNextStepBetween, dealsWithReplyToConfirm } from './deals';
import { AppDB } from './schema';
import { DAY, HOUR, NOW, setUpTestDb } from './test-support';

const t = setUpTestDb();

/** What a second connection asks its tables for: "count deals replyLikely.at", "query deals nextStep.at". */
function spied(name: string): { db: AppDB; calls: string[] } {
  const calls: string[] = [];
  // Middleware must be in place before a connection opens.
  const db = new AppDB(name);
  db.use({
    stack: 'dbcore',
    name: 'spy',
    create: (down) => ({
      ...down,
      table: (table: string): DBCoreTable => {
        const inner = down.table(table);
        const log = <T>(what: string, index: string | null | undefined, answer: T): T => {
          calls.push(`${what} ${table}${index ? ` ${index}` : ''}`);
          return answer;
        };
        return {
          ...inner,
          count: (req) => log('count', req.query.index.name, inner.count(req)),
          query: (req) => log('query', req.query.index.name, inner.query(req)),
          openCursor: (req) => log('cursor', req.query.index.name, inner.openCursor(req)),
          get: (req) => log('get', null, inner.get(req)),
          getMany: (req) => log('getMany', null, inner.getMany(req)),
        };
      },
    }),
  });
  return { db, calls };
}

const step = { channel: 'phone' as const, repAction: 'Call', prospectAction: '', reason: '' };

/** Six deals, next steps at these offsets from NOW (null: none); two paused for a likely reply, one for another reason. */
async function pipeline(): Promise<Deal[]> {
  const offsets = [2 * HOUR, null, -3 * HOUR, 2 * DAY, 5 * HOUR, -2 * DAY];
  const deals: Deal[] = [];
  for (const [i, offset] of offsets.entries()) {
    const deal = await trackSample(t.db, { threadId: `t-${i}` });
    if (offset !== null) await t.db.deals.update(deal.id, { nextStep: { ...step, at: NOW + offset } });
    deals.push(deal);
  }
  const likely = (at: number) => ({ at, from: 'x@northwind.test', source: 'gmail-feed' as const });
  const [a, b, c] = deals;
  if (a) await t.db.deals.update(a.id, { status: 'paused', pausedAt: NOW, replyLikely: likely(NOW) });
  if (b) await t.db.deals.update(b.id, { status: 'paused', pausedAt: NOW, replyLikely: likely(NOW - DAY) });
  if (c) await t.db.deals.update(c.id, { status: 'paused', pausedAt: NOW });
  return deals;
}

describe('deals by index, no scan', () => {
  it('countReplyLikely: one index count, no record read', async () => {
    await pipeline();
    const { db, calls } = spied(t.db.name);
    try {
      expect(await countReplyLikely(db)).toBe(2);
      expect(calls).toEqual(['count deals replyLikely.at']);
    } finally {
      db.close();
    }
  });

  it('dealsWithReplyToConfirm: one range of the index, oldest likely reply first', async () => {
    const [a, b] = await pipeline();
    const { db, calls } = spied(t.db.name);
    try {
      expect((await dealsWithReplyToConfirm(db)).map((d) => d.id)).toEqual([b?.id, a?.id]);
      expect(calls).toEqual(['query deals replyLikely.at']);
    } finally {
      db.close();
    }
  });

  it('dealsWithNextStepBetween: one range of the index, bounds included, earliest first', async () => {
    await pipeline();
    const { db, calls } = spied(t.db.name);
    try {
      const at = async (from: number, to: number) =>
        (await dealsWithNextStepBetween(db, from, to)).map((d) => (d.nextStep?.at ?? 0) - NOW);
      expect(await at(NOW - 3 * HOUR, NOW + 5 * HOUR)).toEqual([-3 * HOUR, 2 * HOUR, 5 * HOUR]);
      expect(calls).toEqual(['query deals nextStep.at']);
      expect(await at(NOW + 6 * HOUR, NOW + 3 * DAY)).toEqual([2 * DAY]);
    } finally {
      db.close();
    }
  });
});
