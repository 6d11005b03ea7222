import { afterEach, describe, expect, it } from 'vitest';
import { clockLabel, dueInWords, instantToLocalInput, localInputToInstant, relativeWords } from './words';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Tuesday 2026-03-03 10:00 in Paris. */
const NOW = Date.UTC(2026, 2, 3, 9, 0);

const speak = (lang: 'en' | 'fr') => {
  (globalThis as { __relanceUiLanguage?: string }).__relanceUiLanguage = lang;
};
afterEach(() => speak('en'));

describe('dueInWords', () => {
  it('says how long until a coming follow-up', () => {
    expect(dueInWords(NOW + 2 * HOUR, NOW, 'en')).toBe('in 2 hours');
    expect(dueInWords(NOW + 20 * MINUTE, NOW, 'en')).toBe('in 20 minutes');
    expect(dueInWords(NOW + 2 * HOUR, NOW, 'fr')).toBe('dans 2 heures');
  });

  it('says how late an overdue one is', () => {
    expect(dueInWords(NOW - 3 * DAY, NOW, 'en')).toBe('3 days late');
    expect(dueInWords(NOW - HOUR, NOW, 'en')).toBe('1 hour late');
    speak('fr');
    expect(dueInWords(NOW - 3 * DAY, NOW, 'fr')).toBe('en retard de 3 jours');
  });
});

describe('relativeWords', () => {
  it('goes both ways', () => {
    expect(relativeWords(NOW - 3 * HOUR, NOW, 'en')).toBe('3 hours ago');
    expect(relativeWords(NOW + 3 * HOUR, NOW, 'fr')).toBe('dans 3 heures');
  });
});

describe('clockLabel', () => {
  it('shows the local time on the same local day, in the rep’s zone', () => {
    expect(clockLabel(NOW + 4.5 * HOUR, NOW, 'Europe/Paris', 'en')).toBe('2:30 PM');
    expect(clockLabel(NOW + 4.5 * HOUR, NOW, 'Europe/Paris', 'fr')).toBe('14:30');
    expect(clockLabel(NOW + 4.5 * HOUR, NOW, 'America/New_York', 'fr')).toBe('08:30');
  });

  it('adds the weekday within a week, the date beyond', () => {
    expect(clockLabel(NOW + 2 * DAY, NOW, 'Europe/Paris', 'en')).toBe('Thu 10:00 AM');
    expect(clockLabel(NOW - 20 * DAY, NOW, 'Europe/Paris', 'en')).toBe('Feb 11');
    expect(clockLabel(NOW - 20 * DAY, NOW, 'Europe/Paris', 'fr')).toBe('11 févr.');
  });

  it('writes the year of a date in another year only', () => {
    expect(clockLabel(NOW - 90 * DAY, NOW, 'Europe/Paris', 'en')).toBe('Dec 3, 2025');
    expect(clockLabel(NOW + 400 * DAY, NOW, 'Europe/Paris', 'fr')).toBe('7 avr. 2027');
    // 31 December 23:30 UTC is 1 January in Paris: another year there, this one in New York.
    const eve = Date.UTC(2026, 11, 31, 23, 30);
    expect(clockLabel(eve, NOW, 'Europe/Paris', 'en')).toBe('Jan 1, 2027');
    expect(clockLabel(eve, NOW, 'America/New_York', 'en')).toBe('Dec 31');
  });

  it('counts days in the rep’s zone: 23:30 UTC is already tomorrow in Paris', () => {
    expect(clockLabel(Date.UTC(2026, 2, 3, 23, 30), NOW, 'Europe/Paris', 'en')).toBe('Wed 12:30 AM');
    expect(clockLabel(Date.UTC(2026, 2, 3, 23, 30), NOW, 'America/New_York', 'en')).toBe('6:30 PM');
  });
});

describe('datetime-local values', () => {
  it('reads the wall clock in the rep’s zone', () => {
    expect(localInputToInstant('2026-03-05T14:30', 'Europe/Paris')).toBe(Date.UTC(2026, 2, 5, 13, 30));
    expect(localInputToInstant('2026-03-05T14:30', 'Asia/Tokyo')).toBe(Date.UTC(2026, 2, 5, 5, 30));
  });

  it('refuses malformed or impossible dates', () => {
    expect(localInputToInstant('', 'Europe/Paris')).toBeNull();
    expect(localInputToInstant('2026-02-31T10:00', 'Europe/Paris')).toBeNull();
    expect(localInputToInstant('tomorrow', 'Europe/Paris')).toBeNull();
  });

  it('round-trips', () => {
    expect(instantToLocalInput(NOW, 'Europe/Paris')).toBe('2026-03-03T10:00');
    expect(localInputToInstant(instantToLocalInput(NOW, 'America/Denver'), 'America/Denver')).toBe(NOW);
  });
});
