// The drill-down lists exactly the deals each number of the funnel counts (one rule, two uses).
import { describe, expect, it } from 'vitest';
import { computeFunnel, type FunnelInput, funnelMembers } from './funnel';
import { day, SEED_DEALS, SEED_EVENTS, SEED_FOLLOW_UPS, SEED_NOW, STAGES } from './test-support';

const base: FunnelInput = {
  deals: SEED_DEALS,
  events: SEED_EVENTS,
  followUps: SEED_FOLLOW_UPS,
  stages: STAGES,
  now: SEED_NOW,
};

const filters = [
  { period: null, cadenceId: null },
  { period: { from: day(3), to: day(9) }, cadenceId: null },
  { period: null, cadenceId: 'default' },
];

describe('funnelMembers', () => {
  for (const filter of filters) {
    it(`lists as many deals as each number counts (${JSON.stringify(filter)})`, () => {
      const input = { ...base, filter };
      const stats = computeFunnel(input);
      for (const row of stats.rows) {
        const stageId = row.stage.id;
        expect(funnelMembers(input, { kind: 'reached', stageId }), `reached ${stageId}`).toHaveLength(
          row.reached,
        );
        expect(funnelMembers(input, { kind: 'lost-here', stageId }), `lost ${stageId}`).toHaveLength(
          row.lostHere,
        );
        expect(funnelMembers(input, { kind: 'current', stageId }), `now ${stageId}`).toHaveLength(
          row.current,
        );
      }
      expect(funnelMembers(input, { kind: 'no-next-step' }).sort()).toEqual(
        [...stats.withoutNextStep].sort(),
      );
      const overdueDeals = new Set(
        SEED_FOLLOW_UPS.filter((f) => stats.overdueFollowUps.includes(f.id)).map((f) => f.dealId),
      );
      expect(funnelMembers(input, { kind: 'overdue' }).sort()).toEqual([...overdueDeals].sort());
    });
  }

  it('names the very deals: B lost at prospection, E at negotiation; A, C, E reached meeting', () => {
    expect(funnelMembers(base, { kind: 'lost-here', stageId: 'prospection' })).toEqual(['B']);
    expect(funnelMembers(base, { kind: 'lost-here', stageId: 'negotiation' })).toEqual(['E']);
    expect(funnelMembers(base, { kind: 'reached', stageId: 'meeting' }).sort()).toEqual(['A', 'C', 'E']);
    expect(funnelMembers(base, { kind: 'reached', stageId: 'no-such-stage' })).toEqual([]);
  });
});
