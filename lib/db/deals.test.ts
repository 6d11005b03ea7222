import { describe, expect, it } from 'vitest';
import { setNextStep } from '../services/deals';
import { flagReplyLikely } from '../services/replies';
import { unwrap } from '../services/result';
import { trackSample } from '../services/test-support';
import { countReplyLikely, dealsWithNextStepBetween, getDealByThread, recentDeals } from './deals';
import { DAY, HOUR, NOW, setUpTestDb } from './test-support';

const t = setUpTestDb();

const step = (at: number) => ({
  at,
  channel: 'phone' as const,
  repAction: '',
  prospectAction: '',
  reason: '',
});

describe('deal queries read by index', () => {
  it('finds a deal by any of its threads, and no other', async () => {
    const deal = await trackSample(t.db);
    const [thread] = deal.threads;
    expect((await getDealByThread(t.db, 'gmail', thread?.threadId ?? ''))?.id).toBe(deal.id);
    expect(await getDealByThread(t.db, 'outlook', thread?.threadId ?? '')).toBeUndefined();
  });

  it('reads the deals whose next step falls in a window, soonest first', async () => {
    const [a, b, c] = [
      await trackSample(t.db, { threadId: 'a' }),
      await trackSample(t.db, { threadId: 'b' }),
      await trackSample(t.db, { threadId: 'c' }),
    ];
    unwrap(await setNextStep(t.db, { dealId: a?.id ?? '', nextStep: step(NOW + 5 * HOUR) }, NOW));
    unwrap(await setNextStep(t.db, { dealId: b?.id ?? '', nextStep: step(NOW + 2 * HOUR) }, NOW));
    unwrap(await setNextStep(t.db, { dealId: c?.id ?? '', nextStep: step(NOW + 3 * DAY) }, NOW));
    const today = await dealsWithNextStepBetween(t.db, NOW, NOW + DAY);
    expect(today.map((d) => d.id)).toEqual([b?.id, a?.id]);
    expect(await dealsWithNextStepBetween(t.db, NOW + DAY, NOW)).toEqual([]);
  });

  it('counts the paused deals with a likely reply', async () => {
    const deal = await trackSample(t.db);
    await trackSample(t.db, { threadId: 'other' });
    expect(await countReplyLikely(t.db)).toBe(0);
    await flagReplyLikely(t.db, deal, { at: NOW, from: 'dana@x.test', source: 'gmail-feed' }, NOW);
    expect(await countReplyLikely(t.db)).toBe(1);
  });

  it('lists the most recently changed deals first', async () => {
    const old = await trackSample(t.db, { threadId: 'old' });
    const fresh = await trackSample(t.db, { threadId: 'fresh' });
    unwrap(await setNextStep(t.db, { dealId: old.id, nextStep: step(NOW + DAY) }, NOW + HOUR));
    expect((await recentDeals(t.db, 1)).map((d) => d.id)).toEqual([old.id]);
    expect((await recentDeals(t.db, 5)).map((d) => d.id)).toEqual([old.id, fresh.id]);
  });
});
