import { describe, expect, it } from 'vitest';
import { getDealByThread } from '../db/deals';
import { eventsForDeal } from '../db/events';
import { NOW, setUpTestDb, snapshotTables } from '../db/test-support';
import type { DealThread } from '../model';
import { createDeal } from './deal-page';
import { attachThread, candidateDeals, detachThread } from './deal-threads';
import { markLost } from './lifecycle';
import { unwrap } from './result';
import { THREAD, trackSample } from './test-support';

const t = setUpTestDb();

const second: DealThread = {
  provider: 'gmail',
  threadId: '19b000000000second',
  url: 'https://mail.google.com/mail/u/0/#inbox/second',
  subject: 'Re: pricing for the rollout',
  account: 'jordan.lee@acme.test',
};

const lead = (email: string, name = '') => ({
  contact: { name, email, phone: '' },
  company: '',
  offer: '',
  value: null,
  stageId: 'lead',
  nextStep: null,
  cadenceId: null,
});

describe('candidateDeals', () => {
  it('offers the contact’s own open deal first, then colleagues at the same company domain', async () => {
    const own = await trackSample(t.db);
    const colleague = unwrap(await createDeal(t.db, lead('sam@northwind-labs.test', 'Sam Reyes'), NOW + 1));
    unwrap(await createDeal(t.db, lead('other@elsewhere.test'), NOW + 2));
    const found = await candidateDeals(t.db, ' Dana.Whitfield@northwind-labs.TEST ');
    expect(found.map((c) => [c.dealId, c.match])).toEqual([
      [own.id, 'email'],
      [colleague.id, 'domain'],
    ]);
    expect(found[0]).toMatchObject({ name: 'Dana Whitfield', company: 'Northwind Labs', stageId: 'lead' });
    // A new colleague at the same company finds both by the domain.
    const byDomain = await candidateDeals(t.db, 'new.person@northwind-labs.test');
    expect(byDomain.map((c) => c.match)).toEqual(['domain', 'domain']);
    expect(byDomain[0]?.dealId).toBe(colleague.id); // the most recently changed first
  });

  it('never matches by a public mailbox’s domain, only by the very address', async () => {
    const mine = unwrap(await createDeal(t.db, lead('marc.dubois@gmail.com', 'Marc'), NOW));
    unwrap(await createDeal(t.db, lead('someone.else@hotmail.fr'), NOW));
    expect(await candidateDeals(t.db, 'stranger@gmail.com')).toEqual([]);
    expect(await candidateDeals(t.db, 'stranger@hotmail.fr')).toEqual([]);
    expect((await candidateDeals(t.db, 'marc.dubois@gmail.com')).map((c) => c.dealId)).toEqual([mine.id]);
  });

  it('leaves out signed and lost deals, and answers nothing for an empty or odd address', async () => {
    const deal = await trackSample(t.db);
    unwrap(await markLost(t.db, { dealId: deal.id, reason: '' }, NOW + 1));
    expect(await candidateDeals(t.db, THREAD.contact.email)).toEqual([]);
    expect(await candidateDeals(t.db, '')).toEqual([]);
    expect(await candidateDeals(t.db, 'no-at-sign')).toEqual([]);
    // Regex characters in the domain are text.
    expect(await candidateDeals(t.db, 'x@(.*)')).toEqual([]);
  });
});

describe('attachThread / detachThread', () => {
  it('adds a second thread to a deal with its event, then detaches it again', async () => {
    const deal = await trackSample(t.db);
    const attached = unwrap(await attachThread(t.db, { dealId: deal.id, thread: second }, NOW + 10));
    expect(attached.threads.map((x) => x.threadId)).toEqual([THREAD.threadId, second.threadId]);
    expect(attached.threadKeys).toEqual([`gmail:${THREAD.threadId}`, `gmail:${second.threadId}`]);
    expect((await getDealByThread(t.db, 'gmail', second.threadId))?.id).toBe(deal.id);
    // Twice: nothing more.
    const again = unwrap(await attachThread(t.db, { dealId: deal.id, thread: second }, NOW + 20));
    expect(again.threads).toHaveLength(2);
    expect(again.updatedAt).toBe(NOW + 10);

    const detached = unwrap(
      await detachThread(t.db, { dealId: deal.id, provider: 'gmail', threadId: THREAD.threadId }, NOW + 30),
    );
    expect(detached.threads.map((x) => x.threadId)).toEqual([second.threadId]);
    expect(await getDealByThread(t.db, 'gmail', THREAD.threadId)).toBeUndefined();
    const events = (await eventsForDeal(t.db, deal.id)).filter((e) => e.type.startsWith('thread-'));
    expect(events.map((e) => [e.type, e.data])).toEqual(
      expect.arrayContaining([
        ['thread-added', { provider: 'gmail', threadId: second.threadId, subject: second.subject }],
        ['thread-removed', { provider: 'gmail', threadId: THREAD.threadId, subject: THREAD.subject }],
      ]),
    );
  });

  it('keeps the deal’s Gmail mailboxes (gmailAccounts) with its threads', async () => {
    const deal = await trackSample(t.db);
    const elsewhere = { ...second, url: 'https://mail.google.com/mail/u/2/#inbox/second' };
    const attached = unwrap(await attachThread(t.db, { dealId: deal.id, thread: elsewhere }, NOW));
    expect(attached.gmailAccounts).toEqual([0, 2]);
    expect((await t.db.deals.get(deal.id))?.gmailAccounts).toEqual([0, 2]);
    const detached = unwrap(
      await detachThread(t.db, { dealId: deal.id, provider: 'gmail', threadId: THREAD.threadId }, NOW),
    );
    expect(detached.gmailAccounts).toEqual([2]);
    expect((await t.db.deals.get(deal.id))?.gmailAccounts).toEqual([2]);
  });

  it('lets a deal keep no thread at all, and refuses a thread it does not have', async () => {
    const deal = await trackSample(t.db);
    const none = unwrap(
      await detachThread(t.db, { dealId: deal.id, provider: 'gmail', threadId: THREAD.threadId }, NOW + 1),
    );
    expect(none).toMatchObject({ threads: [], threadKeys: [] });
    const before = await snapshotTables(t.db);
    expect(
      await detachThread(t.db, { dealId: deal.id, provider: 'gmail', threadId: THREAD.threadId }, NOW + 2),
    ).toMatchObject({ ok: false, error: { key: 'threadNotOnDeal' } });
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('refuses a thread that belongs to another deal, and writes nothing', async () => {
    const owner = await trackSample(t.db);
    const other = unwrap(await createDeal(t.db, lead('sam@northwind-labs.test'), NOW));
    const before = await snapshotTables(t.db);
    const thread: DealThread = { ...second, threadId: THREAD.threadId, url: THREAD.url };
    expect(await attachThread(t.db, { dealId: other.id, thread }, NOW + 1)).toMatchObject({
      ok: false,
      error: { key: 'threadOnOtherDeal' },
    });
    expect(await attachThread(t.db, { dealId: 'missing', thread: second }, NOW + 1)).toMatchObject({
      ok: false,
      error: { key: 'dealNotFound' },
    });
    expect(await snapshotTables(t.db)).toEqual(before);
    expect((await getDealByThread(t.db, 'gmail', THREAD.threadId))?.id).toBe(owner.id);
  });

  it('two tabs at once: a thread tracked and added to a deal ends on one deal only', async () => {
    const deal = unwrap(await createDeal(t.db, lead('dana.whitfield@northwind-labs.test'), NOW));
    const thread: DealThread = {
      provider: THREAD.provider,
      threadId: THREAD.threadId,
      url: THREAD.url,
      subject: THREAD.subject,
      account: THREAD.account,
    };
    const [attached, tracked] = await Promise.all([
      attachThread(t.db, { dealId: deal.id, thread }, NOW + 1),
      trackSample(t.db),
    ]);
    const holders = await t.db.deals.where('threadKeys').equals(`gmail:${THREAD.threadId}`).toArray();
    expect(holders).toHaveLength(1);
    // Whichever won, the other was told or joined it.
    if (attached.ok) expect(holders[0]?.id).toBe(tracked.id);
    else expect(attached.error.key).toBe('threadOnOtherDeal');
  });
});
