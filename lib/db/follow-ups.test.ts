import { describe, expect, it } from 'vitest';
import { cadenceDueDates } from '../cadence';
import { DEFAULT_CADENCE } from '../defaults';
import type { Settings } from '../model';
import { markReplied, pauseDeal, setStage } from './deal-lifecycle';
import { getDeal } from './deals';
import { eventsForDeal } from './events';
import { cadenceForDeal, cancelCadence, previewCadence, scheduleSingle, startCadence } from './follow-ups';
import { followUpsForDeal } from './queries';
import { getSettings } from './settings';
import {
  addFollowUps,
  DAY,
  HOUR,
  NOW,
  setUpTestDb,
  snapshotTables,
  trackSample,
  WORKING_TIME,
} from './test-support';

const t = setUpTestDb();

describe('startCadence', () => {
  it('creates one due follow-up per step of the default cadence (10) and starts the deal on it', async () => {
    const deal = await trackSample(t.db);
    const followUps = await startCadence(t.db, deal.id, 'default', NOW, WORKING_TIME, NOW);
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
    const first = await startCadence(t.db, deal.id, 'default', NOW, WORKING_TIME, NOW);
    const handled = first[0];
    if (!handled) throw new Error('no follow-up');
    await t.db.followUps.update(handled.id, { status: 'done', handledAt: NOW });

    const second = await startCadence(t.db, deal.id, 'after-sale', NOW + DAY, WORKING_TIME, NOW + DAY);
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
    await startCadence(t.db, deal.id, 'default', NOW, WORKING_TIME, NOW);
    await pauseDeal(t.db, deal.id, 'Holidays', NOW + HOUR);
    await startCadence(t.db, deal.id, 'default', NOW + DAY, WORKING_TIME, NOW + DAY);
    expect(await getDeal(t.db, deal.id)).toMatchObject({
      status: 'active',
      pausedAt: null,
      pauseReason: null,
    });
    const statuses = (await t.db.followUps.where('dealId').equals(deal.id).toArray()).map((f) => f.status);
    expect(statuses.filter((s) => s === 'paused')).toEqual([]);
    expect(statuses.filter((s) => s === 'due')).toHaveLength(10);

    await markReplied(t.db, deal.id, 'dana@northwind-labs.test', NOW + 2 * DAY);
    await startCadence(t.db, deal.id, 'default', NOW + 3 * DAY, WORKING_TIME, NOW + 3 * DAY);
    expect((await getDeal(t.db, deal.id))?.status).toBe('active');
  });

  it('answers an unknown cadence or deal with not-found, changing nothing', async () => {
    const deal = await trackSample(t.db);
    await startCadence(t.db, deal.id, 'default', NOW, WORKING_TIME, NOW);
    const before = await snapshotTables(t.db);
    await expect(startCadence(t.db, deal.id, 'nope', NOW, WORKING_TIME, NOW)).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(startCadence(t.db, 'nope', 'default', NOW, WORKING_TIME, NOW)).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await snapshotTables(t.db)).toEqual(before);
  });
});

describe('previewCadence', () => {
  it('answers the scheduled steps without writing anything', async () => {
    const deal = await trackSample(t.db);
    const before = await snapshotTables(t.db);
    const preview = await previewCadence(t.db, deal.id, 'default', NOW, WORKING_TIME);
    expect(preview).toEqual(cadenceDueDates(DEFAULT_CADENCE, NOW, WORKING_TIME));
    expect(await previewCadence(t.db, null, 'default', NOW, WORKING_TIME)).toEqual(preview);
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('answers an unknown deal or cadence with not-found', async () => {
    await expect(previewCadence(t.db, 'nope', 'default', NOW, WORKING_TIME)).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(previewCadence(t.db, null, 'nope', NOW, WORKING_TIME)).rejects.toMatchObject({
      code: 'not-found',
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
    const signed = await setStage(t.db, deal.id, 'signed', NOW);
    expect(await cadenceForDeal(t.db, signed, settings)).toBe('after-sale');
  });

  it('falls back to the default when the stage names a cadence that was deleted', async () => {
    const settings = await getSettings(t.db);
    const deal = await setStage(t.db, (await trackSample(t.db)).id, 'signed', NOW);
    await t.db.cadences.delete('after-sale');
    expect(await cadenceForDeal(t.db, deal, settings)).toBe('default');
  });
});

describe('scheduleSingle', () => {
  it('adds a one-off follow-up beside the running cadence', async () => {
    const deal = await trackSample(t.db);
    await startCadence(t.db, deal.id, 'default', NOW, WORKING_TIME, NOW);
    const single = await scheduleSingle(
      t.db,
      deal.id,
      { dueAt: NOW + 2 * HOUR, channel: 'phone', templateKind: null },
      NOW + HOUR,
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
    await expect(
      scheduleSingle(t.db, deal.id, { dueAt, channel: 'email', templateKind: 'relance' }, NOW),
    ).rejects.toMatchObject({ code: 'past-date' });
    expect(await t.db.followUps.count()).toBe(0);
  });

  it('is paused on a paused deal, and makes an answered deal active again', async () => {
    const deal = await trackSample(t.db);
    await pauseDeal(t.db, deal.id, '', NOW);
    const paused = await scheduleSingle(
      t.db,
      deal.id,
      { dueAt: NOW + DAY, channel: 'email', templateKind: null },
      NOW,
    );
    expect(paused.status).toBe('paused');
    expect((await getDeal(t.db, deal.id))?.status).toBe('paused');

    await markReplied(t.db, deal.id, 'dana@northwind-labs.test', NOW);
    await scheduleSingle(t.db, deal.id, { dueAt: NOW + DAY, channel: 'email', templateKind: null }, NOW);
    expect((await getDeal(t.db, deal.id))?.status).toBe('active');
  });

  it('answers an unknown deal with not-found', async () => {
    await expect(
      scheduleSingle(t.db, 'nope', { dueAt: NOW + DAY, channel: 'email', templateKind: null }, NOW),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('cancelCadence', () => {
  it('cancels every pending follow-up and clears the deal’s cadence', async () => {
    const deal = await trackSample(t.db);
    await startCadence(t.db, deal.id, 'default', NOW, WORKING_TIME, NOW);
    await addFollowUps(t.db, deal.id, [{ status: 'done' }]);
    const next = await cancelCadence(t.db, deal.id, NOW + HOUR);
    expect(next).toMatchObject({ cadence: null, updatedAt: NOW + HOUR });
    const statuses = (await t.db.followUps.where('dealId').equals(deal.id).toArray()).map((f) => f.status);
    expect(statuses.filter((s) => s === 'cancelled')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'done')).toHaveLength(1);
    expect((await eventsForDeal(t.db, deal.id)).at(-1)).toMatchObject({
      type: 'cadence-cancelled',
      data: { cancelled: 10 },
    });
    await expect(cancelCadence(t.db, 'nope', NOW)).rejects.toMatchObject({ code: 'not-found' });
  });
});
