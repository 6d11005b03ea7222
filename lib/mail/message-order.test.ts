import { describe, expect, it } from 'vitest';
import { directionOf, oldestFirst, sentTimes, timeKey } from './message-order';

describe('directionOf', () => {
  it.each([
    [
      'en-US, oldest first',
      ['Thu 11/19/2026 3:40 PM', 'Fri 11/20/2026 2:31 PM', 'Mon 11/23/2026 4:47 PM'],
      'oldest-first',
    ],
    ['en-US, newest first', ['Mon 11/23/2026 4:47 PM', 'Fri 11/20/2026 2:31 PM'], 'newest-first'],
    ['AM before PM of one day', ['Tue 11/24/2026 8:30 AM', 'Tue 11/24/2026 5:15 PM'], 'oldest-first'],
    ['noon after midnight', ['Tue 11/24/2026 12:10 PM', 'Tue 11/24/2026 12:05 AM'], 'newest-first'],
    ['French day first', ['mar. 17/11/2026 09:30', 'jeu. 19/11/2026 14:05'], 'oldest-first'],
    ['German dotted', ['Di 24.11.2026 15:20', 'Mo 23.11.2026 09:00'], 'newest-first'],
    ['year first', ['2026/11/23 (月) 16:47', '2026/11/24 (火) 09:00'], 'oldest-first'],
    ['two-digit year', ['11/19/26 3:40 PM', '11/20/26 9:00 AM'], 'oldest-first'],
    [
      'ambiguous dates that agree',
      ['03/11/2026 09:30', '11/11/2026 14:05', '12/11/2026 10:12'],
      'oldest-first',
    ],
    ['ambiguous dates that disagree', ['5/11/2026 10:00', '6/10/2026 10:00'], 'unknown'],
    ['one message', ['Mon 11/23/2026 4:47 PM'], 'unknown'],
    ['no times', ['', ''], 'unknown'],
    ['the same minute', ['Mon 11/23/2026 4:47 PM', 'Mon 11/23/2026 4:47 PM'], 'unknown'],
    ['words only', ['Yesterday', 'Today'], 'unknown'],
    [
      'a message without time is skipped',
      ['Thu 11/19/2026 3:40 PM', '', 'Mon 11/23/2026 4:47 PM'],
      'oldest-first',
    ],
  ])('%s', (_case, texts, direction) => {
    expect(directionOf(texts)).toBe(direction);
  });
});

describe('timeKey', () => {
  it('rejects impossible dates under a reading', () => {
    expect(timeKey('Thu 11/19/2026 3:40 PM', 'day-first')).toBeNull();
    expect(timeKey('Thu 11/19/2026 3:40 PM', 'month-first')).not.toBeNull();
    expect(timeKey('2026/11/19 15:40', 'month-first')).toBeNull();
    expect(timeKey('11/19/2026 25:40', 'month-first')).toBeNull();
    expect(timeKey('Thu 11/19', 'month-first')).toBeNull();
  });
});

describe('dates with a month name (Gmail prints them so)', () => {
  it.each([
    ['Mon, Nov 23, 2026, 4:47 PM', 'oldest-first', 'Tue, Nov 24, 2026, 9:02 AM'],
    ['jeu. 19 nov. 2026, 14:05', 'oldest-first', 'mar. 24 nov. 2026, 10:12'],
    ['Mo., 23. Nov. 2026, 16:47', 'newest-first', 'Fr., 20. Nov. 2026, 09:05'],
    ['mar., 3 mar. 2026, 10:00', 'oldest-first', 'mié., 4 mar. 2026, 10:00'],
    ['Thu, Dec 31, 2026, 11:59 PM', 'oldest-first', 'Fri, Jan 1, 2027, 12:01 AM'],
    ['30 juin 2026, 18:00', 'oldest-first', '1 juil. 2026, 08:00'],
  ])('%s then %s', (first, direction, second) => {
    expect(directionOf([first, second])).toBe(direction);
  });

  it('reads "mar." before a numeric date as Tuesday, not March', () => {
    expect(sentTimes(['mar. 03/11/2026 09:30'], 'fr')).toEqual([new Date(2026, 10, 3, 9, 30).getTime()]);
  });
});

describe('sentTimes', () => {
  it('gives epoch milliseconds of the printed wall clock, in the browser’s time zone', () => {
    expect(sentTimes(['Mon, Nov 23, 2026, 4:47 PM', '', 'Yesterday'], 'en')).toEqual([
      new Date(2026, 10, 23, 16, 47).getTime(),
      null,
      null,
    ]);
  });

  it('reads an ambiguous numeric date the page language’s way, unless a date of the thread rules it out', () => {
    const march11 = new Date(2026, 2, 11, 9, 30).getTime();
    const november3 = new Date(2026, 10, 3, 9, 30).getTime();
    expect(sentTimes(['03/11/2026 09:30'], 'en')).toEqual([march11]);
    expect(sentTimes(['03/11/2026 09:30'], 'en-US')).toEqual([march11]);
    expect(sentTimes(['03/11/2026 09:30'], 'fr')).toEqual([november3]);
    expect(sentTimes(['03/11/2026 09:30'], 'en-GB')).toEqual([november3]);
    // 11/13 cannot be day first: the whole thread is read month first.
    expect(sentTimes(['03/11/2026 09:30', '11/13/2026 10:00'], 'fr')[0]).toBe(march11);
  });
});

describe('oldestFirst', () => {
  it('reverses only a thread shown newest first', () => {
    expect(oldestFirst([1, 2, 3], 'newest-first')).toEqual([3, 2, 1]);
    expect(oldestFirst([1, 2, 3], 'oldest-first')).toEqual([1, 2, 3]);
    expect(oldestFirst([1, 2, 3], 'unknown')).toEqual([1, 2, 3]);
  });
});
