import { describe, expect, it } from 'vitest';
import { endOfLocalDay, nextLocalMidnight } from './clock';

describe('local day boundaries', () => {
  it('ends the day at local midnight in Paris, not UTC', () => {
    // 2026-06-10 23:30 Paris = 21:30 UTC; the day ends at 2026-06-10 23:59:59.999 Paris = 21:59:59.999 UTC
    const now = Date.UTC(2026, 5, 10, 21, 30);
    expect(new Date(endOfLocalDay(now, 'Europe/Paris')).toISOString()).toBe('2026-06-10T21:59:59.999Z');
    expect(new Date(nextLocalMidnight(now, 'Europe/Paris')).toISOString()).toBe('2026-06-10T22:00:00.000Z');
  });

  it('handles the 23-hour day of the spring change', () => {
    // 2026-03-29 in Paris has 23 hours; the next midnight after 00:30 local is 2026-03-29T22:00Z
    const now = Date.UTC(2026, 2, 28, 23, 30);
    expect(new Date(nextLocalMidnight(now, 'Europe/Paris')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});
