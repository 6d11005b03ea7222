import { describe, expect, it } from 'vitest';
import type { Cadence } from '../model';
import { CadenceError } from './errors';
import { cadenceDueDates, cadenceStepCount } from './schedule';
import { instant, NEW_YORK, PARIS, show, showWithOffset, workingTimeIn } from './test-support';
import { isWorkingDate, localDate } from './working-time';

// The product's default cadence, written out here so the expectations below can be checked against
// it on a calendar: the same day, the next day, +3 days, weekly for a month, quarterly twice, breakup.
const DEFAULT: Pick<Cadence, 'steps' | 'tail' | 'breakup'> = {
  steps: [
    { after: {}, channel: 'email', templateKind: 'relance' },
    { after: { days: 1 }, channel: 'phone', templateKind: null },
    { after: { days: 3 }, channel: 'email', templateKind: 'relance' },
    { after: { days: 7 }, channel: 'email', templateKind: 'good-news' },
    { after: { days: 7 }, channel: 'phone', templateKind: null },
    { after: { days: 7 }, channel: 'email', templateKind: 'relance' },
    { after: { days: 7 }, channel: 'email', templateKind: 'good-news' },
  ],
  tail: { every: { months: 3 }, times: 2, channel: 'email', templateKind: 'relance' },
  breakup: { after: { days: 14 }, channel: 'email', templateKind: 'breakup' },
};

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof CadenceError) return error.code;
    throw error;
  }
  return undefined;
}

describe('cadenceStepCount', () => {
  it('counts the fixed steps, the tail’s repetitions and the breakup', () => {
    expect(cadenceStepCount(DEFAULT)).toBe(10);
    expect(cadenceStepCount({ steps: DEFAULT.steps, tail: null, breakup: null })).toBe(7);
  });
});

describe('cadenceDueDates with the default cadence in Europe/Paris (Monday–Friday, 09:00–18:00)', () => {
  it('started Tuesday 2026-03-03 10:00', () => {
    const steps = cadenceDueDates(DEFAULT, instant('2026-03-03T10:00+01:00'), PARIS);
    expect(steps.map((s) => show(s.dueAt, PARIS))).toEqual([
      'Tue 2026-03-03 10:00', // the same day, right away: the rep is at work
      'Wed 2026-03-04 09:00', // +1 day
      'Mon 2026-03-09 09:00', // +3 days = Sat 03-07 → Monday
      'Mon 2026-03-16 09:00', // Sat 03-07 + 7 = Sat 03-14 → Monday
      'Mon 2026-03-23 09:00', // Sat 03-21 → Monday
      'Mon 2026-03-30 09:00', // Sat 03-28 → Monday, after the switch to summer time
      'Mon 2026-04-06 09:00', // Sat 04-04 → Monday
      'Mon 2026-07-06 09:00', // Sat 04-04 + 3 months = Sat 07-04 → Monday
      'Mon 2026-10-05 09:00', // Sat 04-04 + 6 months = Sun 10-04 → Monday
      'Mon 2026-10-19 09:00', // breakup: Sun 10-04 + 14 days = Sun 10-18 → Monday
    ]);
    expect(steps.map((s) => [s.index, s.count, s.channel, s.templateKind, s.isBreakup])).toEqual([
      [0, 10, 'email', 'relance', false],
      [1, 10, 'phone', null, false],
      [2, 10, 'email', 'relance', false],
      [3, 10, 'email', 'good-news', false],
      [4, 10, 'phone', null, false],
      [5, 10, 'email', 'relance', false],
      [6, 10, 'email', 'good-news', false],
      [7, 10, 'email', 'relance', false],
      [8, 10, 'email', 'relance', false],
      [9, 10, 'email', 'breakup', true],
    ]);
  });

  it('started Friday 2026-03-06 19:30, after the end of the day', () => {
    const steps = cadenceDueDates(DEFAULT, instant('2026-03-06T19:30+01:00'), PARIS);
    expect(steps.map((s) => show(s.dueAt, PARIS))).toEqual([
      'Mon 2026-03-09 09:00', // the same day, but the day is over → first working moment: Monday
      'Tue 2026-03-10 09:00', // Fri 03-06 + 1 = Sat 03-07 → Monday, taken by the step before → Tuesday
      'Wed 2026-03-11 09:00', // Sat 03-07 + 3 = Tue 03-10, taken by the step before → Wednesday
      'Tue 2026-03-17 09:00', // Tue 03-10 + 7
      'Tue 2026-03-24 09:00',
      'Tue 2026-03-31 09:00',
      'Tue 2026-04-07 09:00',
      'Tue 2026-07-07 09:00', // Tue 04-07 + 3 months
      'Wed 2026-10-07 09:00', // Tue 04-07 + 6 months
      'Wed 2026-10-21 09:00', // + 14 days
    ]);
  });

  it('keeps 09:00 local on both sides of 2026-03-29 and 2026-10-25', () => {
    const steps = cadenceDueDates(DEFAULT, instant('2026-03-25T10:00+01:00'), PARIS);
    expect(steps.map((s) => showWithOffset(s.dueAt, PARIS))).toEqual([
      'Wed 2026-03-25 10:00 +01:00',
      'Thu 2026-03-26 09:00 +01:00',
      'Mon 2026-03-30 09:00 +02:00', // Sun 03-29 (the clocks go forward) → Monday
      'Mon 2026-04-06 09:00 +02:00', // Sun 04-05
      'Mon 2026-04-13 09:00 +02:00', // Sun 04-12
      'Mon 2026-04-20 09:00 +02:00', // Sun 04-19
      'Mon 2026-04-27 09:00 +02:00', // Sun 04-26
      'Mon 2026-07-27 09:00 +02:00', // Sun 07-26
      'Mon 2026-10-26 09:00 +01:00', // Sun 04-26 + 6 months = Mon 10-26, the day after the clocks go back
      'Mon 2026-11-09 09:00 +01:00', // + 14 days
    ]);
  });

  it('skips a day off and a vacation in the middle of the cadence', () => {
    const wt = workingTimeIn('Europe/Paris', {
      holidays: ['2026-03-09', '2026-04-06'],
      vacations: [{ from: '2026-03-20', to: '2026-03-27' }],
    });
    const steps = cadenceDueDates(DEFAULT, instant('2026-03-03T10:00+01:00'), wt);
    expect(steps.map((s) => show(s.dueAt, wt))).toEqual([
      'Tue 2026-03-03 10:00',
      'Wed 2026-03-04 09:00',
      'Tue 2026-03-10 09:00', // Sat 03-07 → Monday 03-09 is a day off → Tuesday
      'Mon 2026-03-16 09:00', // Sat 03-14
      'Mon 2026-03-30 09:00', // Sat 03-21 is inside the vacation (to Fri 03-27) → Monday after it
      'Tue 2026-03-31 09:00', // Sat 03-28 → Monday, taken by the step before → Tuesday
      'Tue 2026-04-07 09:00', // Sat 04-04 → Easter Monday 04-06 is a day off → Tuesday
      'Mon 2026-07-06 09:00',
      'Mon 2026-10-05 09:00',
      'Mon 2026-10-19 09:00',
    ]);
  });
});

describe('cadenceDueDates in America/New_York', () => {
  const cadence = {
    steps: DEFAULT.steps.slice(0, 3),
    tail: null,
    breakup: null,
  };

  it('keeps 09:00 local across 2026-03-08 (clocks forward)', () => {
    const steps = cadenceDueDates(cadence, instant('2026-03-05T10:00-05:00'), NEW_YORK);
    expect(steps.map((s) => showWithOffset(s.dueAt, NEW_YORK))).toEqual([
      'Thu 2026-03-05 10:00 -05:00',
      'Fri 2026-03-06 09:00 -05:00',
      'Mon 2026-03-09 09:00 -04:00', // Fri 03-06 + 3 days
    ]);
  });

  it('keeps 09:00 local across 2026-11-01 (clocks back)', () => {
    const steps = cadenceDueDates(cadence, instant('2026-10-29T10:00-04:00'), NEW_YORK);
    expect(steps.map((s) => showWithOffset(s.dueAt, NEW_YORK))).toEqual([
      'Thu 2026-10-29 10:00 -04:00',
      'Fri 2026-10-30 09:00 -04:00',
      'Mon 2026-11-02 09:00 -05:00',
    ]);
  });
});

describe('cadenceDueDates, other delays', () => {
  it('keeps the tail on the month end it started from (Nov 30 + 3 months × 2 = May 30, not May 28)', () => {
    const cadence = {
      steps: [{ after: {}, channel: 'email' as const, templateKind: null }],
      tail: { every: { months: 3 }, times: 2, channel: 'email' as const, templateKind: null },
      breakup: null,
    };
    const steps = cadenceDueDates(cadence, instant('2026-11-30T10:00+01:00'), PARIS);
    expect(steps.map((s) => show(s.dueAt, PARIS))).toEqual([
      'Mon 2026-11-30 10:00',
      'Mon 2027-03-01 09:00', // Nov 30 + 3 months = Sun 2027-02-28 → Monday
      'Mon 2027-05-31 09:00', // Nov 30 + 6 months = Sun 2027-05-30 → Monday
    ]);
  });

  it('counts a delay in hours from the instant, within working hours', () => {
    const cadence = {
      steps: [
        { after: {}, channel: 'email' as const, templateKind: null },
        { after: { hours: 2 }, channel: 'phone' as const, templateKind: null },
        { after: { hours: 6 }, channel: 'email' as const, templateKind: null },
      ],
      tail: null,
      breakup: null,
    };
    const steps = cadenceDueDates(cadence, instant('2026-03-03T10:00+01:00'), PARIS);
    expect(steps.map((s) => show(s.dueAt, PARIS))).toEqual([
      'Tue 2026-03-03 10:00',
      'Tue 2026-03-03 12:00',
      'Wed 2026-03-04 09:00', // 18:00 is the end of the day
    ]);
  });

  it('puts two same-day steps on two working days (due instants never repeat)', () => {
    const cadence = {
      steps: [
        { after: {}, channel: 'email' as const, templateKind: null },
        { after: {}, channel: 'phone' as const, templateKind: null },
      ],
      tail: null,
      breakup: null,
    };
    const steps = cadenceDueDates(cadence, instant('2026-03-06T11:00+01:00'), PARIS);
    expect(steps.map((s) => show(s.dueAt, PARIS))).toEqual(['Fri 2026-03-06 11:00', 'Mon 2026-03-09 09:00']);
  });

  it('refuses a negative or fractional delay, or a tail repeated a fractional number of times', () => {
    const step = (after: object) => ({
      steps: [{ after, channel: 'email' as const, templateKind: null }],
      tail: null,
      breakup: null,
    });
    expect(codeOf(() => cadenceDueDates(step({ days: -1 }), instant('2026-03-03T10:00+01:00'), PARIS))).toBe(
      'invalid-time',
    );
    expect(codeOf(() => cadenceDueDates(step({ days: 1.5 }), instant('2026-03-03T10:00+01:00'), PARIS))).toBe(
      'invalid-time',
    );
    const tail = { every: { months: 1 }, times: 1.5, channel: 'email' as const, templateKind: null };
    expect(
      codeOf(() =>
        cadenceDueDates({ steps: [], tail, breakup: null }, instant('2026-03-03T10:00+01:00'), PARIS),
      ),
    ).toBe('invalid-time');
  });

  it('throws no-working-day when the rep has no working day', () => {
    const wt = workingTimeIn('Europe/Paris', { workingDays: [] });
    expect(codeOf(() => cadenceDueDates(DEFAULT, instant('2026-03-03T10:00+01:00'), wt))).toBe(
      'no-working-day',
    );
  });
});

describe('cadenceDueDates invariants', () => {
  const tight = {
    steps: [
      { after: {}, channel: 'email' as const, templateKind: null },
      { after: {}, channel: 'phone' as const, templateKind: null },
      { after: { hours: 1 }, channel: 'email' as const, templateKind: null },
      { after: { days: 1 }, channel: 'email' as const, templateKind: null },
      { after: {}, channel: 'phone' as const, templateKind: null },
      { after: { days: 1 }, channel: 'email' as const, templateKind: null },
    ],
    tail: { every: { weeks: 1 }, times: 3, channel: 'email' as const, templateKind: null },
    breakup: { after: {}, channel: 'email' as const, templateKind: 'breakup' as const },
  };
  const workingTimes = [
    PARIS,
    NEW_YORK,
    workingTimeIn('Europe/Paris', {
      workingDays: [1, 3, 5],
      holidays: ['2026-03-11', '2026-03-27'],
      vacations: [{ from: '2026-03-16', to: '2026-03-20' }],
    }),
  ];

  it('falls due strictly later step after step, on working dates, never before the start', () => {
    let checked = 0;
    for (const wt of workingTimes) {
      for (const cadence of [DEFAULT, tight]) {
        // Every 7 hours across three weeks that include the Paris and New York spring changes.
        for (let hour = 0; hour < 21 * 24; hour += 7) {
          const start = instant('2026-03-02T00:00Z') + hour * 3_600_000;
          const steps = cadenceDueDates(cadence, start, wt);
          expect(steps).toHaveLength(cadenceStepCount(cadence));
          expect(steps[0]?.dueAt).toBeGreaterThanOrEqual(start);
          for (const [i, step] of steps.entries()) {
            expect(isWorkingDate(localDate(step.dueAt, wt), wt)).toBe(true);
            if (i > 0) expect(step.dueAt).toBeGreaterThan(steps[i - 1]?.dueAt ?? Number.POSITIVE_INFINITY);
          }
          checked++;
        }
      }
    }
    expect(checked).toBe(3 * 2 * 72);
  });
});
