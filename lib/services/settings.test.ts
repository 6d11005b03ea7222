import { describe, expect, it } from 'vitest';
import { eventsForDeal } from '../db/events';
import { getSettings } from '../db/settings';
import { HOUR, NOW, setUpTestDb, snapshotTables } from '../db/test-support';
import { DEFAULT_SETTINGS } from '../defaults';
import { scheduleCadence } from './follow-ups';
import { unwrap } from './result';
import { type SettingsPatch, saveSettings, shiftVacation } from './settings';
import { trackSample } from './test-support';

const t = setUpTestDb({ seed: false });

describe('saveSettings', () => {
  it('merges a patch over what is stored, normalised', async () => {
    unwrap(await saveSettings(t.db, { senderName: ' Jordan Lee ' }, NOW));
    const saved = unwrap(
      await saveSettings(
        t.db,
        {
          timeZone: 'Europe/Paris',
          workingDays: [5, 1, 2, 2],
          ownAddresses: [' Jordan@Acme.test ', ''],
          holidays: ['2026-12-25', '2026-05-01'],
        },
        NOW + HOUR,
      ),
    );
    expect(saved).toEqual({
      ...DEFAULT_SETTINGS,
      senderName: 'Jordan Lee',
      timeZone: 'Europe/Paris',
      workingDays: [1, 2, 5],
      ownAddresses: ['jordan@acme.test'],
      holidays: ['2026-05-01', '2026-12-25'],
      updatedAt: NOW + HOUR,
    });
    expect(await getSettings(t.db)).toEqual(saved);
  });

  it('accepts an existing default cadence', async () => {
    await t.db.cadences.add({
      id: 'short',
      name: { en: 'Short', fr: 'Courte' },
      steps: [],
      tail: null,
      breakup: null,
      builtin: false,
      updatedAt: NOW,
    });
    expect(unwrap(await saveSettings(t.db, { defaultCadenceId: 'short' }, NOW)).defaultCadenceId).toBe(
      'short',
    );
  });

  it.each<[string, SettingsPatch]>([
    ['no working day', { workingDays: [] }],
    ['a day out of the week', { workingDays: [1, 7] }],
    ['a malformed follow-up time', { followUpTime: '9h' }],
    ['an impossible end of day', { dayEndTime: '24:30' }],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }],
    ['a malformed holiday', { holidays: ['25/12/2026'] }],
    ['a vacation ending before it starts', { vacations: [{ from: '2026-08-10', to: '2026-08-01' }] }],
    ['a negative breakup wait', { breakupWaitDays: -1 }],
    ['a default cadence that does not exist', { defaultCadenceId: 'nope' }],
  ])('rejects %s with invalid and stores nothing', async (_, patch) => {
    expect(await saveSettings(t.db, patch, NOW)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await t.db.settings.count()).toBe(0);
  });
});

describe('saveSettings, a key given as undefined', () => {
  it('leaves that field as it is', async () => {
    unwrap(await saveSettings(t.db, { timeZone: 'Europe/Paris' }, NOW));
    const saved = unwrap(await saveSettings(t.db, { timeZone: undefined, senderName: 'Jordan' }, NOW + HOUR));
    expect(saved).toMatchObject({ timeZone: 'Europe/Paris', senderName: 'Jordan' });
    expect(await getSettings(t.db)).toEqual(saved);
  });
});

describe('shiftVacation', () => {
  const s = setUpTestDb({ timeZone: 'Europe/Paris' });

  it('moves the pending follow-ups inside the vacation after it, and logs it on each deal', async () => {
    const deal = await trackSample(s.db);
    // Tuesday 2026-03-03 10:00 in Paris: the default cadence falls on the 3rd, 4th, 6th, 13th…
    const followUps = unwrap(await scheduleCadence(s.db, { dealId: deal.id }, NOW));
    const vacation = { from: '2026-03-05', to: '2026-03-16' };
    const { moved } = unwrap(await shiftVacation(s.db, { vacation }, NOW + HOUR));
    expect(moved).toBeGreaterThan(0);
    const after = await s.db.followUps.bulkGet(followUps.map((f) => f.id));
    const inside = (at: number) => {
      const day = new Date(at + 3_600_000).toISOString().slice(0, 10); // Paris is UTC+1 in March
      return day >= vacation.from && day <= vacation.to;
    };
    expect(after.filter((f) => f && inside(f.dueAt))).toEqual([]);
    expect((await eventsForDeal(s.db, deal.id)).at(-1)).toMatchObject({
      type: 'follow-ups-shifted',
      at: NOW + HOUR,
      data: { from: vacation.from, to: vacation.to, moved },
    });
  });

  it('moves nothing and logs nothing when no follow-up falls inside', async () => {
    const deal = await trackSample(s.db);
    unwrap(await scheduleCadence(s.db, { dealId: deal.id }, NOW));
    const before = await snapshotTables(s.db);
    expect(
      unwrap(await shiftVacation(s.db, { vacation: { from: '2030-01-01', to: '2030-01-02' } }, NOW)),
    ).toEqual({
      moved: 0,
    });
    expect(await snapshotTables(s.db)).toEqual(before);
  });
});
