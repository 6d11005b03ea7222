import { describe, expect, it } from 'vitest';
import { staysOf } from './history';
import { median } from './median';
import { day, event, makeDeal } from './test-support';

describe('staysOf', () => {
  it('reads the stays from the stage changes, the last one still open', () => {
    const deal = makeDeal('A', { stageId: 'meeting' });
    const events = [
      event('A', 'stage-changed', day(4), { from: 'lead', to: 'meeting' }),
      event('A', 'stage-changed', day(0), { from: null, to: 'lead' }),
    ];
    expect(staysOf(deal, events)).toEqual([
      { dealId: 'A', stageId: 'lead', start: day(0), end: day(4) },
      { dealId: 'A', stageId: 'meeting', start: day(4), end: null },
    ]);
  });

  it('starts a log that begins mid-way at the deal creation', () => {
    const deal = makeDeal('B', { stageId: 'meeting', createdAt: day(1) });
    const events = [event('B', 'stage-changed', day(3), { from: 'prospection', to: 'meeting' })];
    expect(staysOf(deal, events)[0]).toEqual({
      dealId: 'B',
      stageId: 'prospection',
      start: day(1),
      end: day(3),
    });
  });

  it('falls back on the current stage without any change logged', () => {
    const deal = makeDeal('C', { stageId: 'objections', stageEnteredAt: day(2) });
    expect(staysOf(deal, [])).toEqual([{ dealId: 'C', stageId: 'objections', start: day(2), end: null }]);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});
