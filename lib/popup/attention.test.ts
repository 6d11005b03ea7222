import { describe, expect, it } from 'vitest';
import { DAY, NOW, setUpTestDb } from '../db/test-support';
import { completeFollowUp, scheduleCadence } from '../services/follow-ups';
import { markLost, markReplied, pauseAutomatically } from '../services/lifecycle';
import { unwrap } from '../services/result';
import { saveSettings } from '../services/settings';
import { logTemplateInserted } from '../services/templates';
import { trackSample } from '../services/test-support';
import { attentionAt, loadAttention, loadAttentionCandidates } from './attention';

const t = setUpTestDb();

describe('loadAttention', () => {
  it('lists likely replies to confirm', async () => {
    const deal = await trackSample(t.db);
    unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
    expect((await loadAttention(t.db, NOW)).replyLikely).toEqual([]);
    await pauseAutomatically(
      t.db,
      {
        dealId: deal.id,
        reason: 'reply-likely',
        replyLikely: { at: NOW, from: 'sam@northwind-labs.test', source: 'gmail-feed' },
      },
      NOW,
    );
    expect((await loadAttention(t.db, NOW)).replyLikely.map((d) => d.id)).toEqual([deal.id]);
  });

  it('proposes to close a deal once its breakup met the set days of silence, not before, not after a reply', async () => {
    unwrap(await saveSettings(t.db, { breakupWaitDays: 5 }, NOW));
    const deal = await trackSample(t.db);
    unwrap(await logTemplateInserted(t.db, { dealId: deal.id, templateId: 'breakup-1-en' }, NOW));
    expect((await loadAttention(t.db, NOW + 4 * DAY)).proposeLost).toEqual([]);
    const due = await loadAttention(t.db, NOW + 6 * DAY);
    expect(due.proposeLost.map((p) => [p.deal.id, p.silentDays])).toEqual([[deal.id, 6]]);
    await markReplied(t.db, deal.id, 'dana.whitfield@northwind-labs.test', NOW + 6 * DAY);
    expect((await loadAttention(t.db, NOW + 7 * DAY)).proposeLost).toEqual([]);
  });

  it('counts a breakup step marked done as sent', async () => {
    const deal = await trackSample(t.db);
    const steps = unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
    const breakup = steps.find((f) => f.templateKind === 'breakup');
    if (!breakup) throw new Error('the default cadence ends with a breakup');
    unwrap(await completeFollowUp(t.db, { followUpId: breakup.id }, NOW + DAY));
    const found = await loadAttention(t.db, NOW + 9 * DAY);
    expect(found.proposeLost.map((p) => p.silentDays)).toEqual([8]);
  });

  it('is read once, then judged at each tick of the clock: a breakup’s silence comes due with no new read', async () => {
    unwrap(await saveSettings(t.db, { breakupWaitDays: 5 }, NOW));
    const deal = await trackSample(t.db);
    const lost = await trackSample(t.db, { threadId: 'closed' });
    unwrap(await logTemplateInserted(t.db, { dealId: deal.id, templateId: 'breakup-1-en' }, NOW));
    unwrap(await logTemplateInserted(t.db, { dealId: lost.id, templateId: 'breakup-1-en' }, NOW));
    unwrap(await markLost(t.db, { dealId: lost.id }, NOW + DAY));
    const candidates = await loadAttentionCandidates(t.db);
    // A closed deal is no candidate: its follow-ups and events are never read.
    expect(candidates.breakups.map((b) => b.deal.id)).toEqual([deal.id]);
    expect(attentionAt(candidates, NOW + 4 * DAY).proposeLost).toEqual([]);
    expect(attentionAt(candidates, NOW + 6 * DAY).proposeLost.map((p) => [p.deal.id, p.silentDays])).toEqual([
      [deal.id, 6],
    ]);
  });
});
