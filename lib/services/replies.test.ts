import { describe, expect, it } from 'vitest';
import { countReplyLikely, getDeal } from '../db/deals';
import { eventsForDeal } from '../db/events';
import { DAY, HOUR, NOW, setUpTestDb } from '../db/test-support';
import type { ListRow, ThreadMessage, ThreadSnapshot } from '../mail/adapter';
import type { Deal } from '../model';
import { gmailAccountsToWatch } from '../replies/watch';
import { scheduleCadence } from './follow-ups';
import { checkGmailFeeds as checkFeeds } from './gmail-feed';
import { markLost, resumeDueDeals } from './lifecycle';
import {
  confirmReply as confirm,
  correctReply,
  rememberThread,
  reportListRows,
  reportMessages,
} from './replies';
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
    { from: { name: 'Jordan Lee', email: 'jordan.lee@acme.test' }, to: [], cc: [], key: 'id:m1' },
    { from: { name: 'Dana', email: CONTACT }, to: [], cc: [], key: 'id:m2' },
    ...extra.map(({ from }) => ({ from: { name: '', email: from }, to: [], cc: [], key: 'id:m3' })),
  ],
  lastMessageFromAccount: false,
  hasCompose: false,
});

/** A tracked deal whose thread was seen with the rep's message and the contact's (as the worker tracks it). */
async function activeDeal() {
  const deal = await trackSample(t.db);
  unwrap(await rememberThread(t.db, { dealId: deal.id, snapshot: snapshot([]) }, NOW));
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

// New mail by message identity (lib/mail/new-mail.ts) and the reading of each new message
// (lib/replies classifyReply), as the worker applies them.
const MINUTE = 60_000;
const REP = 'jordan.lee@acme.test';
const msg = (key: string, email: string, sentAt: number | null = null): ThreadMessage => ({
  from: { name: '', email },
  to: [],
  cc: [],
  key,
  sentAt,
});
const thread = (messages: ThreadMessage[]): ThreadSnapshot => ({
  provider: 'gmail',
  threadId: THREAD.threadId,
  subject: THREAD.subject,
  account: REP,
  messages,
  lastMessageFromAccount: false,
  hasCompose: false,
});
const report = async (deal: Deal, messages: ThreadMessage[], texts: string[] = [], now = NOW) =>
  unwrap(await reportMessages(t.db, { dealId: deal.id, snapshot: thread(messages), texts }, now));
const seenRow = () => t.db.seenMessages.get(`gmail:${THREAD.threadId}`);

/** Tracked with a thread of the rep's message and the contact's, then scheduled. */
async function dealSeeing(messages: ThreadMessage[]) {
  const deal = await trackSample(t.db);
  unwrap(await rememberThread(t.db, { dealId: deal.id, snapshot: thread(messages) }, NOW));
  unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
  return (await getDeal(t.db, deal.id)) ?? deal;
}
const FIRST = [msg('id:a', REP, NOW - 2 * DAY), msg('id:b', CONTACT, NOW - DAY)];

describe('new mail by key, not by count', () => {
  it('never takes older messages expanded or loaded for new mail, however many appear', async () => {
    const deal = await dealSeeing(FIRST);
    // "3 older messages" expanded: three keys never seen, all before the newest seen.
    const older = [msg('id:o1', CONTACT, NOW - 9 * DAY), msg('id:o2', CONTACT, NOW - 8 * DAY)];
    const after = await report(
      deal,
      [...older, msg('fp:x', CONTACT, NOW - 3 * DAY), ...FIRST],
      ['Yes!', 'Yes!', 'Yes!'],
    );
    expect(after.status).toBe('active');
    expect(await pendingOf(deal.id)).toBeGreaterThan(0);
    expect((await seenRow())?.keys).toEqual(['id:a', 'id:b', 'id:o1', 'id:o2', 'fp:x']);
  });

  it('does not take a message for new when it is dated before the newest seen', async () => {
    const deal = await dealSeeing(FIRST);
    const late = await report(
      deal,
      [...FIRST, msg('fp:late', CONTACT, NOW - 5 * DAY)],
      ['', '', 'Yes, please.'],
    );
    expect(late.status).toBe('active');
  });

  it('takes an unseen key after the newest seen for new mail: the answer stops the cadence', async () => {
    const deal = await dealSeeing(FIRST);
    const after = await report(
      deal,
      [...FIRST, msg('id:c', CONTACT, NOW + MINUTE)],
      ['', '', 'Yes, Thursday works.'],
    );
    expect(after.status).toBe('replied');
    expect(after.replyDecision).toMatchObject({ kind: 'answer', from: CONTACT, corrected: false });
    expect(await pendingOf(deal.id)).toBe(0);
    // Reported again (the panel re-reads the page): nothing more happens.
    const again = await report(
      deal,
      [...FIRST, msg('id:c', CONTACT, NOW + MINUTE)],
      ['', '', 'Yes.'],
      NOW + HOUR,
    );
    expect(again.updatedAt).toBe(after.updatedAt);
  });

  it('after a restore (no record for the thread) remembers the messages without calling them new', async () => {
    const deal = await trackSample(t.db);
    unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
    const first = await report(deal, [...FIRST, msg('id:c', CONTACT, NOW)], ['', '', 'Yes, Thursday works.']);
    expect(first.status).toBe('active');
    expect((await seenRow())?.keys).toEqual(['id:a', 'id:b', 'id:c']);
    const next = await report(
      deal,
      [...FIRST, msg('id:c', CONTACT, NOW), msg('id:d', CONTACT, NOW + HOUR)],
      ['', '', '', 'Yes, send it.'],
    );
    expect(next.status).toBe('replied');
  });

  it('keeps today’s count rule for a deal upgraded from before keys (legacyCount), then goes by key', async () => {
    const deal = await trackSample(t.db);
    unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
    await t.db.seenMessages.put({
      threadKey: `gmail:${THREAD.threadId}`,
      dealId: deal.id,
      keys: [],
      newestAt: null,
      legacyCount: 2,
      updatedAt: NOW,
    });
    const same = await report(deal, FIRST);
    expect(same.status).toBe('active');
    expect(await seenRow()).toMatchObject({ keys: ['id:a', 'id:b'], newestAt: NOW - DAY });
    expect((await seenRow())?.legacyCount).toBeUndefined();
    const after = await report(deal, [...FIRST, msg('id:c', CONTACT, NOW)], ['', '', 'Yes, Thursday works.']);
    expect(after.status).toBe('replied');
  });

  it('ignores a record written for another deal of the same thread', async () => {
    const deal = await trackSample(t.db);
    await t.db.seenMessages.put({
      threadKey: `gmail:${THREAD.threadId}`,
      dealId: 'another-deal',
      keys: ['id:a'],
      newestAt: null,
      updatedAt: NOW,
    });
    expect((await report(deal, [...FIRST, msg('id:c', CONTACT, NOW)], ['', '', 'Yes.'])).status).toBe(
      'active',
    );
    expect((await seenRow())?.dealId).toBe(deal.id);
  });
});

describe('what the new message says', () => {
  const newOne = (text: string) => [...FIRST, msg('id:c', CONTACT, NOW + MINUTE)] as const;

  it('reads an answer that mentions an absence as an answer (the cadence stops)', async () => {
    const deal = await dealSeeing(FIRST);
    const text =
      'Sorry for the slow reply, I was out of the office last week. Yes, please send the contract.';
    const after = await report(deal, [...newOne(text)], ['', '', text]);
    expect(after.status).toBe('replied');
    expect(after.replyDecision?.kind).toBe('answer');
  });

  it('pauses an automatic reply until the day after a leave range, at the follow-up hour, and says why', async () => {
    unwrap(await saveSettings(t.db, { timeZone: 'Europe/Paris' }, NOW));
    const deal = await dealSeeing(FIRST);
    const text = 'This is an automatic reply. I am on leave from 2 March to 13 March inclusive.';
    const after = await report(deal, [...newOne(text)], ['', '', text]);
    expect(after).toMatchObject({ status: 'paused', pauseReason: 'out-of-office' });
    // Back Saturday 14 March: the first working day's follow-up hour, Monday 16 at 09:00 in Paris.
    expect(after.pausedUntil).toBe(Date.UTC(2026, 2, 16, 8, 0));
    expect(after.replyDecision).toMatchObject({ kind: 'auto-reply', returnDay: '2026-03-14', from: CONTACT });
    expect(after.replyDecision?.cue).not.toBe('');
  });

  it('stops on “not interested” and proposes lost with that reason; confirming marks it lost', async () => {
    const deal = await dealSeeing(FIRST);
    const text = 'We are not interested. Please remove me from your list.';
    const after = await report(deal, [...newOne(text)], ['', '', text]);
    expect(after.status).toBe('replied');
    expect(after.replyDecision).toMatchObject({ kind: 'opt-out' });
    expect(['not-interested', 'unsubscribe', 'do-not-contact']).toContain(after.replyDecision?.optOut);
    expect(await pendingOf(deal.id)).toBe(0);
    const lost = unwrap(await markLost(t.db, { dealId: deal.id, reason: 'Not interested' }, NOW + HOUR));
    expect(lost.status).toBe('lost');
  });

  it('ignores the rep’s own new message and a stranger’s', async () => {
    const deal = await dealSeeing(FIRST);
    const after = await report(
      deal,
      [...FIRST, msg('id:c', REP, NOW + MINUTE), msg('id:d', 'someone@elsewhere.test', NOW + 2 * MINUTE)],
      ['', '', 'Yes', 'Yes'],
    );
    expect(after.status).toBe('active');
    expect(after.replyDecision ?? null).toBeNull();
  });
});

describe('the rep corrects the reading', () => {
  it('“It’s an answer” turns an out-of-office pause into a stopped cadence, with its event', async () => {
    const deal = await dealSeeing(FIRST);
    const text = 'Automatic reply: I am out of the office until 20 March.';
    await report(deal, [...FIRST, msg('id:c', CONTACT, NOW + MINUTE)], ['', '', text]);
    const fixed = unwrap(await correctReply(t.db, { dealId: deal.id, as: 'answer' }, NOW + HOUR));
    expect(fixed).toMatchObject({ status: 'replied', pausedUntil: null });
    expect(fixed.replyDecision).toMatchObject({ kind: 'answer', corrected: true });
    expect(await pendingOf(deal.id)).toBe(0);
    expect((await eventsForDeal(t.db, deal.id)).map((e) => e.type)).toContain('reply');
    // Nothing left to correct that way.
    expect((await correctReply(t.db, { dealId: deal.id, as: 'answer' }, NOW + HOUR)).ok).toBe(false);
  });

  it('“It was automatic” brings the stopped cadence back, paused until the day the rep picks', async () => {
    const deal = await dealSeeing(FIRST);
    const due = await pendingOf(deal.id);
    await report(
      deal,
      [...FIRST, msg('id:c', CONTACT, NOW + MINUTE)],
      ['', '', 'Sounds good, talk Thursday.'],
    );
    expect(await pendingOf(deal.id)).toBe(0);
    const until = NOW + 5 * DAY;
    const fixed = unwrap(await correctReply(t.db, { dealId: deal.id, as: 'automatic', until }, NOW + HOUR));
    expect(fixed).toMatchObject({ status: 'paused', pausedUntil: until, pauseReason: 'out-of-office' });
    expect(fixed.cadence).toEqual(deal.cadence);
    expect(fixed.replyDecision).toMatchObject({ kind: 'auto-reply', corrected: true });
    const types = (await eventsForDeal(t.db, deal.id)).map((e) => e.type);
    expect(types).toContain('reply');
    expect(types.at(-1) === 'paused' || types.includes('paused')).toBe(true);
    // The pause ends by itself on that day: the follow-ups fall due again.
    expect(await resumeEnded(until)).toBe(1);
    expect(await pendingOf(deal.id)).toBe(due);
    // A day in the past is refused.
    expect((await correctReply(t.db, { dealId: deal.id, as: 'automatic', until: NOW }, NOW + HOUR)).ok).toBe(
      false,
    );
  });
});

describe('“It was automatic” until a day the rep picks', () => {
  it('pauses until that day’s follow-up moment on the rep’s calendar, a weekend day moving to Monday', async () => {
    unwrap(await saveSettings(t.db, { timeZone: 'Europe/Paris' }, NOW));
    const deal = await dealSeeing(FIRST);
    await report(deal, [...FIRST, msg('id:c', CONTACT, NOW + MINUTE)], ['', '', 'Sounds good.']);
    // Saturday 14 March 2026: the rep's next working day is Monday 16, at 09:00 in Paris (UTC+1).
    const fixed = unwrap(
      await correctReply(t.db, { dealId: deal.id, as: 'automatic', returnDay: '2026-03-14' }, NOW + HOUR),
    );
    expect(fixed).toMatchObject({ status: 'paused', pauseReason: 'out-of-office' });
    expect(new Date(fixed.pausedUntil ?? 0).toISOString()).toBe('2026-03-16T08:00:00.000Z');
  });

  it('refuses today or a day before (the pause would already be over)', async () => {
    unwrap(await saveSettings(t.db, { timeZone: 'Europe/Paris' }, NOW));
    const deal = await dealSeeing(FIRST);
    await report(deal, [...FIRST, msg('id:c', CONTACT, NOW + MINUTE)], ['', '', 'Sounds good.']);
    for (const returnDay of ['2026-03-03', '2026-03-01']) {
      const result = await correctReply(t.db, { dealId: deal.id, as: 'automatic', returnDay }, NOW + HOUR);
      expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
    expect((await getDeal(t.db, deal.id))?.status).toBe('replied');
  });
});

describe('automatic replies seen outside the thread', () => {
  it('pauses until the day back from an automatic reply in Gmail’s feed, instead of a likely reply', async () => {
    unwrap(await saveSettings(t.db, { timeZone: 'Europe/Paris' }, NOW));
    const deal = await activeDeal();
    const xml = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Gmail</title><entry><title>Automatic reply: Security review</title><summary>I am out of the office until Monday 16 March 2026.</summary><issued>2026-03-03T10:00:00Z</issued><id>tag:ooo</id><author><name>Dana</name><email>${CONTACT}</email></author></entry></feed>`;
    expect((await checkGmailFeeds(async () => xml, NOW + HOUR)).flagged).toEqual([deal.id]);
    const stored = await getDeal(t.db, deal.id);
    expect(stored).toMatchObject({ status: 'paused', pauseReason: 'out-of-office', replyLikely: null });
    expect(stored?.pausedUntil).toBe(Date.UTC(2026, 2, 16, 8, 0));
    expect(stored?.replyDecision).toMatchObject({ kind: 'auto-reply', returnDay: '2026-03-16' });
    expect(await countReplyLikely(t.db)).toBe(0);
  });

  it('pauses a week from an Outlook row whose subject says it is automatic', async () => {
    const deal = await activeDeal();
    const rows = [
      { from: { name: 'Dana', email: CONTACT }, subject: 'Automatic reply: Security review', unread: true },
    ];
    expect((await applyListRows(rows, NOW)).flagged).toEqual([deal.id]);
    expect(await getDeal(t.db, deal.id)).toMatchObject({
      status: 'paused',
      pauseReason: 'out-of-office',
      pausedUntil: NOW + 7 * DAY,
      replyLikely: null,
    });
  });
});
