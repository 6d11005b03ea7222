import { describe, expect, it } from 'vitest';
import { getDeal } from '../db/deals';
import { eventsForDeal } from '../db/events';
import { addFollowUps, DAY, HOUR, NOW, setUpTestDb, snapshotTables } from '../db/test-support';
import type { FollowUpStatus } from '../model';
import { updateDeal } from './deals';
import { markLost, markReplied, markWon, pauseDeal, resumeDeal, setStage } from './lifecycle';
import { unwrap } from './result';
import { trackSample } from './test-support';

const t = setUpTestDb();

async function statuses(dealId: string): Promise<FollowUpStatus[]> {
  const list = await t.db.followUps.where('dealId').equals(dealId).sortBy('dueAt');
  return list.map((f) => f.status);
}

/** A tracked deal with one follow-up in each status, due on days 1..5. */
async function dealWithFollowUps() {
  const deal = await trackSample(t.db);
  await addFollowUps(t.db, deal.id, [
    { dueAt: NOW + 1 * DAY, status: 'done', handledAt: NOW },
    { dueAt: NOW + 2 * DAY, status: 'skipped', handledAt: NOW },
    { dueAt: NOW + 3 * DAY, status: 'due' },
    { dueAt: NOW + 4 * DAY, status: 'due' },
    { dueAt: NOW + 5 * DAY, status: 'cancelled' },
  ]);
  return deal;
}

async function eventTypes(dealId: string) {
  return (await eventsForDeal(t.db, dealId)).map((e) => e.type);
}

describe('setStage', () => {
  it('moves to an open stage: resets the checklist and the stage clock, logs from/to', async () => {
    const deal = await dealWithFollowUps();
    unwrap(await updateDeal(t.db, { dealId: deal.id, patch: { doneActionIds: ['lead-source'] } }, NOW));
    const next = unwrap(await setStage(t.db, { dealId: deal.id, stageId: 'meeting' }, NOW + HOUR));
    expect(next).toMatchObject({
      stageId: 'meeting',
      stageEnteredAt: NOW + HOUR,
      doneActionIds: [],
      status: 'active',
    });
    expect(await getDeal(t.db, deal.id)).toEqual(next);
    const events = await eventsForDeal(t.db, deal.id);
    expect(events.at(-1)).toMatchObject({
      type: 'stage-changed',
      at: NOW + HOUR,
      data: { from: 'lead', to: 'meeting' },
    });
    expect(await statuses(deal.id)).toEqual(['done', 'skipped', 'due', 'due', 'cancelled']);
  });

  it('closes the deal on a won stage: status won, pending cancelled, event won', async () => {
    const deal = await dealWithFollowUps();
    const next = unwrap(await setStage(t.db, { dealId: deal.id, stageId: 'signed' }, NOW + HOUR));
    expect(next).toMatchObject({ stageId: 'signed', status: 'won', cadence: null });
    expect(await statuses(deal.id)).toEqual(['done', 'skipped', 'cancelled', 'cancelled', 'cancelled']);
    expect((await eventTypes(deal.id)).slice(-2)).toEqual(['stage-changed', 'won']);
  });

  it('closes the deal on a lost stage, also cancelling paused follow-ups', async () => {
    const deal = await dealWithFollowUps();
    unwrap(await pauseDeal(t.db, { dealId: deal.id, reason: 'Holidays' }, NOW));
    const next = unwrap(await setStage(t.db, { dealId: deal.id, stageId: 'lost' }, NOW + HOUR));
    expect(next).toMatchObject({ status: 'lost', pausedAt: null, pauseReason: null });
    expect(await statuses(deal.id)).toEqual(['done', 'skipped', 'cancelled', 'cancelled', 'cancelled']);
    const last = (await eventsForDeal(t.db, deal.id)).at(-1);
    expect(last).toMatchObject({ type: 'lost', data: { reason: '' } });
  });

  it('reopens a won or lost deal moved back to an open stage', async () => {
    const deal = await trackSample(t.db);
    unwrap(await setStage(t.db, { dealId: deal.id, stageId: 'lost' }, NOW));
    expect(unwrap(await setStage(t.db, { dealId: deal.id, stageId: 'negotiation' }, NOW + HOUR)).status).toBe(
      'active',
    );
    unwrap(await setStage(t.db, { dealId: deal.id, stageId: 'signed' }, NOW + 2 * HOUR));
    expect(
      unwrap(await setStage(t.db, { dealId: deal.id, stageId: 'cross-sell' }, NOW + 3 * HOUR)).status,
    ).toBe('active');
  });

  it('keeps a paused deal paused when it moves between open stages', async () => {
    const deal = await dealWithFollowUps();
    unwrap(await pauseDeal(t.db, { dealId: deal.id, reason: '' }, NOW));
    expect(unwrap(await setStage(t.db, { dealId: deal.id, stageId: 'meeting' }, NOW + HOUR)).status).toBe(
      'paused',
    );
  });

  it('does nothing when the deal is already in that stage', async () => {
    const deal = await trackSample(t.db);
    const before = await snapshotTables(t.db);
    expect(unwrap(await setStage(t.db, { dealId: deal.id, stageId: 'lead' }, NOW + HOUR))).toEqual(deal);
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('answers an unknown stage or deal with not-found, changing nothing', async () => {
    const deal = await trackSample(t.db);
    const before = await snapshotTables(t.db);
    expect(await setStage(t.db, { dealId: deal.id, stageId: 'nope' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await setStage(t.db, { dealId: 'nope', stageId: 'meeting' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await snapshotTables(t.db)).toEqual(before);
  });
});

describe('markWon / markLost', () => {
  it('markWon moves to the won stage and closes', async () => {
    const deal = await dealWithFollowUps();
    expect(unwrap(await markWon(t.db, { dealId: deal.id }, NOW + HOUR))).toMatchObject({
      stageId: 'signed',
      status: 'won',
    });
    expect(await statuses(deal.id)).not.toContain('due');
  });

  it('markLost moves to the lost stage and logs the reason', async () => {
    const deal = await dealWithFollowUps();
    expect(
      unwrap(await markLost(t.db, { dealId: deal.id, reason: ' Chose a competitor ' }, NOW + HOUR)),
    ).toMatchObject({
      stageId: 'lost',
      status: 'lost',
    });
    expect((await eventsForDeal(t.db, deal.id)).at(-1)).toMatchObject({
      type: 'lost',
      data: { reason: 'Chose a competitor' },
    });
  });

  it('answers not-found when the rep removed every stage of that kind', async () => {
    const deal = await trackSample(t.db);
    await t.db.stages.delete('lost');
    expect(await markLost(t.db, { dealId: deal.id, reason: '' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect((await getDeal(t.db, deal.id))?.status).toBe('active');
  });
});

describe('pauseDeal / resumeDeal', () => {
  it('pauses: due follow-ups become paused, handled ones stay', async () => {
    const deal = await dealWithFollowUps();
    const paused = unwrap(
      await pauseDeal(t.db, { dealId: deal.id, reason: ' Prospect on holiday ' }, NOW + HOUR),
    );
    expect(paused).toMatchObject({
      status: 'paused',
      pausedAt: NOW + HOUR,
      pauseReason: 'Prospect on holiday',
    });
    expect(await statuses(deal.id)).toEqual(['done', 'skipped', 'paused', 'paused', 'cancelled']);
    expect((await eventsForDeal(t.db, deal.id)).at(-1)).toMatchObject({
      type: 'paused',
      data: { reason: 'Prospect on holiday' },
    });
  });

  it('resumes: paused follow-ups fall due as much later as the pause lasted', async () => {
    const deal = await dealWithFollowUps();
    unwrap(await pauseDeal(t.db, { dealId: deal.id, reason: '' }, NOW));
    const resumed = unwrap(await resumeDeal(t.db, { dealId: deal.id }, NOW + 2 * HOUR));
    expect(resumed).toMatchObject({
      status: 'active',
      pausedAt: null,
      pauseReason: null,
      updatedAt: NOW + 2 * HOUR,
    });
    const list = await t.db.followUps.where('dealId').equals(deal.id).sortBy('dueAt');
    expect(list.map((f) => [f.status, f.dueAt])).toEqual([
      ['done', NOW + 1 * DAY],
      ['skipped', NOW + 2 * DAY],
      ['due', NOW + 3 * DAY + 2 * HOUR],
      ['due', NOW + 4 * DAY + 2 * HOUR],
      ['cancelled', NOW + 5 * DAY],
    ]);
    expect((await eventsForDeal(t.db, deal.id)).at(-1)).toMatchObject({
      type: 'resumed',
      data: { pausedForMs: 2 * HOUR },
    });
  });

  it('never puts a resumed follow-up before now', async () => {
    const deal = await trackSample(t.db);
    // Overdue when paused (the rep had not handled it): resumed, it is due now, not in the past.
    await addFollowUps(t.db, deal.id, [{ dueAt: NOW - 10 * DAY }]);
    unwrap(await pauseDeal(t.db, { dealId: deal.id, reason: '' }, NOW));
    unwrap(await resumeDeal(t.db, { dealId: deal.id }, NOW + DAY));
    expect((await t.db.followUps.where('dealId').equals(deal.id).first())?.dueAt).toBe(NOW + DAY);
  });

  it('refuses to pause a paused or closed deal, and to resume a deal that is not paused', async () => {
    const deal = await trackSample(t.db);
    expect(await resumeDeal(t.db, { dealId: deal.id }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This deal is not paused.' },
    });
    unwrap(await pauseDeal(t.db, { dealId: deal.id, reason: '' }, NOW));
    expect(await pauseDeal(t.db, { dealId: deal.id, reason: '' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This deal is already paused.' },
    });
    unwrap(await markWon(t.db, { dealId: deal.id }, NOW));
    expect(await pauseDeal(t.db, { dealId: deal.id, reason: '' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await pauseDeal(t.db, { dealId: 'nope', reason: '' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('markReplied', () => {
  it('cancels due and paused follow-ups, marks the deal replied and logs who answered', async () => {
    const deal = await dealWithFollowUps();
    await t.db.deals.update(deal.id, { cadence: { cadenceId: 'default', startedAt: NOW } });
    const next = await markReplied(t.db, deal.id, 'Dana.Whitfield@Northwind-Labs.test', NOW + HOUR);
    expect(next).toMatchObject({ status: 'replied', cadence: null, updatedAt: NOW + HOUR });
    expect(await statuses(deal.id)).toEqual(['done', 'skipped', 'cancelled', 'cancelled', 'cancelled']);
    expect((await eventsForDeal(t.db, deal.id)).at(-1)).toMatchObject({
      type: 'reply',
      at: NOW + HOUR,
      data: { from: 'dana.whitfield@northwind-labs.test', cancelled: 2 },
    });
  });

  it('cancels a paused deal’s follow-ups too, and clears the pause', async () => {
    const deal = await dealWithFollowUps();
    unwrap(await pauseDeal(t.db, { dealId: deal.id, reason: 'x' }, NOW));
    expect(await markReplied(t.db, deal.id, 'a@b.test', NOW + HOUR)).toMatchObject({
      status: 'replied',
      pausedAt: null,
    });
    expect(await statuses(deal.id)).not.toContain('paused');
  });

  it('keeps a closed deal closed', async () => {
    const deal = await trackSample(t.db);
    unwrap(await markWon(t.db, { dealId: deal.id }, NOW));
    expect((await markReplied(t.db, deal.id, 'a@b.test', NOW + HOUR)).status).toBe('won');
  });
});
