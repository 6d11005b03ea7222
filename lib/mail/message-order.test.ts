import { describe, expect, it } from 'vitest';
import { directionOf, timeKey } from './message-order';

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
