import { describe, expect, it } from 'vitest';
import { DAY, HOUR, NOW, setUpTestDb } from '../db/test-support';
import type { ReplyDecision } from '../model';
import { trackSample } from '../services/test-support';
import { loadDecidedDeals, loadReplyDecisions, replyDecisionsAt } from './reply-decisions';

const t = setUpTestDb();

const decision = (kind: ReplyDecision['kind'], at: number): ReplyDecision => ({
  kind,
  at,
  from: 'x@northwind-labs.test',
  cue: '',
  returnDay: null,
  optOut: null,
  corrected: false,
  stopped: null,
});

describe('loadReplyDecisions', () => {
  it('lists the deals a prospect’s message left waiting for the rep, newest decision first', async () => {
    const answered = await trackSample(t.db);
    const optOut = await trackSample(t.db, { threadId: 'b' });
    const closed = await trackSample(t.db, { threadId: 'c' });
    const quiet = await trackSample(t.db, { threadId: 'd' });
    await t.db.deals.update(answered.id, { status: 'replied', replyDecision: decision('answer', NOW) });
    await t.db.deals.update(optOut.id, { status: 'replied', replyDecision: decision('opt-out', NOW + HOUR) });
    await t.db.deals.update(closed.id, { status: 'lost', replyDecision: decision('opt-out', NOW) });
    await t.db.deals.update(quiet.id, { status: 'active' });
    const rows = await loadReplyDecisions(t.db, NOW + 2 * HOUR);
    expect(rows.map((d) => d.id)).toEqual([optOut.id, answered.id]);
  });

  it('is read once, then judged at each tick: an answer waits for the rep again once its next step has passed', async () => {
    const answered = await trackSample(t.db);
    const active = await trackSample(t.db, { threadId: 'e' });
    await t.db.deals.update(answered.id, {
      status: 'replied',
      replyDecision: decision('answer', NOW),
      nextStep: { at: NOW + DAY, channel: 'phone', repAction: 'Call', prospectAction: '', reason: '' },
    });
    await t.db.deals.update(active.id, { status: 'active' });
    const decided = await loadDecidedDeals(t.db);
    expect(decided.map((d) => d.id)).toEqual([answered.id]);
    expect(replyDecisionsAt(decided, NOW + HOUR)).toEqual([]);
    expect(replyDecisionsAt(decided, NOW + DAY + HOUR).map((d) => d.id)).toEqual([answered.id]);
  });
});
