import { describe, expect, it } from 'vitest';
import { eventsForDeal } from '../db/events';
import { addFollowUps, DAY, HOUR, NOW, setUpTestDb, snapshotTables } from '../db/test-support';
import type { FollowUpStatus } from '../model';
import { completeFollowUp, skipFollowUp, snoozeFollowUp } from './follow-ups';
import { unwrap } from './result';
import { trackSample } from './test-support';

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
    const done = unwrap(
      await completeFollowUp(t.db, { followUpId: followUp.id, note: ' Left a voicemail ' }, NOW + HOUR),
    );
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
    const skipped = unwrap(await skipFollowUp(t.db, { followUpId: followUp.id }, NOW + HOUR));
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
    const once = unwrap(
      await snoozeFollowUp(t.db, { followUpId: followUp.id, choice: { at: NOW + 2 * DAY } }, NOW + HOUR),
    );
    expect(once).toMatchObject({ status: 'due', dueAt: NOW + 2 * DAY, snoozedFrom: NOW + DAY });
    const twice = unwrap(
      await snoozeFollowUp(t.db, { followUpId: followUp.id, choice: { at: NOW + 3 * DAY } }, NOW + 2 * HOUR),
    );
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
    expect(await snoozeFollowUp(t.db, { followUpId: followUp.id, choice: { at: until } }, NOW)).toMatchObject(
      { ok: false, error: { code: 'past-date' } },
    );
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
      () => completeFollowUp(t.db, { followUpId: followUp.id, note: '' }, NOW),
      () => skipFollowUp(t.db, { followUpId: followUp.id }, NOW),
      () => snoozeFollowUp(t.db, { followUpId: followUp.id, choice: { at: NOW + DAY } }, NOW),
    ]) {
      const result = await attempt();
      expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(result.ok ? '' : result.error.message).toContain(words);
    }
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('an unknown follow-up answers not-found', async () => {
    expect(await completeFollowUp(t.db, { followUpId: 'nope', note: '' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await skipFollowUp(t.db, { followUpId: 'nope' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await snoozeFollowUp(t.db, { followUpId: 'nope', choice: { at: NOW + DAY } }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('snoozing never moves a follow-up earlier', () => {
  it('refuses a snooze before a step’s due time, even when it is after now', async () => {
    const deal = await trackSample(t.db);
    const [followUp] = await addFollowUps(t.db, deal.id, [{ dueAt: NOW + 7 * DAY }]);
    if (!followUp) throw new Error('no follow-up');
    expect(
      await snoozeFollowUp(t.db, { followUpId: followUp.id, choice: { at: NOW + HOUR } }, NOW),
    ).toMatchObject({ ok: false, error: { code: 'past-date' } });
    expect((await t.db.followUps.get(followUp.id))?.dueAt).toBe(NOW + 7 * DAY);
    const later = unwrap(
      await snoozeFollowUp(t.db, { followUpId: followUp.id, choice: { at: NOW + 7 * DAY + HOUR } }, NOW),
    );
    expect(later).toMatchObject({ dueAt: NOW + 7 * DAY + HOUR, snoozedFrom: NOW + 7 * DAY });
  });
});
