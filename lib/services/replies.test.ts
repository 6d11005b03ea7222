import { describe, expect, it } from 'vitest';
import { countReplyLikely, getDeal } from '../db/deals';
import { DAY, NOW, setUpTestDb } from '../db/test-support';
import type { ListRow, ThreadSnapshot } from '../mail/adapter';
import type { Deal } from '../model';
import { gmailAccountsToWatch } from '../replies/watch';
import { scheduleCadence } from './follow-ups';
import { checkGmailFeeds as checkFeeds } from './gmail-feed';
import { resumeDueDeals } from './lifecycle';
import { confirmReply as confirm, reportListRows, reportMessages } from './replies';
import { unwrap } from './result';
import { saveSettings } from './settings';
import { THREAD, trackSample } from './test-support';

const t = setUpTestDb();

/** The use cases as the worker calls them, answering their value (a failure fails the test). */
const applyThreadMessages = async (deal: Deal, snap: ThreadSnapshot, texts: string[], now: number) =>
  unwrap(await reportMessages(t.db, { dealId: deal.id, snapshot: snap, texts }, now));
const checkGmailFeeds = async (fetchFeed: (i: number) => Promise<string | null>, now: number) =>
  unwrap(await checkFeeds(t.db, { fetchFeed }, now));
const confirmReply = async (deal: Deal, replied: boolean, now: number) =>
  unwrap(await confirm(t.db, { dealId: deal.id, replied }, now));
const applyListRows = async (rows: ListRow[], now: number) =>
  unwrap(await reportListRows(t.db, { rows }, now));
const resumeEnded = async (now: number) => unwrap(await resumeDueDeals(t.db, {}, now));
const CONTACT = 'dana.whitfield@northwind-labs.test';

const snapshot = (extra: { from: string }[]): ThreadSnapshot => ({
  provider: 'gmail',
  threadId: THREAD.threadId,
  subject: THREAD.subject,
  account: 'jordan.lee@acme.test',
  messages: [
    { from: { name: 'Jordan Lee', email: 'jordan.lee@acme.test' }, to: [], cc: [] },
    { from: { name: 'Dana', email: CONTACT }, to: [], cc: [] },
    ...extra.map(({ from }) => ({ from: { name: '', email: from }, to: [], cc: [] })),
  ],
  lastMessageFromAccount: false,
  hasCompose: false,
});

async function activeDeal() {
  const deal = await trackSample(t.db);
  unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
  return (await getDeal(t.db, deal.id)) ?? deal;
}
const pendingOf = async (dealId: string) =>
  (await t.db.followUps.where('dealId').equals(dealId).toArray()).filter((f) => f.status === 'due').length;

describe('applyThreadMessages', () => {
  it('stops the cadence on the prospect’s answer, and only on messages it had not seen', async () => {
    const deal = await activeDeal();
    const same = await applyThreadMessages(deal, snapshot([]), [], NOW);
    expect(same.status).toBe('active');
    const after = await applyThreadMessages(
      deal,
      snapshot([{ from: CONTACT }]),
      ['', '', 'Yes, Thursday works.'],
      NOW,
    );
    expect(after).toMatchObject({ status: 'replied', seenMessageCount: 3 });
    expect(await pendingOf(deal.id)).toBe(0);
  });

  it('ignores the rep’s own new message, aliases from the settings included', async () => {
    unwrap(await saveSettings(t.db, { ownAddresses: ['jordan@acme-sales.test'] }, NOW));
    const deal = await activeDeal();
    const after = await applyThreadMessages(deal, snapshot([{ from: 'jordan@acme-sales.test' }]), [], NOW);
    expect(after.status).toBe('active');
    expect(await pendingOf(deal.id)).toBeGreaterThan(0);
  });

  it('pauses on an out-of-office until the return date, at the follow-up hour, without counting it as an answer', async () => {
    unwrap(await saveSettings(t.db, { timeZone: 'Europe/Paris' }, NOW));
    const deal = await activeDeal();
    const text =
      'Thank you. I am out of the office until Monday, March 16, 2026 with limited access to email.';
    const after = await applyThreadMessages(deal, snapshot([{ from: CONTACT }]), ['', '', text], NOW);
    const stored = await getDeal(t.db, deal.id);
    expect(after.seenMessageCount).toBe(3);
    expect(stored).toMatchObject({ status: 'paused', pauseReason: 'out-of-office' });
    expect(stored?.pausedUntil).toBe(Date.UTC(2026, 2, 16, 8, 0)); // 09:00 in Paris
    // It ends by itself: before the date nothing moves, after it the deal is active again.
    expect(await resumeEnded(Date.UTC(2026, 2, 16, 7, 59))).toBe(0);
    expect(await resumeEnded(Date.UTC(2026, 2, 16, 8, 0))).toBe(1);
    expect(await getDeal(t.db, deal.id)).toMatchObject({ status: 'active', pausedUntil: null });
    expect(await pendingOf(deal.id)).toBeGreaterThan(0);
  });

  it('pauses a week when the out-of-office gives no date', async () => {
    const deal = await activeDeal();
    await applyThreadMessages(
      deal,
      snapshot([{ from: CONTACT }]),
      ['', '', 'Réponse automatique : je suis absente.'],
      NOW,
    );
    expect((await getDeal(t.db, deal.id))?.pausedUntil).toBe(NOW + 7 * DAY);
  });
});

const feed = (entries: { email: string; at: string; id: string }[]) =>
  `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Gmail</title>${entries
    .map(
      (e) =>
        `<entry><title>Re: Security review</title><summary>Hi</summary><issued>${e.at}</issued><id>${e.id}</id><author><name>X</name><email>${e.email}</email></author></entry>`,
    )
    .join('')}</feed>`;

describe('checkGmailFeeds', () => {
  it('reads nothing while no deal is active', async () => {
    const fetched: number[] = [];
    const result = await checkGmailFeeds(async (i) => {
      fetched.push(i);
      return '';
    }, NOW);
    expect(result.flagged).toEqual([]);
    expect(fetched).toEqual([]);
  });

  it('pauses a deal as "reply likely" when its contact’s company writes after it was tracked, once', async () => {
    const deal = await activeDeal();
    const xml = feed([
      { email: 'sam@northwind-labs.test', at: '2026-03-03T10:00:00Z', id: 'tag:1' },
      { email: 'stranger@elsewhere.test', at: '2026-03-03T10:00:00Z', id: 'tag:2' },
    ]);
    const fetched: number[] = [];
    const result = await checkGmailFeeds(async (i) => {
      fetched.push(i);
      return xml;
    }, NOW + DAY);
    expect(fetched).toEqual([0]);
    expect(result.flagged).toEqual([deal.id]);
    const stored = await getDeal(t.db, deal.id);
    expect(stored).toMatchObject({ status: 'paused', pauseReason: 'reply-likely' });
    expect(stored?.replyLikely).toEqual({
      at: Date.UTC(2026, 2, 3, 10, 0),
      from: 'sam@northwind-labs.test',
      source: 'gmail-feed',
    });
    expect(await pendingOf(deal.id)).toBe(0);
    expect(await countReplyLikely(t.db)).toBe(1);
    // The same entry again changes nothing.
    expect((await checkGmailFeeds(async () => xml, NOW + 2 * DAY)).flagged).toEqual([]);
  });

  it('ignores mail older than the deal, and failures are silent', async () => {
    await activeDeal();
    const old = feed([{ email: CONTACT, at: '2026-03-01T10:00:00Z', id: 'tag:old' }]);
    expect((await checkGmailFeeds(async () => old, NOW)).flagged).toEqual([]);
    expect((await checkGmailFeeds(async () => null, NOW)).flagged).toEqual([]);
    await expect(
      checkGmailFeeds(async () => {
        throw new TypeError('Failed to fetch');
      }, NOW),
    ).resolves.toEqual({ flagged: [] });
  });

  it('watches the mailboxes the deals were tracked from', async () => {
    const a = await activeDeal();
    const b = await trackSample(t.db, {
      threadId: 'other',
      url: 'https://mail.google.com/mail/u/2/#inbox/x',
    });
    unwrap(await scheduleCadence(t.db, { dealId: b.id, cadenceId: 'default' }, NOW));
    const deals = await t.db.deals.toArray();
    expect(gmailAccountsToWatch(deals)).toEqual([0, 2]);
    expect(a.threads[0]?.url).toContain('/u/0/');
  });
});

describe('confirming a likely reply', () => {
  it('stops the cadence when it was an answer, resumes it when not', async () => {
    const deal = await activeDeal();
    const xml = feed([{ email: CONTACT, at: '2026-03-03T10:00:00Z', id: 'tag:9' }]);
    await checkGmailFeeds(async () => xml, NOW + DAY);
    const paused = await getDeal(t.db, deal.id);
    if (!paused) throw new Error('no deal');
    const resumed = await confirmReply(paused, false, NOW + DAY);
    expect(resumed).toMatchObject({ status: 'active', replyLikely: null });
    expect(await pendingOf(deal.id)).toBeGreaterThan(0);
    const replied = await confirmReply(resumed, true, NOW + DAY);
    expect(replied.status).toBe('replied');
    expect(await pendingOf(deal.id)).toBe(0);
  });
});

describe('applyListRows', () => {
  it('flags a deal from an unread row of its contact, by address or by exact name; read rows do nothing', async () => {
    const deal = await activeDeal();
    const read = [{ from: { name: 'Dana Whitfield', email: CONTACT }, subject: 'Re: x', unread: false }];
    expect((await applyListRows(read, NOW)).flagged).toEqual([]);
    const byName = [{ from: { name: 'Dana Whitfield', email: '' }, subject: 'Re: x', unread: true }];
    expect((await applyListRows(byName, NOW)).flagged).toEqual([deal.id]);
    expect((await getDeal(t.db, deal.id))?.replyLikely?.source).toBe('outlook-list');
  });
});
