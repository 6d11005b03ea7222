import { describe, expect, it } from 'vitest';
import { formatSlot } from '../templates/format-slot';
import { formatDuration, formatWhen, zonedParts, zonedTimeToInstant } from './intl';

describe('the panel’s Intl dates', () => {
  it('writes a slot exactly as the templates do (date-fns), in both languages and zones', () => {
    for (const at of [
      Date.UTC(2026, 2, 3, 9, 0),
      Date.UTC(2026, 9, 25, 0, 30),
      Date.UTC(2026, 11, 31, 22, 5),
    ]) {
      for (const zone of ['Europe/Paris', 'America/New_York', 'Asia/Tokyo']) {
        for (const now of [at - 86_400_000, at - 400 * 86_400_000]) {
          expect(formatWhen(at, 'en', zone, now)).toBe(formatSlot(at, 'en', zone, now));
          expect(formatWhen(at, 'fr', zone, now)).toBe(formatSlot(at, 'fr', zone, now));
        }
      }
    }
  });

  it('turns a wall-clock time into the instant, across daylight-saving changes', () => {
    expect(zonedTimeToInstant(2026, 3, 30, 9, 0, 'Europe/Paris')).toBe(Date.UTC(2026, 2, 30, 7, 0));
    expect(zonedTimeToInstant(2026, 3, 27, 9, 0, 'Europe/Paris')).toBe(Date.UTC(2026, 2, 27, 8, 0));
    expect(zonedTimeToInstant(2026, 11, 2, 9, 0, 'America/New_York')).toBe(Date.UTC(2026, 10, 2, 14, 0));
    expect(zonedParts(Date.UTC(2026, 9, 25, 0, 30), 'Europe/Paris')).toEqual([2026, 10, 25, 2, 30]);
  });

  it('says a duration in words', () => {
    expect(formatDuration(45 * 60_000, 'en')).toBe('45 minutes');
    expect(formatDuration(3 * 3_600_000, 'en')).toBe('3 hours');
    expect(formatDuration(12 * 86_400_000, 'fr')).toBe('12\u00a0jours'); // French: a non-breaking space
    expect(formatDuration(90 * 86_400_000, 'en')).toBe('3 months');
    expect(formatDuration(-5, 'en')).toBe('0 minutes');
  });
});
