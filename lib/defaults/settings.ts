import type { Settings } from '../model';
import { DEFAULT_CADENCE } from './cadences';

/** The settings written on install: a Monday-to-Friday rep, follow-ups due at 9:00 in the browser's zone. */
export const DEFAULT_SETTINGS: Settings = {
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
  defaultCadenceId: DEFAULT_CADENCE.id,
  updatedAt: 0,
};
