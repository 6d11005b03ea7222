import { describe, expect, it } from 'vitest';
import { computeFunnel } from './funnel';
import { SEED_DEALS, SEED_EVENTS, SEED_FOLLOW_UPS, SEED_NOW, STAGES } from './test-support';
import { funnelBars, periodFor, pipelineView } from './view';

const PARIS = 'Europe/Paris';
const iso = (period: { from: number; to: number } | null) =>
  period && [new Date(period.from).toISOString(), new Date(period.to).toISOString()];

describe('periodFor', () => {
  // Now: Wednesday 1 April 2026, 09:00 UTC (11:00 in Paris, summer time since 29 March).
  it('cuts calendar months at midnight in the rep’s zone', () => {
    expect(periodFor('all', SEED_NOW, PARIS)).toBeNull();
    expect(iso(periodFor('thisMonth', SEED_NOW, PARIS))).toEqual([
      '2026-03-31T22:00:00.000Z',
      '2026-04-30T22:00:00.000Z',
    ]);
    // March began in winter time (UTC+1).
    expect(iso(periodFor('lastMonth', SEED_NOW, PARIS))).toEqual([
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
    ]);
    expect(iso(periodFor('last3Months', SEED_NOW, PARIS))?.[0]).toBe('2026-01-31T23:00:00.000Z');
    expect(iso(periodFor('thisYear', SEED_NOW, PARIS))?.[0]).toBe('2025-12-31T23:00:00.000Z');
    expect(iso(periodFor('thisMonth', SEED_NOW, 'UTC'))?.[0]).toBe('2026-04-01T00:00:00.000Z');
  });
});

describe('funnelBars', () => {
  it('sizes each bar against the widest, with its share of the first step', () => {
    const rows = computeFunnel({
      deals: SEED_DEALS,
      events: SEED_EVENTS,
      followUps: SEED_FOLLOW_UPS,
      stages: STAGES,
      now: SEED_NOW,
    }).rows;
    // Reached 5, 4, 3, 2, 2, 1, 1 → widths of 5.
    expect(funnelBars(rows).map((b) => b.width)).toEqual([1, 0.8, 0.6, 0.4, 0.4, 0.2, 0.2]);
    expect(funnelBars(rows.map((r) => ({ ...r, reached: 0 }))).every((b) => b.width === 0)).toBe(true);
  });
});

describe('pipelineView', () => {
  const input = {
    deals: SEED_DEALS,
    events: SEED_EVENTS,
    followUps: SEED_FOLLOW_UPS,
    stages: STAGES,
    now: SEED_NOW,
    timeZone: PARIS,
    cadenceId: null,
  };

  it('filters the funnel by period but forecasts from the whole log', () => {
    // Last month = March in Paris: every seeded stage change happened then (days 0–20 from 2 March).
    const march = pipelineView({ ...input, period: 'lastMonth' });
    expect(march.stats.rows.map((r) => r.reached)).toEqual([5, 4, 3, 2, 2, 1, 1]);
    // This month (April) nothing moved, yet the forecast still weighs C and D.
    const april = pipelineView({ ...input, period: 'thisMonth' });
    expect(april.stats.rows.every((r) => r.reached === 0)).toBe(true);
    expect(april.forecast.deals.map((d) => d.dealId)).toEqual(['C', 'D']);
    expect(april.shares.map((s) => s.source)).toEqual(Array(7).fill('target'));
  });

  it('narrows everything to one cadence', () => {
    const other = pipelineView({ ...input, period: 'all', cadenceId: 'other' });
    // Only E follows 'other', and E is lost: nothing left to forecast.
    expect(other.stats.dealCount).toBe(1);
    expect(other.forecast.deals).toEqual([]);
    const main = pipelineView({ ...input, period: 'all', cadenceId: 'default' });
    expect(main.forecast.deals.map((d) => d.dealId)).toEqual(['C', 'D']);
  });
});
