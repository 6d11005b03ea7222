import { describe, expect, it } from 'vitest';
import { formatSlot } from './format-slot';

describe('formatSlot', () => {
  it('writes a slot in English and French', () => {
    // 2026-03-03 09:00 UTC = 10:00 in Paris (winter time, UTC+1)
    const at = Date.UTC(2026, 2, 3, 9, 0);
    expect(formatSlot(at, 'en', 'Europe/Paris')).toBe('Tuesday 3 March at 10:00');
    expect(formatSlot(at, 'fr', 'Europe/Paris')).toBe('mardi 3 mars à 10:00');
  });

  it('follows Paris across the spring change (29 March 2026)', () => {
    // Before: Saturday 28 March 10:00 Paris = 09:00 UTC; after: Monday 30 March 10:00 Paris = 08:00 UTC
    expect(formatSlot(Date.UTC(2026, 2, 28, 9, 0), 'en', 'Europe/Paris')).toBe('Saturday 28 March at 10:00');
    expect(formatSlot(Date.UTC(2026, 2, 30, 8, 0), 'en', 'Europe/Paris')).toBe('Monday 30 March at 10:00');
    expect(formatSlot(Date.UTC(2026, 2, 30, 8, 0), 'fr', 'Europe/Paris')).toBe('lundi 30 mars à 10:00');
    // The same UTC hour on both sides of the change reads an hour apart
    expect(formatSlot(Date.UTC(2026, 2, 29, 0, 30), 'fr', 'Europe/Paris')).toBe('dimanche 29 mars à 01:30');
    expect(formatSlot(Date.UTC(2026, 2, 29, 1, 30), 'fr', 'Europe/Paris')).toBe('dimanche 29 mars à 03:30');
  });

  it('writes the date of the zone, not of the machine', () => {
    // 2026-10-25 23:30 UTC is already Monday 26 October in Paris (winter time again)
    const at = Date.UTC(2026, 9, 25, 23, 30);
    expect(formatSlot(at, 'en', 'Europe/Paris')).toBe('Monday 26 October at 00:30');
    expect(formatSlot(at, 'en', 'America/New_York')).toBe('Sunday 25 October at 19:30');
  });
});
