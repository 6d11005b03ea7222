import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCES } from './cadences';
import { DEFAULT_SETTINGS } from './settings';

describe('DEFAULT_SETTINGS', () => {
  it('is a Monday-to-Friday rep at 9:00 in the browser’s zone and language', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      id: 'settings',
      workingDays: [1, 2, 3, 4, 5],
      followUpTime: '09:00',
      dayEndTime: '18:00',
      timeZone: '',
      holidays: [],
      vacations: [],
      language: 'browser',
      notifications: true,
      ownAddresses: [],
      senderName: '',
      webmailAddsSignature: false,
      breakupWaitDays: 7,
      defaultCadenceId: 'default',
      updatedAt: 0,
    });
  });

  it('points at a default cadence that exists', () => {
    expect(DEFAULT_CADENCES.some((cadence) => cadence.id === DEFAULT_SETTINGS.defaultCadenceId)).toBe(true);
  });
});
