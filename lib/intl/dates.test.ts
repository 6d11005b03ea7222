import { describe, expect, it } from 'vitest';
import { formatDate, formatDateAtTime, showsYear } from './dates';

/** Tuesday 3 March 2026, 10:00 in Paris. */
const NOW = Date.UTC(2026, 2, 3, 9, 0);
const NEXT_JULY = Date.UTC(2027, 6, 16, 8, 0); // Friday 16 July 2027, 10:00 in Paris

describe('showsYear: the one rule', () => {
  it('is false within this year, true for another year either way', () => {
    expect(showsYear(Date.UTC(2026, 11, 31, 12), NOW, 'Europe/Paris')).toBe(false);
    expect(showsYear(NEXT_JULY, NOW, 'Europe/Paris')).toBe(true);
    expect(showsYear(Date.UTC(2025, 11, 31, 12), NOW, 'Europe/Paris')).toBe(true);
  });

  it('reads both instants in the rep’s zone', () => {
    const eve = Date.UTC(2026, 11, 31, 23, 30); // already 2027 in Paris, still 2026 in New York
    expect(showsYear(eve, NOW, 'Europe/Paris')).toBe(true);
    expect(showsYear(eve, NOW, 'America/New_York')).toBe(false);
    // On New Year's Eve evening in New York, "now" is still 2026 there but already 2027 in Tokyo.
    const lateNow = Date.UTC(2026, 11, 31, 20, 0);
    expect(showsYear(Date.UTC(2027, 0, 5), lateNow, 'America/New_York')).toBe(true);
    expect(showsYear(Date.UTC(2027, 0, 5), lateNow, 'Asia/Tokyo')).toBe(false);
  });
});

describe('formatDate and formatDateAtTime', () => {
  it('leave the year out this year', () => {
    expect(formatDate(Date.UTC(2026, 6, 17, 8), 'en', 'Europe/Paris', NOW)).toBe('Friday 17 July');
    expect(formatDate(Date.UTC(2026, 6, 17, 8), 'fr', 'Europe/Paris', NOW)).toBe('vendredi 17 juillet');
  });

  it('write it for another year, without a comma after the weekday', () => {
    expect(formatDate(NEXT_JULY, 'en', 'Europe/Paris', NOW)).toBe('Friday 16 July 2027');
    expect(formatDate(NEXT_JULY, 'fr', 'Europe/Paris', NOW)).toBe('vendredi 16 juillet 2027');
    expect(formatDateAtTime(NEXT_JULY, 'en', 'Europe/Paris', NOW)).toBe('Friday 16 July 2027 at 10:00');
    expect(formatDateAtTime(NEXT_JULY, 'fr', 'Europe/Paris', NOW)).toBe('vendredi 16 juillet 2027 à 10:00');
  });

  it('have a short form', () => {
    expect(formatDate(NEXT_JULY, 'en', 'Europe/Paris', NOW, { weekday: false, month: 'short' })).toBe(
      '16 Jul 2027',
    );
    expect(formatDate(NEXT_JULY, 'fr', 'Europe/Paris', NOW, { weekday: false, month: 'short' })).toBe(
      '16 juil. 2027',
    );
    expect(formatDate(Date.UTC(2026, 3, 1, 8), 'fr', 'Europe/Paris', NOW, { weekday: false })).toBe(
      '1 avril',
    );
  });
});
