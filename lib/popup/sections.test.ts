import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../model';
import { groupFollowUps, popupWindow, sectionBounds, sectionOf } from './sections';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** Tuesday 2026-03-03 10:00 in Paris (09:00 UTC). */
const NOW = Date.UTC(2026, 2, 3, 9, 0);

type Item = Pick<FollowUp, 'id' | 'dueAt' | 'status'>;
const item = (id: string, dueAt: number, status: FollowUp['status'] = 'due'): Item => ({ id, dueAt, status });
const ids = (list: Item[]) => list.map((f) => f.id);

describe('popupWindow', () => {
  it('cuts at local midnight in the rep’s zone', () => {
    const w = popupWindow(NOW, 'Europe/Paris');
    expect(new Date(w.startOfToday).toISOString()).toBe('2026-03-02T23:00:00.000Z');
    expect(new Date(w.endOfToday).toISOString()).toBe('2026-03-03T22:59:59.999Z');
    expect(new Date(w.endOfUpcoming).toISOString()).toBe('2026-03-10T22:59:59.999Z');
  });

  it('counts calendar days across a daylight-saving change (Paris, 29 March 2026)', () => {
    const w = popupWindow(Date.UTC(2026, 2, 25, 9, 0), 'Europe/Paris');
    // 1 April ends at midnight summer time (UTC+2), not 7 × 24 h after a winter-time midnight.
    expect(new Date(w.endOfUpcoming).toISOString()).toBe('2026-04-01T21:59:59.999Z');
  });

  it('has a 23-hour today on the day the clocks go forward', () => {
    const w = popupWindow(Date.UTC(2026, 2, 29, 10, 0), 'Europe/Paris');
    expect(w.endOfToday + 1 - w.startOfToday).toBe(23 * HOUR);
  });
});

describe('sectionOf', () => {
  const w = popupWindow(NOW, 'Europe/Paris');

  it('puts a passed instant in overdue, even a millisecond ago', () => {
    expect(sectionOf(NOW - 1, w)).toBe('overdue');
    expect(sectionOf(NOW - 400 * DAY, w)).toBe('overdue');
  });

  it('puts now and later today in today, up to the last millisecond of the local day', () => {
    expect(sectionOf(NOW, w)).toBe('today');
    expect(sectionOf(w.endOfToday, w)).toBe('today');
  });

  it('puts local midnight and the next 7 days in upcoming, nothing later', () => {
    expect(sectionOf(w.endOfToday + 1, w)).toBe('upcoming');
    expect(sectionOf(w.endOfUpcoming, w)).toBe('upcoming');
    expect(sectionOf(w.endOfUpcoming + 1, w)).toBeNull();
  });

  it('reads the day boundary in the rep’s zone, not UTC', () => {
    // 23:30 UTC on Tuesday: already Wednesday 00:30 in Paris, still Tuesday 18:30 in New York.
    const late = Date.UTC(2026, 2, 3, 23, 30);
    const wednesdayMorningUtc = Date.UTC(2026, 2, 4, 8, 0);
    expect(sectionOf(wednesdayMorningUtc, popupWindow(late, 'Europe/Paris'))).toBe('today');
    expect(sectionOf(wednesdayMorningUtc, popupWindow(late, 'America/New_York'))).toBe('upcoming');
    // Auckland is already at Wednesday 12:30: 08:00 UTC Wednesday is Wednesday 21:00 there, today.
    expect(sectionOf(wednesdayMorningUtc, popupWindow(late, 'Pacific/Auckland'))).toBe('today');
  });

  it('agrees with sectionBounds: no instant falls in two sections', () => {
    for (const t of [NOW - 1, NOW, w.endOfToday, w.endOfToday + 1, w.endOfUpcoming]) {
      const inside = (['overdue', 'today', 'upcoming'] as const).filter((s) => {
        const b = sectionBounds(s, w);
        return (b.includeLower ? t >= b.lower : t > b.lower) && (b.includeUpper ? t <= b.upper : t < b.upper);
      });
      expect(inside).toEqual([sectionOf(t, w)]);
    }
  });
});

describe('groupFollowUps', () => {
  const w = popupWindow(NOW, 'Europe/Paris');

  it('orders overdue oldest first, today and upcoming by time', () => {
    const grouped = groupFollowUps(
      [
        item('today-late', NOW + 8 * HOUR),
        item('overdue-1h', NOW - HOUR),
        item('upcoming-3d', NOW + 3 * DAY),
        item('overdue-3d', NOW - 3 * DAY),
        item('today-soon', NOW + HOUR),
        item('upcoming-1d', NOW + DAY),
      ],
      w,
    );
    expect(ids(grouped.overdue)).toEqual(['overdue-3d', 'overdue-1h']);
    expect(ids(grouped.today)).toEqual(['today-soon', 'today-late']);
    expect(ids(grouped.upcoming)).toEqual(['upcoming-1d', 'upcoming-3d']);
  });

  it('breaks ties by id, like the [status+dueAt] index', () => {
    const grouped = groupFollowUps([item('b', NOW + HOUR), item('a', NOW + HOUR)], w);
    expect(ids(grouped.today)).toEqual(['a', 'b']);
  });

  it('leaves out what is not due: paused, handled, cancelled, and beyond 7 days', () => {
    const grouped = groupFollowUps(
      [
        item('paused', NOW - HOUR, 'paused'),
        item('done', NOW - HOUR, 'done'),
        item('skipped', NOW + HOUR, 'skipped'),
        item('cancelled', NOW + DAY, 'cancelled'),
        item('far', NOW + 30 * DAY),
      ],
      w,
    );
    expect(grouped).toEqual({ overdue: [], today: [], upcoming: [] });
  });
});
