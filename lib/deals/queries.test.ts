import { describe, expect, it } from 'vitest';
import { DAY, makeFollowUp, NOW, setUpTestDb } from '../db/test-support';
import { makeDeal } from '../funnel/test-support';
import type { Deal, FollowUp } from '../model';
import { loadAllRows, loadFirstRows } from './queries';
import { DEFAULT_QUERY, type DealRow, type DealsQuery, sortRows } from './view';

const ctx = setUpTestDb();

async function write(deals: Deal[], followUps: FollowUp[]) {
  await ctx.db.deals.bulkAdd(deals);
  await ctx.db.followUps.bulkAdd(followUps);
}

/** What a row shows before the last contact is known. */
const shown = (r: DealRow) => ({
  id: r.deal.id,
  next: r.nextFollowUp,
  overdue: r.overdue,
  noNextStep: r.noNextStep,
});

/** The first `limit` rows of the whole read, in the view's order: what the first rows must match. */
async function firstScreen(view: Pick<DealsQuery, 'sort' | 'dir'>, limit: number) {
  const all = await loadAllRows(ctx.db, NOW);
  const order = new Map(all.stages.map((s) => [s.id, s.order]));
  return sortRows(all.rows, view.sort, view.dir, order, NOW).slice(0, limit).map(shown);
}

async function firstRows(view: Pick<DealsQuery, 'sort' | 'dir'>, limit: number) {
  const first = await loadFirstRows(ctx.db, view, limit, NOW);
  expect(first.complete).toBe(false);
  const order = new Map(first.stages.map((s) => [s.id, s.order]));
  return sortRows(first.rows, view.sort, view.dir, order, NOW).slice(0, limit).map(shown);
}

describe("the deals page's first rows", () => {
  it('are the first screen of the default view (next follow-up first), read from the index', async () => {
    const deals: Deal[] = [];
    const followUps: FollowUp[] = [];
    for (let i = 0; i < 40; i += 1) {
      const id = `d${String(i).padStart(2, '0')}`;
      deals.push(makeDeal(id, { updatedAt: NOW - i * DAY }));
      // Three steps each, interleaved across deals; some done (not pending), some overdue.
      for (let step = 0; step < 3; step += 1)
        followUps.push(
          makeFollowUp(id, {
            stepIndex: step,
            stepCount: 3,
            dueAt: NOW + ((i * 7) % 40) * DAY - 20 * DAY + step * 5 * DAY,
            status: step === 0 && i % 4 === 0 ? 'done' : 'due',
          }),
        );
    }
    // A paused deal (its follow-ups paused), and deals without any follow-up.
    deals.push(makeDeal('paused', { status: 'paused' }));
    followUps.push(makeFollowUp('paused', { dueAt: NOW - 30 * DAY, status: 'paused' }));
    deals.push(makeDeal('none-1'), makeDeal('none-2'));
    await write(deals, followUps);

    for (const limit of [1, 5, 12, 60]) {
      expect(await firstRows(DEFAULT_QUERY, limit)).toEqual(await firstScreen(DEFAULT_QUERY, limit));
    }
    // 60 > 43 deals: every deal, those without a follow-up last.
    expect((await firstRows(DEFAULT_QUERY, 60)).slice(-2).map((r) => r.id)).toEqual(['none-1', 'none-2']);
  });

  it("tells a deal's overdue state even when its due follow-ups lie past what was read", async () => {
    // limit 2 reads 3 per list: the due list is cut before now, and deal P comes first by a paused
    // follow-up while its one due follow-up (overdue) is past the cut.
    await write(
      [makeDeal('A'), makeDeal('B'), makeDeal('C'), makeDeal('P')],
      [
        makeFollowUp('A', { dueAt: NOW - 10 * DAY }),
        makeFollowUp('B', { dueAt: NOW - 9 * DAY }),
        makeFollowUp('C', { dueAt: NOW - 8 * DAY }),
        makeFollowUp('A', { dueAt: NOW - 7 * DAY }),
        makeFollowUp('P', { dueAt: NOW - 20 * DAY, status: 'paused' }),
        makeFollowUp('P', { dueAt: NOW - DAY }),
      ],
    );
    const rows = await firstRows(DEFAULT_QUERY, 2);
    expect(rows).toEqual(await firstScreen(DEFAULT_QUERY, 2));
    expect(rows.map((r) => [r.id, r.overdue])).toEqual([
      ['P', true],
      ['A', true],
    ]);
  });

  it('reads further when the first follow-ups belong to few deals', async () => {
    // Deal "busy" has 20 follow-ups ahead of everyone else's.
    const followUps = Array.from({ length: 20 }, (_, i) =>
      makeFollowUp('busy', { dueAt: NOW - 100 * DAY + i }),
    );
    followUps.push(
      makeFollowUp('late-1', { dueAt: NOW + DAY }),
      makeFollowUp('late-2', { dueAt: NOW + 2 * DAY }),
    );
    await write([makeDeal('busy'), makeDeal('late-1'), makeDeal('late-2')], followUps);
    expect((await firstRows(DEFAULT_QUERY, 3)).map((r) => r.id)).toEqual(['busy', 'late-1', 'late-2']);
  });

  it('are the most recently changed deals for a sort no index gives, with their pending follow-ups', async () => {
    await write(
      [
        makeDeal('old', { updatedAt: NOW - 5 * DAY }),
        makeDeal('new', { updatedAt: NOW }),
        makeDeal('mid', { updatedAt: NOW - DAY }),
      ],
      [
        makeFollowUp('new', { dueAt: NOW - DAY }),
        makeFollowUp('new', { dueAt: NOW - 2 * DAY, status: 'done' }),
        makeFollowUp('mid', { dueAt: NOW + DAY, status: 'paused' }),
      ],
    );
    const view = { sort: 'contact', dir: 'asc' } as const;
    const first = await loadFirstRows(ctx.db, view, 2, NOW);
    expect(first.rows.map(shown)).toEqual([
      { id: 'new', next: expect.objectContaining({ dueAt: NOW - DAY }), overdue: true, noNextStep: true },
      {
        id: 'mid',
        next: expect.objectContaining({ dueAt: NOW + DAY, status: 'paused' }),
        overdue: false,
        noNextStep: true,
      },
    ]);
  });
});
