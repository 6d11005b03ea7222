import type { DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { FollowUpStatus } from '../model';
import { trackSample } from '../services/test-support';
import {
  countDue,
  dueFollowUps,
  followUpsDueBetween,
  followUpsForDeal,
  nextDueAfter,
  overdueFollowUps,
} from './queries';
import { AppDB } from './schema';
import { addFollowUps, DAY, HOUR, NOW, setUpTestDb } from './test-support';

const t = setUpTestDb();

/** Two deals, follow-ups in every status around NOW; returns the ids of the due ones by label. */
async function mix() {
  const a = await trackSample(t.db, { threadId: 'a' });
  const b = await trackSample(t.db, { threadId: 'b' });
  const rows: [string, string, FollowUpStatus, number][] = [
    ['a-overdue', a.id, 'due', NOW - DAY],
    ['b-overdue', b.id, 'due', NOW - HOUR],
    ['a-now', a.id, 'due', NOW],
    ['b-later-today', b.id, 'due', NOW + 3 * HOUR],
    ['a-tomorrow', a.id, 'due', NOW + DAY],
    ['a-done', a.id, 'done', NOW - 2 * HOUR],
    ['a-skipped', a.id, 'skipped', NOW - 2 * HOUR],
    ['b-cancelled', b.id, 'cancelled', NOW - 2 * HOUR],
    ['b-paused', b.id, 'paused', NOW - 2 * HOUR],
    ['b-paused-later', b.id, 'paused', NOW + 2 * HOUR],
  ];
  const followUps = await addFollowUps(
    t.db,
    a.id,
    rows.map(([note, dealId, status, dueAt]) => ({ note, dealId, status, dueAt })),
  );
  return { a, b, followUps };
}

const notes = (list: { note: string }[]) => list.map((f) => f.note);

describe('due follow-ups', () => {
  it('dueFollowUps: only status due, dueAt ≤ until, oldest first', async () => {
    await mix();
    expect(notes(await dueFollowUps(t.db, NOW))).toEqual(['a-overdue', 'b-overdue', 'a-now']);
    expect(notes(await dueFollowUps(t.db, NOW + 3 * HOUR))).toEqual([
      'a-overdue',
      'b-overdue',
      'a-now',
      'b-later-today',
    ]);
    expect(await dueFollowUps(t.db, NOW - 2 * DAY)).toEqual([]);
  });

  it('countDue agrees with dueFollowUps', async () => {
    await mix();
    for (const until of [NOW - 2 * DAY, NOW - DAY, NOW, NOW + 3 * HOUR, NOW + 10 * DAY]) {
      expect(await countDue(t.db, until)).toBe((await dueFollowUps(t.db, until)).length);
    }
    expect(await countDue(t.db, NOW + 10 * DAY)).toBe(5);
  });

  it('followUpsDueBetween: both ends inclusive', async () => {
    await mix();
    expect(notes(await followUpsDueBetween(t.db, NOW - HOUR, NOW + 3 * HOUR))).toEqual([
      'b-overdue',
      'a-now',
      'b-later-today',
    ]);
    expect(await followUpsDueBetween(t.db, NOW + HOUR, NOW)).toEqual([]);
  });

  it('overdueFollowUps: due strictly before now', async () => {
    await mix();
    expect(notes(await overdueFollowUps(t.db, NOW))).toEqual(['a-overdue', 'b-overdue']);
  });

  it('nextDueAfter: the first due one strictly after the instant', async () => {
    await mix();
    expect((await nextDueAfter(t.db, NOW))?.note).toBe('b-later-today');
    expect((await nextDueAfter(t.db, NOW - 1))?.note).toBe('a-now');
    expect((await nextDueAfter(t.db, NOW + 3 * HOUR))?.note).toBe('a-tomorrow');
    expect(await nextDueAfter(t.db, NOW + DAY)).toBeUndefined();
  });

  it('countDue reads no record: one index count, whatever the table holds', async () => {
    await mix();
    const calls: string[] = [];
    // Middleware must be in place before a connection opens: a second connection to the same database.
    const spied = new AppDB(t.db.name);
    spied.use({
      stack: 'dbcore',
      name: 'spy',
      create: (down) => ({
        ...down,
        table: (name: string): DBCoreTable => {
          const table = down.table(name);
          return {
            ...table,
            count: (req) => {
              calls.push(`count ${name} ${req.query.index.name}`);
              return table.count(req);
            },
            query: (req) => {
              calls.push(`query ${name}`);
              return table.query(req);
            },
            openCursor: (req) => {
              calls.push(`cursor ${name}`);
              return table.openCursor(req);
            },
            get: (req) => {
              calls.push(`get ${name}`);
              return table.get(req);
            },
            getMany: (req) => {
              calls.push(`getMany ${name}`);
              return table.getMany(req);
            },
          };
        },
      }),
    });
    try {
      expect(await countDue(spied, NOW)).toBe(3);
      expect(calls).toEqual(['count followUps [status+dueAt]']);
    } finally {
      spied.close();
    }
  });
});

describe('followUpsForDeal', () => {
  it('lists one deal’s follow-ups, any status, by step then due instant', async () => {
    const deal = await trackSample(t.db);
    const other = await trackSample(t.db, { threadId: 'other' });
    await addFollowUps(t.db, deal.id, [
      { note: 'step 2', stepIndex: 2, dueAt: NOW + 3 * DAY },
      { note: 'step 0', stepIndex: 0, dueAt: NOW + 5 * DAY, status: 'done' },
      { note: 'step 1', stepIndex: 1, dueAt: NOW + 2 * DAY, status: 'cancelled' },
      { note: 'single', stepIndex: 0, dueAt: NOW + DAY },
    ]);
    await addFollowUps(t.db, other.id, [{ note: 'other deal' }]);
    expect(notes(await followUpsForDeal(t.db, deal.id))).toEqual(['single', 'step 0', 'step 1', 'step 2']);
    expect(await followUpsForDeal(t.db, 'nope')).toEqual([]);
  });
});
