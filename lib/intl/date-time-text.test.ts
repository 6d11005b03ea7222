import { describe, expect, it } from 'vitest';
import {
  type CalendarDay,
  datePattern,
  dayTimeToInstant,
  formatDateText,
  formatTimeText,
  instantToDayTime,
  parseDateText,
  parseTimeText,
} from './date-time-text';

/** Tuesday 3 March 2026. */
const TODAY: CalendarDay = { year: 2026, month: 3, day: 3 };
const day = (year: number, month: number, d: number): CalendarDay => ({ year, month, day: d });

describe('the date pattern, from Intl', () => {
  it('is day, month, year with slashes in both of Relance’s languages', () => {
    expect(datePattern('en')).toEqual({ order: ['day', 'month', 'year'], separator: '/' });
    expect(datePattern('fr')).toEqual({ order: ['day', 'month', 'year'], separator: '/' });
  });
});

describe('formatDateText / formatTimeText', () => {
  it('writes dd/mm/yyyy and a 24-hour clock', () => {
    expect(formatDateText(day(2026, 7, 16), 'fr')).toBe('16/07/2026');
    expect(formatDateText(day(2026, 3, 3), 'en')).toBe('03/03/2026');
    expect(formatTimeText({ hour: 14, minute: 30 }, 'fr')).toBe('14:30');
    expect(formatTimeText({ hour: 9, minute: 5 }, 'en')).toBe('09:05');
  });

  it('reads back what it writes', () => {
    for (const d of [day(2026, 1, 1), day(2026, 12, 31), day(2028, 2, 29)]) {
      for (const lang of ['en', 'fr'] as const)
        expect(parseDateText(formatDateText(d, lang), lang, TODAY)).toEqual(d);
    }
  });
});

describe('parseDateText', () => {
  it.each([
    ['16/07/2026', day(2026, 7, 16)],
    ['16/7/2026', day(2026, 7, 16)],
    ['16.07.2026', day(2026, 7, 16)],
    ['16-07-2026', day(2026, 7, 16)],
    ['16 07 2026', day(2026, 7, 16)],
    ['16/07/27', day(2027, 7, 16)],
    ['2026-07-16', day(2026, 7, 16)],
    // No year: the next time the day comes.
    ['16/07', day(2026, 7, 16)],
    ['03/03', day(2026, 3, 3)],
    ['02/03', day(2027, 3, 2)],
    // A month in words.
    ['16 juillet 2026', day(2026, 7, 16)],
    ['16 juil.', day(2026, 7, 16)],
    ['1er', null],
    ['29 févr. 2028', day(2028, 2, 29)],
  ])('French: %j → %j', (text, expected) => {
    expect(parseDateText(text, 'fr', TODAY)).toEqual(expected);
  });

  it.each([
    ['03/04/2026', day(2026, 4, 3)], // 3 April, day first (not 4 March)
    ['16 July 2026', day(2026, 7, 16)],
    ['July 16', day(2026, 7, 16)],
    ['16 Sept', day(2026, 9, 16)],
  ])('English: %j → %j', (text, expected) => {
    expect(parseDateText(text, 'en', TODAY)).toEqual(expected);
  });

  it.each([
    '',
    '16',
    '31/02/2026',
    '29/02/2026',
    '00/01/2026',
    '16/13/2026',
    '16/07/206',
    '16/07/2026/1',
    'tomorrow',
    '16 juin juillet',
    '16 ju 2026',
    '2026-02-30',
  ])('refuses %j', (text) => {
    expect(parseDateText(text, 'fr', TODAY)).toBeNull();
    expect(parseDateText(text, 'en', TODAY)).toBeNull();
  });
});

describe('parseTimeText', () => {
  it.each([
    ['14:30', 14, 30],
    ['14h30', 14, 30],
    ['14 h 30', 14, 30],
    ['14h', 14, 0],
    ['9', 9, 0],
    ['9.30', 9, 30],
    ['0930', 9, 30],
    ['00:00', 0, 0],
    ['23:59', 23, 59],
    ['9:30 pm', 21, 30],
    ['9 am', 9, 0],
    ['12 am', 0, 0],
    ['12:15 p.m.', 12, 15],
  ])('%j → %i:%i', (text, hour, minute) => {
    expect(parseTimeText(text, 'fr')).toEqual({ hour, minute });
    expect(parseTimeText(text, 'en')).toEqual({ hour, minute });
  });

  it.each(['', '24:00', '14:60', '14:3', '13 pm', '0 am', 'noon', '14:30:00', '1430h'])(
    'refuses %j',
    (text) => {
      expect(parseTimeText(text, 'fr')).toBeNull();
    },
  );
});

describe('the wall clock in the rep’s zone', () => {
  it('turns a day and time into the instant and back, across daylight saving', () => {
    const summer = dayTimeToInstant(day(2026, 7, 16), { hour: 10, minute: 0 }, 'Europe/Paris');
    expect(summer).toBe(Date.UTC(2026, 6, 16, 8, 0));
    expect(instantToDayTime(summer, 'Europe/Paris')).toEqual({
      day: day(2026, 7, 16),
      time: { hour: 10, minute: 0 },
    });
    expect(instantToDayTime(summer, 'America/New_York').time).toEqual({ hour: 4, minute: 0 });
    expect(dayTimeToInstant(day(2026, 1, 16), { hour: 10, minute: 0 }, 'Europe/Paris')).toBe(
      Date.UTC(2026, 0, 16, 9, 0),
    );
  });
});
