// The deals' reads the badge, the popup's "Needs you" and its appointments make at every recompute
// or clock tick: each one index request (schema v3's replyLikely.at, nextStep.at; v5's pausedUntil and
// [templateKind+status]), so their cost
// follows what they answer, never the size of the pipeline.
import type { DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Deal } from '../model';
import { loadAppointments } from '../popup/queries';
import { trackSample } from '../services/test-support';
import {
  countReplyLikely,
  dealsPausedUntilBy,
  dealsWithNextStepBetween,
  dealsWithReplyToConfirm,
} from './deals';
import { followUpsOfKind } from './queries';
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

  it('loadAppointments: the settings, then one range of nextStep.at (never every deal)', async () => {
    await pipeline();
    const { db, calls } = spied(t.db.name);
    try {
      await loadAppointments(db, NOW);
      expect(calls.filter((c) => c.includes('deals'))).toEqual(['query deals nextStep.at']);
      expect(calls.every((c) => c === 'query deals nextStep.at' || c.endsWith('settings'))).toBe(true);
    } finally {
      db.close();
    }
  });

  it('dealsPausedUntilBy: one range of pausedUntil, the ended pauses of paused deals only', async () => {
    const [a, b, c, d] = await pipeline();
    // a: paused, back an hour ago; c: paused, back tomorrow; d: active with a stale date (not paused).
    if (a) await t.db.deals.update(a.id, { pausedUntil: NOW - HOUR });
    if (c) await t.db.deals.update(c.id, { pausedUntil: NOW + DAY });
    if (d) await t.db.deals.update(d.id, { pausedUntil: NOW - DAY });
    const { db, calls } = spied(t.db.name);
    try {
      expect((await dealsPausedUntilBy(db, NOW)).map((x) => x.id)).toEqual([a?.id]);
      expect(calls).toEqual(['query deals pausedUntil']);
      expect((await dealsPausedUntilBy(db, NOW + 2 * DAY)).map((x) => x.id)).toEqual([a?.id, c?.id]);
      expect(b?.id).toBeDefined();
    } finally {
      db.close();
    }
  });

  it('followUpsOfKind: one lookup of [templateKind+status], no other follow-up read', async () => {
    const [a, b] = await pipeline();
    const base = {
      cadenceId: null,
      stepIndex: 0,
      stepCount: 1,
      dueAt: NOW,
      channel: 'email' as const,
      snoozedFrom: null,
      handledAt: NOW,
      note: '',
      createdAt: NOW,
    };
    await t.db.followUps.bulkAdd([
      { ...base, id: 'f-breakup-done', dealId: a?.id ?? '', templateKind: 'breakup', status: 'done' },
      { ...base, id: 'f-breakup-due', dealId: a?.id ?? '', templateKind: 'breakup', status: 'due' },
      { ...base, id: 'f-relance-done', dealId: b?.id ?? '', templateKind: 'relance', status: 'done' },
      { ...base, id: 'f-none-done', dealId: b?.id ?? '', templateKind: null, status: 'done' },
    ]);
    const { db, calls } = spied(t.db.name);
    try {
      expect((await followUpsOfKind(db, 'breakup', 'done')).map((f) => f.id)).toEqual(['f-breakup-done']);
      expect(calls).toEqual(['query followUps [templateKind+status]']);
    } finally {
      db.close();
    }
  });
});
