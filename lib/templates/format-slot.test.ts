import { describe, expect, it } from 'vitest';
import { formatSlot } from './format-slot';

// Rendered in the spring of 2026: every slot below is this year's, so none shows its year.
const NOW = Date.UTC(2026, 1, 1, 12, 0);

describe('formatSlot', () => {
  it('writes a slot in English and French', () => {
    // 2026-03-03 09:00 UTC = 10:00 in Paris (winter time, UTC+1)
    const at = Date.UTC(2026, 2, 3, 9, 0);
    expect(formatSlot(at, 'en', 'Europe/Paris', NOW)).toBe('Tuesday 3 March at 10:00');
    expect(formatSlot(at, 'fr', 'Europe/Paris', NOW)).toBe('mardi 3 mars à 10:00');
  });

  it('follows Paris across the spring change (29 March 2026)', () => {
    // Before: Saturday 28 March 10:00 Paris = 09:00 UTC; after: Monday 30 March 10:00 Paris = 08:00 UTC
    expect(formatSlot(Date.UTC(2026, 2, 28, 9, 0), 'en', 'Europe/Paris', NOW)).toBe(
      'Saturday 28 March at 10:00',
    );
    expect(formatSlot(Date.UTC(2026, 2, 30, 8, 0), 'en', 'Europe/Paris', NOW)).toBe(
      'Monday 30 March at 10:00',
    );
    expect(formatSlot(Date.UTC(2026, 2, 30, 8, 0), 'fr', 'Europe/Paris', NOW)).toBe('lundi 30 mars à 10:00');
    // The same UTC hour on both sides of the change reads an hour apart
    expect(formatSlot(Date.UTC(2026, 2, 29, 0, 30), 'fr', 'Europe/Paris', NOW)).toBe(
      'dimanche 29 mars à 01:30',
    );
    expect(formatSlot(Date.UTC(2026, 2, 29, 1, 30), 'fr', 'Europe/Paris', NOW)).toBe(
      'dimanche 29 mars à 03:30',
    );
  });

  it('writes the date of the zone, not of the machine', () => {
    // 2026-10-25 23:30 UTC is already Monday 26 October in Paris (winter time again)
    const at = Date.UTC(2026, 9, 25, 23, 30);
    expect(formatSlot(at, 'en', 'Europe/Paris', NOW)).toBe('Monday 26 October at 00:30');
    expect(formatSlot(at, 'en', 'America/New_York', NOW)).toBe('Sunday 25 October at 19:30');
  });

  it('writes the year of a slot in another year than now, in the rep’s zone', () => {
    // Friday 16 July 2027, seen from the spring of 2026: "Friday 16 July" alone would read as this July.
    const july = Date.UTC(2027, 6, 16, 8, 0);
    expect(formatSlot(july, 'en', 'Europe/Paris', NOW)).toBe('Friday 16 July 2027 at 10:00');
    expect(formatSlot(july, 'fr', 'Europe/Paris', NOW)).toBe('vendredi 16 juillet 2027 à 10:00');
    expect(formatSlot(july, 'en', 'Europe/Paris', Date.UTC(2027, 0, 2))).toBe('Friday 16 July at 10:00');
    // New Year's Eve 23:30 UTC is already 1 January in Paris: next year there, this year in London.
    const eve = Date.UTC(2026, 11, 31, 23, 30);
    expect(formatSlot(eve, 'en', 'Europe/Paris', NOW)).toBe('Friday 1 January 2027 at 00:30');
    expect(formatSlot(eve, 'en', 'Europe/London', NOW)).toBe('Thursday 31 December at 23:30');
  });
});
