import { describe, expect, it } from 'vitest';
import { CadenceError } from './errors';
import { instant, NEW_YORK, PARIS, show, workingTimeIn } from './test-support';
import {
  atLocalTime,
  DEFAULT_WORKING_TIME,
  firstWorkingMomentFrom,
  isWorkingDate,
  localDate,
  nextWorkingDate,
  resolveTimeZone,
} from './working-time';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof CadenceError) return error.code;
    throw error;
  }
  return undefined;
}

describe('DEFAULT_WORKING_TIME', () => {
  it('is Monday to Friday, 09:00 to 18:00, in the runtime’s zone, with no days off', () => {
    expect(DEFAULT_WORKING_TIME).toEqual({
      workingDays: [1, 2, 3, 4, 5],
      followUpTime: '09:00',
      dayEndTime: '18:00',
      timeZone: '',
      holidays: [],
      vacations: [],
    });
  });
});

describe('resolveTimeZone', () => {
  it('is the zone set, else the runtime’s', () => {
    expect(resolveTimeZone(PARIS)).toBe('Europe/Paris');
    expect(resolveTimeZone({ timeZone: '' })).toBe(new Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('refuses a zone that does not exist', () => {
    expect(codeOf(() => resolveTimeZone({ timeZone: 'Mars/Olympus_Mons' }))).toBe('invalid-time');
  });
});

describe('isWorkingDate', () => {
  const wt = workingTimeIn('Europe/Paris', {
    holidays: ['2026-05-01'],
    vacations: [{ from: '2026-08-03', to: '2026-08-14' }],
  });

  it.each([
    ['2026-03-09', true], // Monday
    ['2026-03-13', true], // Friday
    ['2026-03-07', false], // Saturday
    ['2026-03-08', false], // Sunday
    ['2026-05-01', false], // Friday, a day off
    ['2026-07-31', true], // Friday before the vacation
    ['2026-08-03', false], // Monday, first day of the vacation
    ['2026-08-14', false], // Friday, last day of the vacation
    ['2026-08-17', true], // Monday after it
  ])('%s → %s', (date, expected) => {
    expect(isWorkingDate(date, wt)).toBe(expected);
  });

  it('follows the working days chosen (Sunday to Thursday)', () => {
    const wt = workingTimeIn('Asia/Jerusalem', { workingDays: [0, 1, 2, 3, 4] });
    expect(isWorkingDate('2026-03-08', wt)).toBe(true); // Sunday
    expect(isWorkingDate('2026-03-06', wt)).toBe(false); // Friday
  });

  it('refuses a date that is not on the calendar', () => {
    expect(codeOf(() => isWorkingDate('2026-02-30', PARIS))).toBe('invalid-time');
    expect(codeOf(() => isWorkingDate('9 March', PARIS))).toBe('invalid-time');
  });
});

describe('localDate', () => {
  it('is the calendar date in the rep’s zone', () => {
    const lateEvening = instant('2026-03-03T23:30Z'); // 00:30 on the 4th in Paris, 18:30 on the 3rd in New York
    expect(localDate(lateEvening, PARIS)).toBe('2026-03-04');
    expect(localDate(lateEvening, NEW_YORK)).toBe('2026-03-03');
  });
});

describe('atLocalTime', () => {
  it('keeps the wall-clock time on both sides of a daylight-saving change', () => {
    expect(atLocalTime('2026-03-27', '09:00', PARIS)).toBe(instant('2026-03-27T09:00+01:00'));
    expect(atLocalTime('2026-03-30', '09:00', PARIS)).toBe(instant('2026-03-30T09:00+02:00'));
    expect(atLocalTime('2026-11-02', '09:00', NEW_YORK)).toBe(instant('2026-11-02T09:00-05:00'));
  });

  it('moves a time the clocks skip forward by the gap (02:30 on 2026-03-08 in New York is 03:30 EDT)', () => {
    expect(atLocalTime('2026-03-08', '02:30', NEW_YORK)).toBe(instant('2026-03-08T03:30-04:00'));
  });

  it('refuses a time that is not HH:mm', () => {
    expect(codeOf(() => atLocalTime('2026-03-09', '25:00', PARIS))).toBe('invalid-time');
    expect(codeOf(() => atLocalTime('2026-03-09', '9h', PARIS))).toBe('invalid-time');
  });
});

describe('nextWorkingDate', () => {
  it('is strictly after the date', () => {
    expect(nextWorkingDate('2026-03-09', PARIS)).toBe('2026-03-10'); // Monday → Tuesday
    expect(nextWorkingDate('2026-03-06', PARIS)).toBe('2026-03-09'); // Friday → Monday
    expect(nextWorkingDate('2026-03-07', PARIS)).toBe('2026-03-09'); // Saturday → Monday
  });

  it('skips days off and vacations', () => {
    const wt = workingTimeIn('Europe/Paris', {
      holidays: ['2026-04-06'],
      vacations: [{ from: '2026-04-07', to: '2026-04-10' }],
    });
    expect(nextWorkingDate('2026-04-03', wt)).toBe('2026-04-13'); // Friday → Easter Monday off → vacation → Monday
  });

  it('finds the day after a vacation of two years', () => {
    const wt = workingTimeIn('Europe/Paris', { vacations: [{ from: '2026-01-01', to: '2027-12-31' }] });
    expect(nextWorkingDate('2026-03-06', wt)).toBe('2028-01-03'); // 2028-01-01 is a Saturday
  });

  it('gives up with no-working-day when there is none to find', () => {
    expect(
      codeOf(() => nextWorkingDate('2026-03-06', workingTimeIn('Europe/Paris', { workingDays: [] }))),
    ).toBe('no-working-day');
    const longAway = workingTimeIn('Europe/Paris', { vacations: [{ from: '2026-01-01', to: '2031-12-31' }] });
    expect(codeOf(() => nextWorkingDate('2026-03-06', longAway))).toBe('no-working-day');
  });
});

describe('firstWorkingMomentFrom', () => {
  it.each([
    ['during the working day: right away', '2026-03-03T10:00+01:00', 'Tue 2026-03-03 10:00'],
    ['one minute before the end of the day: right away', '2026-03-03T17:59+01:00', 'Tue 2026-03-03 17:59'],
    ['before the follow-up time: at it', '2026-03-03T07:00+01:00', 'Tue 2026-03-03 09:00'],
    ['at the end of the day: the next working day', '2026-03-03T18:00+01:00', 'Wed 2026-03-04 09:00'],
    ['Friday evening: Monday', '2026-03-06T19:30+01:00', 'Mon 2026-03-09 09:00'],
    ['Saturday noon: Monday', '2026-03-07T12:00+01:00', 'Mon 2026-03-09 09:00'],
  ])('%s', (_label, from, expected) => {
    expect(show(firstWorkingMomentFrom(instant(from), PARIS), PARIS)).toBe(expected);
  });

  it('skips a day off even during working hours', () => {
    const wt = workingTimeIn('Europe/Paris', { holidays: ['2026-05-01'] });
    expect(show(firstWorkingMomentFrom(instant('2026-05-01T10:00+02:00'), wt), wt)).toBe(
      'Mon 2026-05-04 09:00',
    );
  });
});
