import { describe, expect, it } from 'vitest';
import { cadenceDueDates } from '../cadence';
import { getDeal } from '../db/deals';
import { eventsForDeal } from '../db/events';
import { followUpsForDeal } from '../db/queries';
import { getSettings } from '../db/settings';
import { addFollowUps, DAY, HOUR, NOW, setUpTestDb, snapshotTables, WORKING_TIME } from '../db/test-support';
import { DEFAULT_CADENCE } from '../defaults';
import type { Settings } from '../model';
import { cadenceForDeal, cancelCadence, previewCadence, scheduleCadence, scheduleSingle } from './follow-ups';
import { markReplied, pauseDeal, setStage } from './lifecycle';
import { unwrap } from './result';
import { trackSample } from './test-support';

// The rep's zone is WORKING_TIME's: the use cases read it from the settings.
const t = setUpTestDb({ timeZone: WORKING_TIME.timeZone });

describe('startCadence', () => {
  it('creates one due follow-up per step of the default cadence (10) and starts the deal on it', async () => {
    const deal = await trackSample(t.db);
    const followUps = unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
    const expected = cadenceDueDates(DEFAULT_CADENCE, NOW, WORKING_TIME);
    expect(followUps).toHaveLength(10);
    expect(expected).toHaveLength(10);
    expect(
      followUps.map(({ stepIndex, stepCount, dueAt, channel, templateKind }) => ({
        index: stepIndex,
        count: stepCount,
        dueAt,
        channel,
        templateKind,
      })),
    ).toEqual(
      expected.map(({ index, count, dueAt, channel, templateKind }) => ({
        index,
        count,
        dueAt,
        channel,
        templateKind,
      })),
    );
    for (const f of followUps) {
      expect(f).toMatchObject({
        dealId: deal.id,
        cadenceId: 'default',
        status: 'due',
        snoozedFrom: null,
        handledAt: null,
        note: '',
        createdAt: NOW,
      });
    }
    expect(new Set(followUps.map((f) => f.id)).size).toBe(10);
    expect(await followUpsForDeal(t.db, deal.id)).toEqual(followUps);
    expect(await getDeal(t.db, deal.id)).toMatchObject({
      cadence: { cadenceId: 'default', startedAt: NOW },
      status: 'active',
      updatedAt: NOW,
    });
    expect((await eventsForDeal(t.db, deal.id)).at(-1)).toMatchObject({
      type: 'cadence-started',
      data: { cadenceId: 'default', followUpCount: 10 },
    });
  });

  it('cancels the previous cadence’s pending follow-ups, keeping the handled ones', async () => {
    const deal = await trackSample(t.db);
    const first = unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
    const handled = first[0];
    if (!handled) throw new Error('no follow-up');
    await t.db.followUps.update(handled.id, { status: 'done', handledAt: NOW });

    const second = unwrap(
      await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'after-sale' }, NOW + DAY),
    );
    const all = await t.db.followUps.where('dealId').equals(deal.id).toArray();
    const byId = new Map(all.map((f) => [f.id, f]));
    expect(byId.get(handled.id)?.status).toBe('done');
    for (const old of first.slice(1)) expect(byId.get(old.id)?.status).toBe('cancelled');
    for (const fresh of second)
      expect(byId.get(fresh.id)).toMatchObject({ status: 'due', cadenceId: 'after-sale' });
    expect(all).toHaveLength(first.length + second.length);
    expect(await getDeal(t.db, deal.id)).toMatchObject({
      cadence: { cadenceId: 'after-sale', startedAt: NOW + DAY },
    });
    const events = (await eventsForDeal(t.db, deal.id)).slice(-2);
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ['cadence-cancelled', { cancelled: 9 }],
      ['cadence-started', { cadenceId: 'after-sale', followUpCount: second.length }],
    ]);
  });

  it('restarts a paused or answered deal as active, dropping its paused follow-ups', async () => {
    const deal = await trackSample(t.db);
    unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
    unwrap(await pauseDeal(t.db, { dealId: deal.id, reason: 'Holidays' }, NOW + HOUR));
    unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW + DAY));
    expect(await getDeal(t.db, deal.id)).toMatchObject({
      status: 'active',
      pausedAt: null,
      pauseReason: null,
    });
    const statuses = (await t.db.followUps.where('dealId').equals(deal.id).toArray()).map((f) => f.status);
    expect(statuses.filter((s) => s === 'paused')).toEqual([]);
    expect(statuses.filter((s) => s === 'due')).toHaveLength(10);

    await markReplied(t.db, deal.id, 'dana@northwind-labs.test', NOW + 2 * DAY);
    unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW + 3 * DAY));
    expect((await getDeal(t.db, deal.id))?.status).toBe('active');
  });

  it('answers an unknown cadence or deal with not-found, changing nothing', async () => {
    const deal = await trackSample(t.db);
    unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
    const before = await snapshotTables(t.db);
    expect(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'nope' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await scheduleCadence(t.db, { dealId: 'nope', cadenceId: 'default' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await snapshotTables(t.db)).toEqual(before);
  });
});

describe('previewCadence', () => {
  it('answers the scheduled steps without writing anything', async () => {
    const deal = await trackSample(t.db);
    const before = await snapshotTables(t.db);
    const preview = unwrap(await previewCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
    expect(preview).toEqual(cadenceDueDates(DEFAULT_CADENCE, NOW, WORKING_TIME));
    expect(unwrap(await previewCadence(t.db, { cadenceId: 'default' }, NOW))).toEqual(preview);
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('answers an unknown deal or cadence with not-found', async () => {
    expect(await previewCadence(t.db, { dealId: 'nope', cadenceId: 'default' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await previewCadence(t.db, { cadenceId: 'nope' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('cadenceForDeal', () => {
  it('is the stage’s cadence, else the settings’ default', async () => {
    const settings = await getSettings(t.db);
    const deal = await trackSample(t.db);
    expect(await cadenceForDeal(t.db, deal, settings)).toBe('default');
    const custom: Settings = { ...settings, defaultCadenceId: 'after-sale' };
    expect(await cadenceForDeal(t.db, deal, custom)).toBe('after-sale');
    const signed = unwrap(await setStage(t.db, { dealId: deal.id, stageId: 'signed' }, NOW));
    expect(await cadenceForDeal(t.db, signed, settings)).toBe('after-sale');
  });

  it('falls back to the default when the stage names a cadence that was deleted', async () => {
    const settings = await getSettings(t.db);
    const deal = unwrap(
      await setStage(t.db, { dealId: (await trackSample(t.db)).id, stageId: 'signed' }, NOW),
    );
    await t.db.cadences.delete('after-sale');
    expect(await cadenceForDeal(t.db, deal, settings)).toBe('default');
  });
});

describe('scheduleSingle', () => {
  it('adds a one-off follow-up beside the running cadence', async () => {
    const deal = await trackSample(t.db);
    unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
    const single = unwrap(
      await scheduleSingle(
        t.db,
        { dealId: deal.id, when: { at: NOW + 2 * HOUR }, channel: 'phone', templateKind: null },
        NOW + HOUR,
      ),
    );
    expect(single).toMatchObject({
      dealId: deal.id,
      cadenceId: null,
      stepIndex: 0,
      stepCount: 1,
      dueAt: NOW + 2 * HOUR,
      channel: 'phone',
      templateKind: null,
      status: 'due',
      snoozedFrom: null,
      handledAt: null,
      note: '',
      createdAt: NOW + HOUR,
    });
    expect(await t.db.followUps.where('dealId').equals(deal.id).count()).toBe(11);
    expect((await eventsForDeal(t.db, deal.id)).at(-1)).toMatchObject({
      type: 'cadence-started',
      data: { cadenceId: null, followUpCount: 1 },
    });
  });

  it.each([
    ['in the past', NOW - 1],
    ['exactly now', NOW],
  ])('refuses a due date %s with past-date', async (_, dueAt) => {
    const deal = await trackSample(t.db);
    expect(
      await scheduleSingle(
        t.db,
        { dealId: deal.id, when: { at: dueAt }, channel: 'email', templateKind: 'relance' },
        NOW,
      ),
    ).toMatchObject({ ok: false, error: { code: 'past-date' } });
    expect(await t.db.followUps.count()).toBe(0);
  });

  it('is paused on a paused deal, and makes an answered deal active again', async () => {
    const deal = await trackSample(t.db);
    unwrap(await pauseDeal(t.db, { dealId: deal.id, reason: '' }, NOW));
    const paused = unwrap(
      await scheduleSingle(
        t.db,
        { dealId: deal.id, when: { at: NOW + DAY }, channel: 'email', templateKind: null },
        NOW,
      ),
    );
    expect(paused.status).toBe('paused');
    expect((await getDeal(t.db, deal.id))?.status).toBe('paused');

    await markReplied(t.db, deal.id, 'dana@northwind-labs.test', NOW);
    unwrap(
      await scheduleSingle(
        t.db,
        { dealId: deal.id, when: { at: NOW + DAY }, channel: 'email', templateKind: null },
        NOW,
      ),
    );
    expect((await getDeal(t.db, deal.id))?.status).toBe('active');
  });

  it('answers an unknown deal with not-found', async () => {
    expect(
      await scheduleSingle(
        t.db,
        { dealId: 'nope', when: { at: NOW + DAY }, channel: 'email', templateKind: null },
        NOW,
      ),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('cancelCadence', () => {
  it('cancels every pending follow-up and clears the deal’s cadence', async () => {
    const deal = await trackSample(t.db);
    unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
    await addFollowUps(t.db, deal.id, [{ status: 'done' }]);
    const next = unwrap(await cancelCadence(t.db, { dealId: deal.id }, NOW + HOUR));
    expect(next).toMatchObject({ cadence: null, updatedAt: NOW + HOUR });
    const statuses = (await t.db.followUps.where('dealId').equals(deal.id).toArray()).map((f) => f.status);
    expect(statuses.filter((s) => s === 'cancelled')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'done')).toHaveLength(1);
    expect((await eventsForDeal(t.db, deal.id)).at(-1)).toMatchObject({
      type: 'cadence-cancelled',
      data: { cancelled: 10 },
    });
    expect(await cancelCadence(t.db, { dealId: 'nope' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('a closed deal is reopened before it is followed up', () => {
  it('refuses to schedule a lost deal while its stage says Lost, and writes nothing', async () => {
    const deal = await trackSample(t.db);
    unwrap(await setStage(t.db, { dealId: deal.id, stageId: 'lost' }, NOW));
    const before = await snapshotTables(t.db);
    expect(await scheduleCadence(t.db, { dealId: deal.id }, NOW + HOUR)).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'dealClosed' },
    });
    expect(
      await scheduleSingle(
        t.db,
        { dealId: deal.id, when: { at: NOW + DAY }, channel: 'email', templateKind: 'relance' },
        NOW + HOUR,
      ),
    ).toMatchObject({ ok: false, error: { key: 'dealClosed' } });
    expect(await snapshotTables(t.db)).toEqual(before);
    expect((await getDeal(t.db, deal.id))?.status).toBe('lost');
  });

  it('schedules again once reopened at a stage the rep chose', async () => {
    const deal = await trackSample(t.db);
    unwrap(await setStage(t.db, { dealId: deal.id, stageId: 'signed' }, NOW));
    expect((await scheduleCadence(t.db, { dealId: deal.id }, NOW)).ok).toBe(false);
    unwrap(await setStage(t.db, { dealId: deal.id, stageId: 'negotiation' }, NOW + HOUR));
    expect(unwrap(await scheduleCadence(t.db, { dealId: deal.id }, NOW + HOUR)).length).toBeGreaterThan(0);
    expect(await getDeal(t.db, deal.id)).toMatchObject({ status: 'active', stageId: 'negotiation' });
  });
});

describe('scheduling while a cadence runs', () => {
  it('appends after the last pending step, keeping the done ones and the pending ones', async () => {
    const deal = await trackSample(t.db);
    const first = unwrap(await scheduleCadence(t.db, { dealId: deal.id }, NOW));
    const last = Math.max(...first.map((f) => f.dueAt));
    const added = unwrap(await scheduleCadence(t.db, { dealId: deal.id, mode: 'append' }, NOW + HOUR));
    expect(added.length).toBeGreaterThan(0);
    expect(Math.min(...added.map((f) => f.dueAt))).toBeGreaterThan(last);
    const all = await followUpsForDeal(t.db, deal.id);
    expect(all.filter((f) => f.status === 'due')).toHaveLength(first.length + added.length);
    expect(all.some((f) => f.status === 'cancelled')).toBe(false);
  });

  it('replaces only the remaining steps: a done step stays done', async () => {
    const deal = await trackSample(t.db);
    const first = unwrap(await scheduleCadence(t.db, { dealId: deal.id }, NOW));
    const done = first[0];
    if (!done) throw new Error('no step');
    await t.db.followUps.update(done.id, { status: 'done', handledAt: NOW + HOUR });
    unwrap(await scheduleCadence(t.db, { dealId: deal.id, mode: 'replace' }, NOW + 2 * HOUR));
    const all = await followUpsForDeal(t.db, deal.id);
    expect(all.find((f) => f.id === done.id)?.status).toBe('done');
    expect(
      all.filter((f) => first.some((g) => g.id === f.id) && f.id !== done.id).map((f) => f.status),
    ).toEqual(first.slice(1).map(() => 'cancelled'));
  });
});
