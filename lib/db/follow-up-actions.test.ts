import { describe, expect, it } from 'vitest';
import type { FollowUpStatus } from '../model';
import { eventsForDeal } from './events';
import { completeFollowUp, skipFollowUp, snoozeFollowUp } from './follow-up-actions';
import { addFollowUps, DAY, HOUR, NOW, setUpTestDb, snapshotTables, trackSample } from './test-support';

const t = setUpTestDb();

async function oneDue() {
  const deal = await trackSample(t.db);
  const [followUp] = await addFollowUps(t.db, deal.id, [{ dueAt: NOW + DAY, stepIndex: 2, stepCount: 10 }]);
  if (!followUp) throw new Error('no follow-up');
  return { deal, followUp };
}

describe('completeFollowUp', () => {
  it('marks it done with the note, and logs it', async () => {
    const { deal, followUp } = await oneDue();
    const done = await completeFollowUp(t.db, followUp.id, ' Left a voicemail ', NOW + HOUR);
    expect(done).toEqual({ ...followUp, status: 'done', handledAt: NOW + HOUR, note: 'Left a voicemail' });
    expect(await t.db.followUps.get(followUp.id)).toEqual(done);
    expect((await eventsForDeal(t.db, deal.id)).at(-1)).toMatchObject({
      type: 'follow-up-done',
      at: NOW + HOUR,
      data: { followUpId: followUp.id, stepIndex: 2, note: 'Left a voicemail' },
    });
  });
});

describe('skipFollowUp', () => {
  it('marks it skipped and logs it', async () => {
    const { deal, followUp } = await oneDue();
    const skipped = await skipFollowUp(t.db, followUp.id, NOW + HOUR);
    expect(skipped).toMatchObject({ status: 'skipped', handledAt: NOW + HOUR, dueAt: followUp.dueAt });
    expect((await eventsForDeal(t.db, deal.id)).at(-1)).toMatchObject({
      type: 'follow-up-skipped',
      data: { followUpId: followUp.id, stepIndex: 2 },
    });
  });
});

describe('snoozeFollowUp', () => {
  it('moves the due instant and keeps the first one in snoozedFrom', async () => {
    const { deal, followUp } = await oneDue();
    const once = await snoozeFollowUp(t.db, followUp.id, NOW + 2 * DAY, NOW + HOUR);
    expect(once).toMatchObject({ status: 'due', dueAt: NOW + 2 * DAY, snoozedFrom: NOW + DAY });
    const twice = await snoozeFollowUp(t.db, followUp.id, NOW + 3 * DAY, NOW + 2 * HOUR);
    expect(twice).toMatchObject({ dueAt: NOW + 3 * DAY, snoozedFrom: NOW + DAY });
    const snoozes = (await eventsForDeal(t.db, deal.id)).filter((e) => e.type === 'follow-up-snoozed');
    expect(snoozes.map((e) => e.data)).toEqual([
      { followUpId: followUp.id, from: NOW + DAY, to: NOW + 2 * DAY },
      { followUpId: followUp.id, from: NOW + 2 * DAY, to: NOW + 3 * DAY },
    ]);
  });

  it.each([
    ['before now', NOW - 1],
    ['exactly now', NOW],
  ])('refuses a snooze until %s with past-date', async (_, until) => {
    const { followUp } = await oneDue();
    await expect(snoozeFollowUp(t.db, followUp.id, until, NOW)).rejects.toMatchObject({ code: 'past-date' });
    expect(await t.db.followUps.get(followUp.id)).toEqual(followUp);
  });
});

describe('only a due follow-up can be handled', () => {
  it.each<[FollowUpStatus, string]>([
    ['done', 'already marked done'],
    ['skipped', 'already skipped'],
    ['cancelled', 'cancelled'],
    ['paused', 'paused'],
  ])('a %s one answers conflict and changes nothing', async (status, words) => {
    const deal = await trackSample(t.db);
    const [followUp] = await addFollowUps(t.db, deal.id, [{ status }]);
    if (!followUp) throw new Error('no follow-up');
    const before = await snapshotTables(t.db);
    for (const attempt of [
      () => completeFollowUp(t.db, followUp.id, '', NOW),
      () => skipFollowUp(t.db, followUp.id, NOW),
      () => snoozeFollowUp(t.db, followUp.id, NOW + DAY, NOW),
    ]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'conflict' });
      expect((error as Error).message).toContain(words);
    }
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('an unknown follow-up answers not-found', async () => {
    await expect(completeFollowUp(t.db, 'nope', '', NOW)).rejects.toMatchObject({ code: 'not-found' });
    await expect(skipFollowUp(t.db, 'nope', NOW)).rejects.toMatchObject({ code: 'not-found' });
    await expect(snoozeFollowUp(t.db, 'nope', NOW + DAY, NOW)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('snoozing never moves a follow-up earlier', () => {
  it('refuses a snooze before a step’s due time, even when it is after now', async () => {
    const deal = await trackSample(t.db);
    const [followUp] = await addFollowUps(t.db, deal.id, [{ dueAt: NOW + 7 * DAY }]);
    if (!followUp) throw new Error('no follow-up');
    await expect(snoozeFollowUp(t.db, followUp.id, NOW + HOUR, NOW)).rejects.toMatchObject({
      code: 'past-date',
    });
    expect((await t.db.followUps.get(followUp.id))?.dueAt).toBe(NOW + 7 * DAY);
    const later = await snoozeFollowUp(t.db, followUp.id, NOW + 7 * DAY + HOUR, NOW);
    expect(later).toMatchObject({ dueAt: NOW + 7 * DAY + HOUR, snoozedFrom: NOW + 7 * DAY });
  });
});
