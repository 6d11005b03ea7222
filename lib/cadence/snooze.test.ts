import { describe, expect, it } from 'vitest';
import { CadenceError } from './errors';
import { snoozeUntil } from './snooze';
import { instant, PARIS, show, workingTimeIn } from './test-support';

const FRIDAY_AFTERNOON = instant('2026-03-06T15:00+01:00');

describe('snoozeUntil from Friday 2026-03-06 15:00 in Paris', () => {
  it.each([
    ['in-1-hour', 'Fri 2026-03-06 16:00'],
    ['tomorrow-morning', 'Mon 2026-03-09 09:00'],
    ['next-monday', 'Mon 2026-03-09 09:00'],
  ] as const)('%s → %s', (preset, expected) => {
    expect(show(snoozeUntil({ preset }, FRIDAY_AFTERNOON, PARIS), PARIS)).toBe(expected);
  });

  it('moves past a Monday off', () => {
    const wt = workingTimeIn('Europe/Paris', { holidays: ['2026-03-09'] });
    expect(show(snoozeUntil({ preset: 'tomorrow-morning' }, FRIDAY_AFTERNOON, wt), wt)).toBe(
      'Tue 2026-03-10 09:00',
    );
    expect(show(snoozeUntil({ preset: 'next-monday' }, FRIDAY_AFTERNOON, wt), wt)).toBe(
      'Tue 2026-03-10 09:00',
    );
  });

  it('keeps a picked moment in the future as it is', () => {
    const at = instant('2026-03-12T14:30+01:00');
    expect(snoozeUntil({ at }, FRIDAY_AFTERNOON, PARIS)).toBe(at);
  });

  it('refuses a picked moment that has passed, or is now, with past-date and a message for the rep', () => {
    for (const at of [instant('2026-03-06T14:59+01:00'), FRIDAY_AFTERNOON]) {
      let error: unknown;
      try {
        snoozeUntil({ at }, FRIDAY_AFTERNOON, PARIS);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CadenceError);
      expect(error).toMatchObject({ code: 'past-date', message: expect.stringMatching(/later time/) });
    }
  });
});

describe('snoozeUntil, other days', () => {
  it('next-monday on a Monday is the Monday after', () => {
    const monday = instant('2026-03-09T08:00+01:00');
    expect(show(snoozeUntil({ preset: 'next-monday' }, monday, PARIS), PARIS)).toBe('Mon 2026-03-16 09:00');
  });

  it('tomorrow-morning on a Saturday is Monday', () => {
    const saturday = instant('2026-03-07T11:00+01:00');
    expect(show(snoozeUntil({ preset: 'tomorrow-morning' }, saturday, PARIS), PARIS)).toBe(
      'Mon 2026-03-09 09:00',
    );
  });

  it('in-1-hour is one real hour, even across the night the clocks go forward', () => {
    const night = instant('2026-03-29T01:30+01:00'); // 02:00 becomes 03:00 that night in Paris
    expect(show(snoozeUntil({ preset: 'in-1-hour' }, night, PARIS), PARIS)).toBe('Sun 2026-03-29 03:30');
  });
});
