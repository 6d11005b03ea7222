import { describe, expect, it } from 'vitest';
import { CadenceError } from './errors';
import { instant, PARIS, showWithOffset, workingTimeIn } from './test-support';
import { shiftForVacation } from './vacation';

interface Item {
  id: string;
  dueAt: number;
  note: string;
}

const item = (id: string, iso: string): Item => ({ id, dueAt: instant(iso), note: `note ${id}` });

// Two weeks away, Monday 2026-08-03 to Friday 2026-08-14: the first working date after is Monday 08-17.
const AUGUST = { from: '2026-08-03', to: '2026-08-14' };

describe('shiftForVacation', () => {
  const items = [
    item('f', '2026-08-11T08:00+02:00'),
    item('a', '2026-07-29T14:00+02:00'),
    item('c', '2026-08-04T10:00+02:00'),
    item('g', '2026-08-20T09:00+02:00'),
    item('b', '2026-07-31T16:00+02:00'),
    item('d', '2026-08-06T09:00+02:00'),
    item('e', '2026-08-10T11:30+02:00'),
  ];

  it('moves the items from the first one inside the vacation on by the same number of days', () => {
    const shifted = shiftForVacation(items, AUGUST, PARIS);
    expect(shifted.map((i) => [i.id, showWithOffset(i.dueAt, PARIS)])).toEqual([
      ['a', 'Wed 2026-07-29 14:00 +02:00'], // before the vacation: untouched
      ['b', 'Fri 2026-07-31 16:00 +02:00'],
      ['c', 'Mon 2026-08-17 10:00 +02:00'], // Tue 08-04 → first working date after: +13 days
      ['d', 'Wed 2026-08-19 09:00 +02:00'], // Thu 08-06 + 13: still two days after c
      ['e', 'Mon 2026-08-24 11:30 +02:00'], // Mon 08-10 + 13 = Sun 08-23 → Monday
      ['f', 'Tue 2026-08-25 08:00 +02:00'], // Tue 08-11 + 13 = Mon 08-24 08:00, before e → the next working date
      ['g', 'Wed 2026-09-02 09:00 +02:00'], // Thu 08-20 (after the vacation) + 13
    ]);
  });

  it('returns new objects with the rest of each item kept, and leaves the input alone', () => {
    const before = structuredClone(items);
    const shifted = shiftForVacation(items, AUGUST, PARIS);
    expect(items).toEqual(before);
    for (const out of shifted) {
      expect(items).not.toContain(out);
      expect(out.note).toBe(`note ${out.id}`);
    }
  });

  it('moves nothing when no item falls inside the vacation', () => {
    const around = [item('x', '2026-07-31T16:00+02:00'), item('y', '2026-08-17T09:00+02:00')];
    expect(shiftForVacation(around, AUGUST, PARIS)).toEqual(around);
  });

  it('lands past a day off right after the vacation, whether or not the settings list the vacation yet', () => {
    const wt = workingTimeIn('Europe/Paris', { holidays: ['2026-08-17'], vacations: [AUGUST] });
    const [first] = shiftForVacation([item('c', '2026-08-04T10:00+02:00')], AUGUST, wt);
    expect(showWithOffset(first?.dueAt ?? 0, wt)).toBe('Tue 2026-08-18 10:00 +02:00');
  });

  it('keeps the local time of day across the end of summer time (2026-10-25)', () => {
    const shifted = shiftForVacation(
      [item('p', '2026-10-20T10:00+02:00'), item('q', '2026-10-21T15:00+02:00')],
      { from: '2026-10-19', to: '2026-10-23' },
      PARIS,
    );
    expect(shifted.map((i) => showWithOffset(i.dueAt, PARIS))).toEqual([
      'Mon 2026-10-26 10:00 +01:00', // Tue 10-20 + 6 days
      'Tue 2026-10-27 15:00 +01:00',
    ]);
  });

  it('keeps follow-ups that were due together together', () => {
    const together = [item('m', '2026-08-05T09:00+02:00'), item('n', '2026-08-05T09:00+02:00')];
    const shifted = shiftForVacation(together, AUGUST, PARIS);
    expect(shifted.map((i) => [i.id, showWithOffset(i.dueAt, PARIS)])).toEqual([
      ['m', 'Mon 2026-08-17 09:00 +02:00'],
      ['n', 'Mon 2026-08-17 09:00 +02:00'],
    ]);
  });

  it('refuses a vacation that ends before it starts', () => {
    expect(() => shiftForVacation(items, { from: '2026-08-14', to: '2026-08-03' }, PARIS)).toThrow(
      CadenceError,
    );
  });
});
