import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../defaults';
import type { Settings } from '../model';
import { getSettings, type SettingsPatch, saveSettings } from './settings';
import { HOUR, NOW, setUpTestDb } from './test-support';

const t = setUpTestDb({ seed: false });

describe('getSettings', () => {
  it('answers the defaults when nothing is stored', async () => {
    expect(await getSettings(t.db)).toEqual(DEFAULT_SETTINGS);
    expect(await t.db.settings.count()).toBe(0);
  });

  it('fills a field an older release did not store with its default', async () => {
    const { breakupWaitDays: _, ...older } = { ...DEFAULT_SETTINGS, senderName: 'Jordan', updatedAt: NOW };
    await t.db.table<Omit<Settings, 'breakupWaitDays'>, string>('settings').put(older);
    expect(await getSettings(t.db)).toEqual({
      ...DEFAULT_SETTINGS,
      senderName: 'Jordan',
      updatedAt: NOW,
      breakupWaitDays: DEFAULT_SETTINGS.breakupWaitDays,
    });
  });
});

describe('saveSettings', () => {
  it('merges a patch over what is stored, normalised', async () => {
    await saveSettings(t.db, { senderName: ' Jordan Lee ' }, NOW);
    const saved = await saveSettings(
      t.db,
      {
        timeZone: 'Europe/Paris',
        workingDays: [5, 1, 2, 2],
        ownAddresses: [' Jordan@Acme.test ', ''],
        holidays: ['2026-12-25', '2026-05-01'],
      },
      NOW + HOUR,
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
    expect((await saveSettings(t.db, { defaultCadenceId: 'short' }, NOW)).defaultCadenceId).toBe('short');
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
    await expect(saveSettings(t.db, patch, NOW)).rejects.toMatchObject({ code: 'invalid' });
    expect(await t.db.settings.count()).toBe(0);
  });
});
