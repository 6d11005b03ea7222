import { describe, expect, it } from 'vitest';
import { availableQuickPicks, nextStepPresetAt, QUICK_PICKS, quickPickDueAt } from './quick-picks';
import { instant, PARIS, show, workingTimeIn } from './test-support';

describe('quickPickDueAt on Tuesday 2026-03-03 in Paris (Monday–Friday, 09:00–18:00)', () => {
  it.each([
    ['later-today', 'Wed 2026-03-04 09:00'], // 20:00 is after the end of the day
    ['tomorrow', 'Wed 2026-03-04 09:00'],
    ['in-3-days', 'Fri 2026-03-06 09:00'],
    ['next-week', 'Mon 2026-03-09 09:00'],
  ] as const)('at 17:00, %s → %s', (pick, expected) => {
    expect(show(quickPickDueAt(pick, instant('2026-03-03T17:00+01:00'), PARIS), PARIS)).toBe(expected);
  });

  it.each([
    ['later-today', 'Tue 2026-03-03 11:00'],
    ['tomorrow', 'Wed 2026-03-04 09:00'],
    ['in-3-days', 'Fri 2026-03-06 09:00'],
    ['next-week', 'Mon 2026-03-09 09:00'],
  ] as const)('at 08:00, %s → %s', (pick, expected) => {
    expect(show(quickPickDueAt(pick, instant('2026-03-03T08:00+01:00'), PARIS), PARIS)).toBe(expected);
  });

  it.each([
    ['14:59', 'Tue 2026-03-03 17:59'],
    ['15:00', 'Wed 2026-03-04 09:00'], // 18:00 is the end of the day itself
    ['02:00', 'Tue 2026-03-03 09:00'], // 05:00 is before the working day: its start
    ['23:00', 'Wed 2026-03-04 09:00'], // 02:00 is tomorrow, not later today
  ])('later-today at %s → %s', (time, expected) => {
    expect(show(quickPickDueAt('later-today', instant(`2026-03-03T${time}+01:00`), PARIS), PARIS)).toBe(
      expected,
    );
  });
});

describe('quickPickDueAt near a weekend', () => {
  it('moves in-3-days from Wednesday (Saturday) to Monday', () => {
    expect(show(quickPickDueAt('in-3-days', instant('2026-03-04T10:00+01:00'), PARIS), PARIS)).toBe(
      'Mon 2026-03-09 09:00',
    );
  });

  it('makes later-today on a Saturday Monday morning', () => {
    expect(show(quickPickDueAt('later-today', instant('2026-03-07T10:00+01:00'), PARIS), PARIS)).toBe(
      'Mon 2026-03-09 09:00',
    );
  });

  it('moves next-week past a Monday off', () => {
    const wt = workingTimeIn('Europe/Paris', { holidays: ['2026-04-06'] });
    expect(show(quickPickDueAt('next-week', instant('2026-04-01T10:00+02:00'), wt), wt)).toBe(
      'Tue 2026-04-07 09:00',
    );
  });
});

describe('availableQuickPicks (Paris, Monday–Friday, 09:00–18:00, "later" = in 3 hours)', () => {
  const withoutLater = QUICK_PICKS.filter((p) => p !== 'later-today');

  it.each([
    ['02:00 on a Tuesday, before the day starts (later today means 09:00)', '2026-03-03T02:00+01:00'],
    ['08:00 on a Tuesday', '2026-03-03T08:00+01:00'],
    ['14:59 on a Tuesday (17:59, a minute before the end of the day)', '2026-03-03T14:59+01:00'],
  ])('offers every pick at %s', (_, at) => {
    expect(availableQuickPicks(instant(at), PARIS)).toEqual([...QUICK_PICKS]);
  });

  it.each([
    ['15:00 on a Tuesday (18:00 is the end of the day itself)', '2026-03-03T15:00+01:00'],
    ['17:00 on a Tuesday', '2026-03-03T17:00+01:00'],
    ['23:00 on a Tuesday (02:00 is tomorrow)', '2026-03-03T23:00+01:00'],
    ['10:00 on a Saturday', '2026-03-07T10:00+01:00'],
  ])('leaves "later today" out at %s', (_, at) => {
    expect(availableQuickPicks(instant(at), PARIS)).toEqual(withoutLater);
  });

  it('leaves it out on a day off, and follows the rep’s own end of day', () => {
    const dayOff = workingTimeIn('Europe/Paris', { holidays: ['2026-03-03'] });
    expect(availableQuickPicks(instant('2026-03-03T10:00+01:00'), dayOff)).toEqual(withoutLater);
    const late = workingTimeIn('Europe/Paris', { dayEndTime: '21:00' });
    expect(availableQuickPicks(instant('2026-03-03T17:00+01:00'), late)).toEqual([...QUICK_PICKS]);
  });

  it('reads "today" in the rep’s zone, not the machine’s', () => {
    // 16:00 UTC is 17:00 in Paris (no time left) but 11:00 in New York (plenty).
    const at = Date.UTC(2026, 2, 3, 16, 0);
    expect(availableQuickPicks(at, PARIS)).toEqual(withoutLater);
    expect(availableQuickPicks(at, workingTimeIn('America/New_York'))).toEqual([...QUICK_PICKS]);
  });

  it('never offers "later today" when it would fall on the same moment as "tomorrow"', () => {
    for (let hour = 0; hour < 24; hour++) {
      const at = instant(`2026-03-03T${String(hour).padStart(2, '0')}:30+01:00`);
      if (availableQuickPicks(at, PARIS).includes('later-today')) {
        expect(quickPickDueAt('later-today', at, PARIS)).not.toBe(quickPickDueAt('tomorrow', at, PARIS));
      }
    }
  });
});

describe('nextStepPresetAt', () => {
  it.each([
    ['tomorrow-10', 'Wed 2026-03-04 10:00'],
    ['in-3-days', 'Fri 2026-03-06 08:30'],
    ['next-monday-9', 'Mon 2026-03-09 09:00'],
  ] as const)('on Tuesday 2026-03-03 17:00 (follow-ups at 08:30), %s → %s', (preset, expected) => {
    const wt = workingTimeIn('Europe/Paris', { followUpTime: '08:30' });
    expect(show(nextStepPresetAt(preset, instant('2026-03-03T17:00+01:00'), wt), wt)).toBe(expected);
  });

  it.each([
    ['tomorrow-10', 'Tue 2026-03-10 10:00'], // Saturday → Monday off → Tuesday, still at 10:00
    ['in-3-days', 'Tue 2026-03-10 09:00'], // Monday, off → Tuesday
    ['next-monday-9', 'Tue 2026-03-10 09:00'],
  ] as const)('on Friday 2026-03-06 with Monday 03-09 off, %s → %s', (preset, expected) => {
    const wt = workingTimeIn('Europe/Paris', { holidays: ['2026-03-09'] });
    expect(show(nextStepPresetAt(preset, instant('2026-03-06T11:00+01:00'), wt), wt)).toBe(expected);
  });
});
