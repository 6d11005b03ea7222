import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../defaults/stages';
import type { Id } from '../model';
import { computeFunnel } from './funnel';
import { COURSE_TARGET, isSideLoop, OWN_TARGET, project, projectionShares } from './projection';
import { SEED_DEALS, SEED_EVENTS, SEED_FOLLOW_UPS, SEED_NOW, STAGES, T0 } from './test-support';

// The course's shares (DESIGN.md): the first step's is of people reached, the others of leads.
const COURSE: Record<Id, number> = Object.fromEntries(
  DEFAULT_STAGES.filter((s) => s.targetConversion !== null).map((s) => [s.id, s.targetConversion as number]),
);
const input = { stages: DEFAULT_STAGES, shares: COURSE, now: T0, timeZone: 'Europe/Paris' };

function ok(result: ReturnType<typeof project>) {
  if (!result.ok) throw new Error(`projection failed: ${result.problem}`);
  return result;
}

describe("project: the course's car dealership", () => {
  const course = ok(project({ ...input, ...COURSE_TARGET }));

  it('is 3 reps × 5 sales a month', () => {
    expect(COURSE_TARGET).toEqual({ salesPerRep: 5, teamSize: 3 });
  });

  it('0.25% of visitors sign: 400 visitors per sale', () => {
    expect(course.leadsPerSale).toBeCloseTo(400, 9);
  });

  it('20% of people reached visit: 400 / 0.20 = 2,000 people reached per sale', () => {
    expect(course.peopleReachedPerSale).toBeCloseTo(2_000, 9);
  });

  it('3 reps × 5 sales = 15 sales → 30,000 people reached a month (10,000 each)', () => {
    expect(course.salesPerMonth).toBe(15);
    expect(course.peopleReachedPerMonth).toBeCloseTo(30_000, 6);
    expect(course.peopleReachedPerRep).toBeCloseTo(10_000, 6);
  });

  it('says how many must reach each stage a month', () => {
    // 15 × 400 = 6,000 visitors (leads); then 6,000 × the share reaching each stage: 30% → 1,800,
    // 15% → 900, 10% → 600, 3% → 180, 0.25% → 15 sales.
    expect(course.rows.map((r) => [r.stage.id, Math.round(r.perMonth)])).toEqual([
      ['lead', 6_000],
      ['prospection', 1_800],
      ['meeting', 900],
      ['objections', 600],
      ['negotiation', 180],
      ['signed', 15],
    ]);
    expect(course.rows[0]?.perRep).toBeCloseTo(2_000, 9);
  });

  it('narrows at every step with the default targets: follow-up is no step below negotiation', () => {
    const perMonth = course.rows.map((r) => r.perMonth);
    for (let i = 1; i < perMonth.length; i++) expect(perMonth[i]).toBeLessThan(perMonth[i - 1] ?? 0);
    expect(course.rows.some((r) => isSideLoop(r.stage))).toBe(false);
  });

  it('keeps follow-up as a side loop: 5% of the leads who did not buy come back', () => {
    // 6,000 visitors − 15 sales = 5,985 followed up; 5% of them = 299.25 come back.
    expect(course.loop?.stage.id).toBe('follow-up');
    expect(course.loop?.share).toBe(0.05);
    expect(course.loop?.followedUpPerMonth).toBeCloseTo(5_985, 9);
    expect(course.loop?.comeBackPerMonth).toBeCloseTo(299.25, 9);
    expect(course.loop?.comeBackPerRep).toBeCloseTo(99.75, 9);
  });

  it('adds the usual durations up to about 6 months from first contact to sale', () => {
    // 3 months + 3 months + 2 weeks + 1 hour + 1 hour (follow-up has none; signed is after the sale).
    expect(course.cycle).toEqual({ months: 6, weeks: 2, hours: 2 });
    // From Monday 2 March 2026: 2 September + 14 days = 16 September, 198 days later.
    expect(course.cycleDays).toBe(198);
  });
});

describe('project: a rep’s own target', () => {
  it('starts at one rep: 5 sales a month → 10,000 people reached', () => {
    expect(OWN_TARGET).toEqual({ salesPerRep: 5, teamSize: 1 });
    const own = ok(project({ ...input, ...OWN_TARGET }));
    expect(own.salesPerMonth).toBe(5);
    expect(own.peopleReachedPerMonth).toBeCloseTo(10_000, 6);
    expect(own.peopleReachedPerRep).toBeCloseTo(10_000, 6);
    expect(own.peopleReachedPerSale).toBeCloseTo(2_000, 9);
  });
});

describe('project: the follow-up loop is optional', () => {
  it('without its share there is no loop, and the chain is the same', () => {
    const withLoop = ok(project({ ...input, ...COURSE_TARGET }));
    const without = ok(project({ ...input, ...COURSE_TARGET, shares: { ...COURSE, 'follow-up': null } }));
    expect(without.loop).toBeNull();
    expect(without.rows).toEqual(withLoop.rows);
    expect(without.peopleReachedPerMonth).toBe(withLoop.peopleReachedPerMonth);
  });

  it('a loop share typed out of (0, 100%] is named like any other', () => {
    expect(project({ ...input, ...COURSE_TARGET, shares: { ...COURSE, 'follow-up': 1.5 } })).toEqual({
      ok: false,
      problem: 'missing-shares',
      stageIds: ['follow-up'],
    });
  });

  it('a team without a follow-up stage projects its chain alone', () => {
    const stages = DEFAULT_STAGES.filter((s) => s.id !== 'follow-up');
    const result = ok(project({ ...input, stages, ...COURSE_TARGET }));
    expect(result.loop).toBeNull();
    expect(result.peopleReachedPerMonth).toBeCloseTo(30_000, 6);
  });
});

describe('project: other inputs', () => {
  it('follows typed shares and team size', () => {
    // 1% of leads sign → 100 leads per sale; 50% of people reached become leads → 200 per sale;
    // 2 reps × 4 = 8 sales → 1,600 people reached a month.
    const shares = { ...COURSE, lead: 0.5, signed: 0.01 };
    const result = ok(project({ ...input, shares, salesPerRep: 4, teamSize: 2 }));
    expect(result.leadsPerSale).toBeCloseTo(100, 9);
    expect(result.peopleReachedPerMonth).toBeCloseTo(1_600, 9);
    expect(result.rows.at(-1)?.perMonth).toBeCloseTo(8, 9);
  });

  it('names the steps whose share is missing or out of (0, 1]', () => {
    const shares = { ...COURSE, meeting: null, negotiation: 1.5 };
    expect(project({ ...input, shares, salesPerRep: 5, teamSize: 3 })).toEqual({
      ok: false,
      problem: 'missing-shares',
      stageIds: ['meeting', 'negotiation'],
    });
  });

  it('refuses a team of no one or a negative target', () => {
    expect(project({ ...input, salesPerRep: 5, teamSize: 0 })).toMatchObject({ problem: 'invalid-target' });
    expect(project({ ...input, salesPerRep: -1, teamSize: 2 })).toMatchObject({ problem: 'invalid-target' });
  });

  it('needs a won stage', () => {
    const stages = DEFAULT_STAGES.filter((s) => s.kind !== 'won');
    expect(project({ ...input, stages, salesPerRep: 5, teamSize: 3 })).toMatchObject({
      problem: 'no-won-stage',
    });
  });
});

describe('projectionShares', () => {
  const rows = computeFunnel({
    deals: SEED_DEALS,
    events: SEED_EVENTS,
    followUps: SEED_FOLLOW_UPS,
    stages: STAGES,
    now: SEED_NOW,
  }).rows;

  it('offers the targets while too few deals reached the first step', () => {
    // 5 deals reached lead, fewer than 20.
    const shares = projectionShares(STAGES, rows);
    expect(shares.map((s) => [s.share, s.source])).toEqual(
      [0.2, 0.3, 0.15, 0.1, 0.03, 0.05, 0.0025].map((share) => [share, 'target']),
    );
  });

  it('offers the measured shares with enough deals, except for the first step', () => {
    // With the bar at 5: reached / 5 = 0.8, 0.6, 0.4, 0.4, 0.2, 0.2; lead keeps its target.
    const shares = projectionShares(STAGES, rows, 5);
    expect(shares.map((s) => [s.share, s.source])).toEqual([
      [0.2, 'target'],
      ...[0.8, 0.6, 0.4, 0.4, 0.2, 0.2].map((share) => [share, 'measured']),
    ]);
  });

  it("falls back on the course's figure for a built-in stage without a target, then on nothing", () => {
    const stages = STAGES.map((s) =>
      s.id === 'meeting' || s.id === 'objections' ? { ...s, targetConversion: null } : s,
    );
    const custom = {
      ...(STAGES[0] as (typeof STAGES)[number]),
      id: 'custom',
      order: 35,
      targetConversion: null,
    };
    const shares = projectionShares([...stages, custom], [], 5);
    expect(shares.find((s) => s.stageId === 'meeting')).toEqual({
      stageId: 'meeting',
      share: 0.15,
      source: 'course',
    });
    expect(shares.find((s) => s.stageId === 'custom')).toEqual({
      stageId: 'custom',
      share: null,
      source: null,
    });
  });
});
