import { describe, expect, it } from 'vitest';
import { chanceToSign, stepConversions } from './conversions';
import { expectedSigning, forecast } from './forecast';
import { computeFunnel } from './funnel';
import { makeDeal, SEED_DEALS, SEED_EVENTS, SEED_FOLLOW_UPS, SEED_NOW, STAGES } from './test-support';

const PARIS = 'Europe/Paris';
const rows = computeFunnel({
  deals: SEED_DEALS,
  events: SEED_EVENTS,
  followUps: SEED_FOLLOW_UPS,
  stages: STAGES,
  now: SEED_NOW,
}).rows;

describe('stepConversions and chanceToSign', () => {
  it("uses the targets' ratios while a step has too few decided deals", () => {
    // The seed decides at most 4 deals a step (lead: 4 went on, none lost), under 5.
    const targets = stepConversions(rows, STAGES);
    expect(targets.every((c) => c.source === 'target')).toBe(true);
    // lead → prospection: 0.3 / 1 (lead's 0.2 is of people reached, not of leads).
    expect(targets[0]?.rate).toBeCloseTo(0.3, 12);
    // The product telescopes to share(signed) / share(stage): meeting 0.0025 / 0.15 = 1/60;
    // negotiation 0.0025 / 0.03 = 1/12; follow-up 0.0025 / 0.05 = 5% ("5% of those followed up come back").
    expect(chanceToSign('meeting', targets, STAGES)).toBeCloseTo(1 / 60, 12);
    expect(chanceToSign('negotiation', targets, STAGES)).toBeCloseTo(1 / 12, 12);
    expect(chanceToSign('follow-up', targets, STAGES)).toBeCloseTo(0.05, 12);
    expect(chanceToSign('lead', targets, STAGES)).toBeCloseTo(0.0025, 12);
    expect(chanceToSign('signed', targets, STAGES)).toBe(1);
    expect(chanceToSign('lost', targets, STAGES)).toBeNull();
  });

  it('uses the measured rates, over decided deals, once there are enough', () => {
    // Decided = went on + lost there: lead 4+0 → 4/4; prospection 3+1 → 3/4; meeting 2+0 → 1;
    // objections 2+0 → 1; negotiation 1+1 → 1/2; follow-up 1+0 → 1. (C, still in meeting, is left out.)
    const measured = stepConversions(rows, STAGES, 1);
    expect(measured.map((c) => [c.stageId, c.rate, c.source])).toEqual([
      ['lead', 1, 'measured'],
      ['prospection', 3 / 4, 'measured'],
      ['meeting', 1, 'measured'],
      ['objections', 1, 'measured'],
      ['negotiation', 1 / 2, 'measured'],
      ['follow-up', 1, 'measured'],
    ]);
    // From meeting: 1 × 1 × 1/2 × 1 = 1/2; from lead: 1 × 3/4 × 1/2 = 3/8.
    expect(chanceToSign('meeting', measured, STAGES)).toBe(0.5);
    expect(chanceToSign('lead', measured, STAGES)).toBe(0.375);
  });

  it('has no chance where a rate is missing', () => {
    const stages = STAGES.map((s) => (s.id === 'objections' ? { ...s, targetConversion: null } : s));
    const conversions = stepConversions(rows, stages);
    expect(conversions.find((c) => c.stageId === 'meeting')).toEqual({
      stageId: 'meeting',
      rate: null,
      source: null,
    });
    expect(chanceToSign('lead', conversions, stages)).toBeNull();
    expect(chanceToSign('negotiation', conversions, stages)).toBeCloseTo(1 / 12, 12);
  });
});

describe('forecast', () => {
  const conversions = stepConversions(rows, STAGES);

  it('weighs each open deal and places it where the usual durations point', () => {
    // Now: Wed 2026-04-01 09:00 UTC. Open deals: C (meeting since Wed 11 March, 20,000 €) and D (lead
    // since Thu 5 March, 10,000 €).
    // C: meeting's 2 weeks ended on 25 March, already past → from now, + objections 1 h + negotiation
    //    1 h (follow-up has no duration) → 1 April 11:00 UTC → April; 20,000 × 1/60 = 333.33 €.
    // D: 5 March 10:00 Paris (09:00 UTC) + 3 months (lead) = 5 June, + 3 months (prospection) =
    //    5 September, + 2 weeks = 19 September 10:00 Paris — calendar months keep the wall-clock time
    //    across summer time, so that is 08:00 UTC — + 2 h = 10:00 UTC → September; 10,000 × 0.0025 = 25 €.
    const result = forecast({
      deals: SEED_DEALS,
      stages: STAGES,
      conversions,
      now: SEED_NOW,
      timeZone: PARIS,
    });
    expect(result.deals.map((d) => [d.dealId, new Date(d.expectedAt).toISOString(), d.month])).toEqual([
      ['C', '2026-04-01T11:00:00.000Z', '2026-04'],
      ['D', '2026-09-19T10:00:00.000Z', '2026-09'],
    ]);
    expect(result.months).toHaveLength(2);
    expect(result.months[0]).toMatchObject({ month: '2026-04', currency: 'EUR', total: 20_000, deals: 1 });
    expect(result.months[0]?.weighted).toBeCloseTo(20_000 / 60, 9);
    expect(result.months[1]).toMatchObject({ month: '2026-09', total: 10_000, deals: 1 });
    expect(result.months[1]?.weighted).toBeCloseTo(25, 9);
    // A (won), B (lost, no value) and E (lost) are not open.
    expect([result.withoutValue, result.withoutChance]).toEqual([[], []]);
  });

  it("uses the rep's time zone for the month", () => {
    // Negotiation entered at 22:00 UTC on 30 April, 1 h usual → 23:00 UTC = 1 May 01:00 in Paris.
    const now = Date.parse('2026-04-30T22:00:00Z');
    const deal = makeDeal('N', {
      stageId: 'negotiation',
      stageEnteredAt: now,
      value: { amount: 1_200, currency: 'EUR' },
    });
    const at = (timeZone: string) =>
      forecast({ deals: [deal], stages: STAGES, conversions, now, timeZone }).months.map((m) => m.month);
    expect(at(PARIS)).toEqual(['2026-05']);
    expect(at('UTC')).toEqual(['2026-04']);
  });

  it('sums by month and currency, and sets aside deals without a value or a chance', () => {
    const now = SEED_NOW;
    const inFollowUp = { stageId: 'follow-up', stageEnteredAt: now };
    const deals = [
      makeDeal('P', { ...inFollowUp, value: { amount: 1_000, currency: 'EUR' } }),
      makeDeal('Q', { ...inFollowUp, value: { amount: 3_000, currency: 'EUR' } }),
      makeDeal('R', { ...inFollowUp, value: { amount: 500, currency: 'USD' } }),
      makeDeal('S', { ...inFollowUp, value: null }),
      makeDeal('T', { ...inFollowUp, value: { amount: 700, currency: 'EUR' }, status: 'paused' }),
      makeDeal('U', { stageId: 'cross-sell', value: { amount: 900, currency: 'EUR' }, status: 'won' }),
    ];
    const stages = STAGES.map((s) => (s.id === 'objections' ? { ...s, targetConversion: null } : s));
    const withHole = stepConversions(rows, stages);
    const lead = makeDeal('V', { value: { amount: 100, currency: 'EUR' } });
    const result = forecast({ deals: [...deals, lead], stages, conversions: withHole, now, timeZone: PARIS });
    // Follow-up signs 5% of the time, now (no duration left): P + Q + T (paused is still open) in EUR.
    expect(result.months.map((m) => [m.month, m.currency, m.deals, m.total])).toEqual([
      ['2026-04', 'EUR', 3, 4_700],
      ['2026-04', 'USD', 1, 500],
    ]);
    expect(result.months[0]?.weighted).toBeCloseTo(4_700 * 0.05, 9);
    expect(result.withoutValue).toEqual(['S']);
    // V sits in lead, upstream of objections, whose target is missing.
    expect(result.withoutChance).toEqual(['V']);
  });

  it('starts from the current stage entry, not from now, while its usual time is not over', () => {
    // Prospection entered 1 March 2026 (Paris): + 3 months = 1 June, + 2 weeks = 15 June, + 2 h.
    const entered = Date.parse('2026-03-01T10:00:00+01:00');
    const at = expectedSigning('prospection', entered, STAGES, Date.parse('2026-03-10T00:00:00Z'), PARIS);
    expect(new Date(at).toISOString()).toBe('2026-06-15T10:00:00.000Z');
  });
});
