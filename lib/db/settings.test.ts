import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../defaults';
import type { Settings } from '../model';
import { getSettings } from './settings';
import { NOW, setUpTestDb } from './test-support';

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
