// The seeded log of test-support.ts, its figures worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { computeFunnel, type FunnelStats, reachedInstants } from './funnel';
import {
  DAY,
  day,
  event,
  makeDeal,
  SEED_DEALS,
  SEED_EVENTS,
  SEED_FOLLOW_UPS,
  SEED_NOW,
  STAGES,
} from './test-support';

const STEPS = ['lead', 'prospection', 'meeting', 'objections', 'negotiation', 'follow-up', 'signed'];
const column = (stats: FunnelStats, key: 'reached' | 'advanced' | 'lostHere' | 'current') =>
  stats.rows.map((row) => row[key]);
const conversions = (stats: FunnelStats) => stats.rows.map((row) => row.conversionToNext);
const mediansInDays = (stats: FunnelStats) =>
  stats.rows.map((row) => (row.medianStayMs === null ? null : row.medianStayMs / DAY));

const base = {
  deals: SEED_DEALS,
  events: SEED_EVENTS,
  followUps: SEED_FOLLOW_UPS,
  stages: STAGES,
  now: SEED_NOW,
};

describe('computeFunnel over the whole log', () => {
  const stats = computeFunnel(base);

  it('lists the open stages by order, then the won stage (lost and expansion stages are no steps)', () => {
    expect(stats.rows.map((row) => row.stage.id)).toEqual(STEPS);
  });

  it('counts a deal as reaching every step up to the furthest it entered', () => {
    // lead: A B C D, and E (tracked straight into meeting) = 5; prospection: A B C E = 4;
    // meeting: A C E = 3; objections: A (jumped to signed) and E (jumped to negotiation) = 2;
    // negotiation: A E = 2; follow-up: A = 1; signed: A = 1.
    expect(column(stats, 'reached')).toEqual([5, 4, 3, 2, 2, 1, 1]);
    // Of those, reached the next step: lead 4 (all but D), prospection 3 (A C E; B was lost),
    // meeting 2 (A E; C is still there), objections 2, negotiation 1 (A; E lost), follow-up 1, signed —.
    expect(column(stats, 'advanced')).toEqual([4, 3, 2, 2, 1, 1, 0]);
    expect(conversions(stats)).toEqual([4 / 5, 3 / 4, 2 / 3, 1, 1 / 2, 1, null]);
    // shares of the first step: reached / 5.
    expect(stats.rows.map((row) => row.shareOfFirst)).toEqual([1, 0.8, 0.6, 0.4, 0.4, 0.2, 0.2]);
  });

  it('gives the overall conversion, won and lost', () => {
    // 1 of the 5 deals that reached lead has signed (A).
    expect(stats.overallConversion).toBe(1 / 5);
    expect(stats.won).toBe(1);
    expect(stats.lost).toBe(2);
  });

  it('knows where lost deals leaked and where open deals sit', () => {
    // B's furthest step is prospection, E's negotiation.
    expect(column(stats, 'lostHere')).toEqual([0, 1, 0, 0, 1, 0, 0]);
    // D sits in lead, C in meeting.
    expect(column(stats, 'current')).toEqual([1, 0, 1, 0, 0, 0, 0]);
    expect(stats.rows.map((row) => row.targetShare)).toEqual([0.2, 0.3, 0.15, 0.1, 0.03, 0.05, 0.0025]);
  });

  it('takes the median of the finished stays in each stage', () => {
    // lead: A 0→2, B 0→4, C 1→3 = [2, 4, 2] → 2 days; prospection: A 2→5, B 4→10, C 3→9 = [3, 6, 6]
    // → 6; meeting: A 5→12, E 6→8 = [7, 2] → 4.5; negotiation: E 8→20 = 12. Objections, follow-up:
    // nobody stayed (A and E jumped them). Signed: A is still there, so no finished stay.
    expect(mediansInDays(stats)).toEqual([2, 6, 4.5, null, 12, null, null]);
    expect(stats.rows.map((row) => row.stays)).toEqual([3, 3, 2, 0, 1, 0, 0]);
  });

  it('counts the current stays up to now only when asked', () => {
    // Now is day 30. lead gains D 3→30 = 27: [2, 2, 4, 27] → 3; meeting gains C 9→30 = 21:
    // [2, 7, 21] → 7; signed gains A 12→30 = 18.
    const withCurrent = computeFunnel({ ...base, countCurrentStay: true });
    expect(mediansInDays(withCurrent)).toEqual([3, 6, 7, null, 12, null, 18]);
  });

  it('finds open deals without a next step and overdue follow-ups, as of now', () => {
    // Open deals: C (next step day 35, ahead) and D (none). A, B, E are closed.
    expect(stats.withoutNextStep).toEqual(['D']);
    // Due: C #2 at day 29 (past), D #3 at day 31 (ahead); E #3 was cancelled.
    expect(stats.overdueFollowUps).toEqual(['C-f2']);
    // A next step in the past is no next step any more.
    const late = SEED_DEALS.map((d) =>
      d.id === 'C' && d.nextStep ? { ...d, nextStep: { ...d.nextStep, at: day(29) } } : d,
    );
    expect(computeFunnel({ ...base, deals: late }).withoutNextStep).toEqual(['C', 'D']);
  });

  it('credits each reply to the last follow-up done before it', () => {
    // Done: #1 (index 0) C D E = 3; #2 C D E = 3; #3 D E = 2. Replies: D's (day 5) after its #1;
    // C's (day 12) after its #2; E's (day 15) after its #3. B's (day 1) came before any follow-up.
    // D's #2 and #3 came after its reply and got none.
    expect(stats.replyRates.rows).toEqual([
      { followUpNumber: 1, done: 3, replies: 1, rate: 1 / 3 },
      { followUpNumber: 2, done: 3, replies: 1, rate: 1 / 3 },
      { followUpNumber: 3, done: 2, replies: 1, rate: 1 / 2 },
    ]);
    expect(stats.replyRates.beforeAnyFollowUp).toBe(1);
  });
});

describe('computeFunnel over a period [day 3, day 9)', () => {
  const stats = computeFunnel({ ...base, filter: { period: { from: day(3), to: day(9) }, cadenceId: null } });

  it('counts the steps reached inside the period, and follows that cohort to now', () => {
    // Reached in [3, 9): A meeting (day 5); B prospection (4); C prospection (3; its meeting on day 9
    // is outside, the end being excluded); D lead (3); E lead, prospection, meeting (6), objections,
    // negotiation (8).
    // lead: D E = 2; prospection: B C E = 3; meeting: A E = 2; objections: E; negotiation: E.
    expect(column(stats, 'reached')).toEqual([2, 3, 2, 1, 1, 0, 0]);
    // Went on by now: lead E (not D) = 1; prospection C E = 2; meeting A E = 2; objections E = 1;
    // negotiation 0 (E lost there).
    expect(column(stats, 'advanced')).toEqual([1, 2, 2, 1, 0, 0, 0]);
    expect(conversions(stats)).toEqual([1 / 2, 2 / 3, 1, 1, 0, null, null]);
    expect(column(stats, 'lostHere')).toEqual([0, 1, 0, 0, 1, 0, 0]);
    // Of D and E, none signed.
    expect(stats.overallConversion).toBe(0);
    // A won on day 12, B and E were lost on days 10 and 20: outside.
    expect([stats.won, stats.lost]).toEqual([0, 0]);
  });

  it('takes the stays that ended in the period', () => {
    // Ended in [3, 9): C lead (1→3) 2, B lead (0→4) 4 → 3; A prospection (2→5) 3; E meeting (6→8) 2.
    expect(mediansInDays(stats)).toEqual([3, 3, 2, null, null, null, null]);
  });

  it('rates the follow-ups done and the replies received in the period', () => {
    // Done in [3, 9): D #1 (4), #2 (7), #3 (8); E #1 (7). Reply: D's on day 5, after its #1.
    expect(stats.replyRates.rows).toEqual([
      { followUpNumber: 1, done: 2, replies: 1, rate: 1 / 2 },
      { followUpNumber: 2, done: 1, replies: 0, rate: 0 },
      { followUpNumber: 3, done: 1, replies: 0, rate: 0 },
    ]);
    expect(stats.replyRates.beforeAnyFollowUp).toBe(0);
  });
});

describe('computeFunnel for one cadence', () => {
  const stats = computeFunnel({ ...base, filter: { period: null, cadenceId: 'default' } });

  it("keeps the deals with that cadence's follow-ups, and only those follow-ups", () => {
    // C and D follow the 'default' cadence; E follows 'other'.
    expect(stats.dealCount).toBe(2);
    // lead: C D; prospection, meeting: C.
    expect(column(stats, 'reached')).toEqual([2, 1, 1, 0, 0, 0, 0]);
    // Done: #1 C D, #2 C D, #3 D. Replies: D after #1, C after #2.
    expect(stats.replyRates.rows.map((r) => [r.done, r.replies])).toEqual([
      [2, 1],
      [2, 1],
      [1, 0],
    ]);
    expect(stats.overdueFollowUps).toEqual(['C-f2']);
  });

  it('also keeps a deal whose current cadence it is, or whose log shows it started', () => {
    const deals = [
      makeDeal('F', { cadence: { cadenceId: 'third', startedAt: day(1) } }),
      makeDeal('G'),
      makeDeal('H'),
    ];
    const events = [event('G', 'cadence-started', day(2), { cadenceId: 'third', followUpCount: 3 })];
    const only = computeFunnel({ ...base, deals, events, filter: { period: null, cadenceId: 'third' } });
    expect(only.dealCount).toBe(2);
  });
});

describe('reachedInstants', () => {
  it('reaches the skipped steps at the instant of the jump, and the won step by a won event', () => {
    const deal = makeDeal('J', { stageId: 'cross-sell', status: 'won' });
    const events = [
      event('J', 'stage-changed', day(1), { from: null, to: 'prospection' }),
      event('J', 'stage-changed', day(4), { from: 'prospection', to: 'cross-sell' }),
    ];
    // Entering prospection on day 1 reaches lead then too; cross-sell (expansion) reaches up to signed.
    expect(reachedInstants(deal, events, STAGES)).toEqual([day(1), day(1), ...Array(5).fill(day(4))]);
  });

  it('keeps the first instant when a deal goes back and forth', () => {
    const deal = makeDeal('K', { stageId: 'meeting' });
    const events = [
      event('K', 'stage-changed', day(1), { from: null, to: 'meeting' }),
      event('K', 'stage-changed', day(2), { from: 'meeting', to: 'lead' }),
      event('K', 'stage-changed', day(3), { from: 'lead', to: 'meeting' }),
    ];
    expect(reachedInstants(deal, events, STAGES).slice(0, 4)).toEqual([day(1), day(1), day(1), undefined]);
  });
});
