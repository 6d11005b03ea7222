import { describe, expect, it } from 'vitest';
import { getSettings } from '../db/settings';
import { HOUR, NOW, setUpTestDb } from '../db/test-support';
import { DEFAULT_SETTINGS } from '../defaults';
import { unwrap } from './result';
import { type SettingsPatch, saveSettings } from './settings';

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
