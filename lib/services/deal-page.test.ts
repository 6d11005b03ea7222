import { describe, expect, it } from 'vitest';
import { eventsForDeal } from '../db/events';
import { followUpsForDeal } from '../db/queries';
import { DAY, NOW, setUpTestDb, snapshotTables } from '../db/test-support';
import { addNote, bulkUpdate, createDeal } from './deal-page';
import { pauseDeal } from './lifecycle';
import { unwrap } from './result';
import { trackSample } from './test-support';

const t = setUpTestDb();

const phoneLead = {
  contact: { name: ' Marc Dubois ', email: 'Marc@Garage-Dubois.fr', phone: '+33 6 12 34 56 78' },
  company: '',
  offer: 'Fleet of 3 vans',
  value: { amount: 42_000, currency: 'EUR' },
  stageId: 'prospection',
  nextStep: {
    at: NOW + DAY,
    channel: 'phone' as const,
    repAction: 'Call back',
    prospectAction: '',
    reason: '',
  },
  cadenceId: 'default',
};

describe('createDeal', () => {
  it('creates a deal without a thread, with its stage, next step, cadence and a guessed company', async () => {
    const deal = unwrap(await createDeal(t.db, phoneLead, NOW));
    expect(deal).toMatchObject({
      threads: [],
      threadKeys: [],
      contact: { name: 'Marc Dubois', email: 'marc@garage-dubois.fr', phone: '+33 6 12 34 56 78' },
      company: 'Garage Dubois',
      companyGuessed: true,
      offer: 'Fleet of 3 vans',
      stageId: 'prospection',
      status: 'active',
      nextStep: { at: NOW + DAY, channel: 'phone', repAction: 'Call back' },
    });
    expect(deal.cadence?.cadenceId).toBe('default');
    // Its index keys (schema v6): no thread, the contact as cleaned.
    expect(await t.db.deals.get(deal.id)).toMatchObject({
      gmailAccounts: [],
      prospectKeys: ['email:marc@garage-dubois.fr', 'domain:garage-dubois.fr', 'name:Marc Dubois'],
    });
    expect((await followUpsForDeal(t.db, deal.id)).length).toBeGreaterThan(0);
    const types = (await eventsForDeal(t.db, deal.id)).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['tracked', 'stage-changed', 'next-step-set', 'cadence-started']),
    );
  });

  it('refuses a deal about no one, a past next step, a bad email — and writes nothing', async () => {
    const before = await snapshotTables(t.db);
    const nobody = { ...phoneLead, contact: { name: '', email: '', phone: '' }, company: '' };
    expect(await createDeal(t.db, nobody, NOW)).toMatchObject({
      ok: false,
      error: { key: 'dealNeedsSomeone' },
    });
    const past = { ...phoneLead, nextStep: { ...phoneLead.nextStep, at: NOW - 1 } };
    expect(await createDeal(t.db, past, NOW)).toMatchObject({ ok: false, error: { key: 'nextStepPast' } });
    const badEmail = { ...phoneLead, contact: { ...phoneLead.contact, email: 'not an email' } };
    expect(await createDeal(t.db, badEmail, NOW)).toMatchObject({
      ok: false,
      error: { key: 'emailInvalid' },
    });
    expect(await snapshotTables(t.db)).toEqual(before);
  });
});

describe('addNote', () => {
  it('keeps the note in the history with its time; refuses an empty one', async () => {
    const deal = await trackSample(t.db);
    unwrap(await addNote(t.db, { dealId: deal.id, text: '  Budget signed off in Q3 <b>!</b> ' }, NOW + 5));
    const note = (await eventsForDeal(t.db, deal.id)).find((e) => e.type === 'note');
    expect(note).toMatchObject({ at: NOW + 5, data: { text: 'Budget signed off in Q3 <b>!</b>' } });
    expect(await addNote(t.db, { dealId: deal.id, text: '  ' }, NOW)).toMatchObject({ ok: false });
  });
});

describe('bulkUpdate', () => {
  it('moves every selected deal through the stage use case, and reports progress', async () => {
    const deals = [await trackSample(t.db, { threadId: 'a' }), await trackSample(t.db, { threadId: 'b' })];
    const progress: number[] = [];
    const outcome = unwrap(
      await bulkUpdate(
        t.db,
        { dealIds: deals.map((d) => d.id), action: { kind: 'stage', stageId: 'negotiation' } },
        NOW,
        (n) => progress.push(n),
      ),
    );
    expect(outcome).toEqual({ changed: 2, skipped: 0 });
    expect(progress).toEqual([1, 2]);
    for (const d of deals) {
      expect((await t.db.deals.get(d.id))?.stageId).toBe('negotiation');
      const changed = (await eventsForDeal(t.db, d.id)).filter((e) => e.type === 'stage-changed');
      expect(changed.map((e) => e.data)).toContainEqual({ from: 'lead', to: 'negotiation' });
    }
  });

  it('skips the deals an action does not apply to', async () => {
    const [a, b] = [await trackSample(t.db, { threadId: 'a' }), await trackSample(t.db, { threadId: 'b' })];
    unwrap(await pauseDeal(t.db, { dealId: a.id }, NOW));
    const outcome = unwrap(await bulkUpdate(t.db, { dealIds: [a.id, b.id], action: { kind: 'pause' } }, NOW));
    expect(outcome).toEqual({ changed: 1, skipped: 1 });
    const lost = unwrap(
      await bulkUpdate(t.db, { dealIds: [a.id, b.id], action: { kind: 'lost', reason: 'No budget' } }, NOW),
    );
    expect(lost.changed).toBe(2);
    expect((await t.db.deals.get(b.id))?.status).toBe('lost');
  });

  it('is all or nothing: one deal that fails leaves every deal as it was', async () => {
    const a = await trackSample(t.db, { threadId: 'a' });
    const before = await snapshotTables(t.db);
    const result = await bulkUpdate(
      t.db,
      { dealIds: [a.id, 'gone'], action: { kind: 'stage', stageId: 'negotiation' } },
      NOW,
    );
    expect(result).toMatchObject({ ok: false, error: { key: 'dealNotFound' } });
    expect(await snapshotTables(t.db)).toEqual(before);
  });
});
