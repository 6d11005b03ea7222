// The deals' reads the badge, the popup's "Needs you" and its appointments make at every recompute
// or clock tick: each one index request (schema v3's replyLikely.at, nextStep.at; v5's pausedUntil and
// [templateKind+status]), so their cost
// follows what they answer, never the size of the pipeline. The safety alarm's Gmail-feed check and
// Outlook's list rows (schema v6's [status+gmailAccounts] and prospectKeys): index keys only while
// nothing is new, then only the deals a new message may be from.
import type { DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Deal } from '../model';
import { loadAppointments } from '../popup/queries';
import { checkGmailFeeds } from '../services/gmail-feed';
import { markWon } from '../services/lifecycle';
import { reportListRows } from '../services/replies';
import { unwrap } from '../services/result';
import { trackSample } from '../services/test-support';
import {
  countReplyLikely,
  dealsPausedUntilBy,
  dealsWithNextStepBetween,
  dealsWithReplyToConfirm,
} from './deals';
import { FEED_SEEN_KEY, LIST_SEEN_KEY, putMeta } from './meta';
import { followUpsOfKind } from './queries';
import { AppDB } from './schema';
import { DAY, HOUR, NOW, setUpTestDb } from './test-support';

const t = setUpTestDb();

/**
 * What a second connection asks its tables for: "count deals replyLikely.at", "query deals
 * nextStep.at" ("… (keys)" when no record is asked for), and the ids of the deal records it got.
 */
function spied(name: string): { db: AppDB; calls: string[]; dealsRead: Set<string> } {
  const calls: string[] = [];
  const dealsRead = new Set<string>();
  const readIds = (table: string, records: readonly unknown[]) => {
    if (table !== 'deals') return;
    for (const r of records) if (r && typeof r === 'object' && 'id' in r) dealsRead.add(String(r.id));
  };
  // Middleware must be in place before a connection opens.
  const db = new AppDB(name);
  db.use({
    stack: 'dbcore',
    name: 'spy',
    create: (down) => ({
      ...down,
      table: (table: string): DBCoreTable => {
        const inner = down.table(table);
        const log = <T>(what: string, index: string | null | undefined, answer: T, keysOnly = false): T => {
          calls.push(`${what} ${table}${index ? ` ${index}` : ''}${keysOnly ? ' (keys)' : ''}`);
          return answer;
        };
        return {
          ...inner,
          count: (req) => log('count', req.query.index.name, inner.count(req)),
          query: (req) =>
            log(
              'query',
              req.query.index.name,
              inner.query(req).then((answer) => {
                if (req.values) readIds(table, answer.result);
                return answer;
              }),
              !req.values,
            ),
          openCursor: (req) => log('cursor', req.query.index.name, inner.openCursor(req), !req.values),
          get: (req) =>
            log(
              'get',
              null,
              inner.get(req).then((record) => {
                readIds(table, [record]);
                return record;
              }),
            ),
          getMany: (req) =>
            log(
              'getMany',
              null,
              inner.getMany(req).then((records) => {
                readIds(table, records);
                return records;
              }),
            ),
        };
      },
    }),
  });
  return { db, calls, dealsRead };
}

const step = { channel: 'phone' as const, repAction: 'Call', prospectAction: '', reason: '' };

/** Six deals, next steps at these offsets from NOW (null: none); two paused for a likely reply, one for another reason. */
async function pipeline(): Promise<Deal[]> {
  const offsets = [2 * HOUR, null, -3 * HOUR, 2 * DAY, 5 * HOUR, -2 * DAY];
  const deals: Deal[] = [];
  for (const [i, offset] of offsets.entries()) {
    const deal = await trackSample(t.db, { threadId: `t-${i}` });
    if (offset !== null) await t.db.deals.update(deal.id, { nextStep: { ...step, at: NOW + offset } });
    deals.push(deal);
  }
  const likely = (at: number) => ({ at, from: 'x@northwind.test', source: 'gmail-feed' as const });
  const [a, b, c] = deals;
  if (a) await t.db.deals.update(a.id, { status: 'paused', pausedAt: NOW, replyLikely: likely(NOW) });
  if (b) await t.db.deals.update(b.id, { status: 'paused', pausedAt: NOW, replyLikely: likely(NOW - DAY) });
  if (c) await t.db.deals.update(c.id, { status: 'paused', pausedAt: NOW });
  return deals;
}

describe('deals by index, no scan', () => {
  it('countReplyLikely: one index count, no record read', async () => {
    await pipeline();
    const { db, calls } = spied(t.db.name);
    try {
      expect(await countReplyLikely(db)).toBe(2);
      expect(calls).toEqual(['count deals replyLikely.at']);
    } finally {
      db.close();
    }
  });

  it('dealsWithReplyToConfirm: one range of the index, oldest likely reply first', async () => {
    const [a, b] = await pipeline();
    const { db, calls } = spied(t.db.name);
    try {
      expect((await dealsWithReplyToConfirm(db)).map((d) => d.id)).toEqual([b?.id, a?.id]);
      expect(calls).toEqual(['query deals replyLikely.at']);
    } finally {
      db.close();
    }
  });

  it('dealsWithNextStepBetween: one range of the index, bounds included, earliest first', async () => {
    await pipeline();
    const { db, calls } = spied(t.db.name);
    try {
      const at = async (from: number, to: number) =>
        (await dealsWithNextStepBetween(db, from, to)).map((d) => (d.nextStep?.at ?? 0) - NOW);
      expect(await at(NOW - 3 * HOUR, NOW + 5 * HOUR)).toEqual([-3 * HOUR, 2 * HOUR, 5 * HOUR]);
      expect(calls).toEqual(['query deals nextStep.at']);
      expect(await at(NOW + 6 * HOUR, NOW + 3 * DAY)).toEqual([2 * DAY]);
    } finally {
      db.close();
    }
  });

  it('loadAppointments: the settings, then one range of nextStep.at (never every deal)', async () => {
    await pipeline();
    const { db, calls } = spied(t.db.name);
    try {
      await loadAppointments(db, NOW);
      expect(calls.filter((c) => c.includes('deals'))).toEqual(['query deals nextStep.at']);
      expect(calls.every((c) => c === 'query deals nextStep.at' || c.endsWith('settings'))).toBe(true);
    } finally {
      db.close();
    }
  });

  it('dealsPausedUntilBy: one range of pausedUntil, the ended pauses of paused deals only', async () => {
    const [a, b, c, d] = await pipeline();
    // a: paused, back an hour ago; c: paused, back tomorrow; d: active with a stale date (not paused).
    if (a) await t.db.deals.update(a.id, { pausedUntil: NOW - HOUR });
    if (c) await t.db.deals.update(c.id, { pausedUntil: NOW + DAY });
    if (d) await t.db.deals.update(d.id, { pausedUntil: NOW - DAY });
    const { db, calls } = spied(t.db.name);
    try {
      expect((await dealsPausedUntilBy(db, NOW)).map((x) => x.id)).toEqual([a?.id]);
      expect(calls).toEqual(['query deals pausedUntil']);
      expect((await dealsPausedUntilBy(db, NOW + 2 * DAY)).map((x) => x.id)).toEqual([a?.id, c?.id]);
      expect(b?.id).toBeDefined();
    } finally {
      db.close();
    }
  });

  it('followUpsOfKind: one lookup of [templateKind+status], no other follow-up read', async () => {
    const [a, b] = await pipeline();
    const base = {
      cadenceId: null,
      stepIndex: 0,
      stepCount: 1,
      dueAt: NOW,
      channel: 'email' as const,
      snoozedFrom: null,
      handledAt: NOW,
      note: '',
      createdAt: NOW,
    };
    await t.db.followUps.bulkAdd([
      { ...base, id: 'f-breakup-done', dealId: a?.id ?? '', templateKind: 'breakup', status: 'done' },
      { ...base, id: 'f-breakup-due', dealId: a?.id ?? '', templateKind: 'breakup', status: 'due' },
      { ...base, id: 'f-relance-done', dealId: b?.id ?? '', templateKind: 'relance', status: 'done' },
      { ...base, id: 'f-none-done', dealId: b?.id ?? '', templateKind: null, status: 'done' },
    ]);
    const { db, calls } = spied(t.db.name);
    try {
      expect((await followUpsOfKind(db, 'breakup', 'done')).map((f) => f.id)).toEqual(['f-breakup-done']);
      expect(calls).toEqual(['query followUps [templateKind+status]']);
    } finally {
      db.close();
    }
  });
});

/** Gmail's Atom feed of unread mail with these entries (issued after NOW, when the deals were tracked). */
const feed = (entries: { email: string; id: string }[]) =>
  `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Gmail</title>${entries
    .map(
      (e) =>
        `<entry><title>Re: Offer</title><summary>Hi</summary><issued>2026-03-03T10:00:00Z</issued><id>${e.id}</id><author><name>X</name><email>${e.email}</email></author></entry>`,
    )
    .join('')}</feed>`;

/**
 * Ten deals at ten other companies, in mailboxes 0 and 3, and the ones a message from Northwind may
 * be from: Dana (active, mailbox 0), Sam (paused by hand, mailbox 5: not a mailbox to watch), Kim
 * (signed: read, never changed).
 */
async function replyPipeline() {
  for (let i = 0; i < 10; i++) {
    await trackSample(t.db, {
      threadId: `other-${i}`,
      url: `https://mail.google.com/mail/u/${i % 2 === 0 ? 0 : 3}/#inbox/other-${i}`,
      contact: { name: `Prospect ${i}`, email: `p${i}@company-${i}.test` },
    });
  }
  const dana = await trackSample(t.db);
  const sam = await trackSample(t.db, {
    threadId: 'sam',
    url: 'https://mail.google.com/mail/u/5/#inbox/sam',
    contact: { name: 'Sam Ortiz', email: 'sam@northwind-labs.test' },
  });
  await t.db.deals.update(sam.id, { status: 'paused', pausedAt: NOW });
  const kim = await trackSample(t.db, {
    threadId: 'kim',
    contact: { name: 'Kim Lee', email: 'kim@northwind-labs.test' },
  });
  unwrap(await markWon(t.db, { dealId: kim.id }, NOW));
  return { dana, sam, kim };
}

describe('the reply checks read by index, never every deal', () => {
  it('checkGmailFeeds: the mailboxes from the index’s keys; nothing new in the feed, no deal record read', async () => {
    await replyPipeline();
    await putMeta(t.db, FEED_SEEN_KEY, ['tag:old']);
    const { db, calls, dealsRead } = spied(t.db.name);
    try {
      const fetched: number[] = [];
      const fetchFeed = async (index: number) => {
        fetched.push(index);
        return feed([{ email: 'dana.whitfield@northwind-labs.test', id: 'tag:old' }]);
      };
      expect(unwrap(await checkGmailFeeds(db, { fetchFeed }, NOW + HOUR)).flagged).toEqual([]);
      expect(fetched).toEqual([0, 3]);
      expect(calls.filter((c) => c.includes('deals'))).toEqual([
        'cursor deals [status+gmailAccounts] (keys)',
      ]);
      expect([...dealsRead]).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('checkGmailFeeds: a new entry reads only the deals it may be from (by prospectKeys), and flags the waiting one', async () => {
    const { dana, sam, kim } = await replyPipeline();
    const { db, calls, dealsRead } = spied(t.db.name);
    try {
      const xml = feed([{ email: 'alex@northwind-labs.test', id: 'tag:new' }]);
      const result = unwrap(await checkGmailFeeds(db, { fetchFeed: async () => xml }, NOW + HOUR));
      // Dana's and Sam's company wrote: both are waiting (Sam paused by hand), once each, Dana first.
      expect(result.flagged).toEqual([dana.id, sam.id]);
      expect([...dealsRead].sort()).toEqual([dana.id, sam.id, kim.id].sort());
      const dealReads = calls.filter((c) => c.includes('deals'));
      expect(dealReads.slice(0, 3)).toEqual([
        'cursor deals [status+gmailAccounts] (keys)',
        'query deals prospectKeys',
        'query deals prospectKeys',
      ]);
      // Then each flagged deal read by its id, for its pause: nothing else of the table.
      expect(dealReads.slice(3).every((c) => c === 'get deals' || c === 'getMany deals')).toBe(true);
      expect((await t.db.deals.get(kim.id))?.status).toBe('won');
    } finally {
      db.close();
    }
  });

  it('reportListRows: rows already seen read no deal; a new name-only row reads the deals of that name', async () => {
    const { sam } = await replyPipeline();
    const row = (name: string, email: string, subject: string) => ({
      from: { name, email },
      subject,
      unread: true,
    });
    await putMeta(t.db, LIST_SEEN_KEY, ['dana.whitfield@northwind-labs.test|Re: Offer']);
    const { db, calls, dealsRead } = spied(t.db.name);
    try {
      const seen = [row('Dana', 'dana.whitfield@northwind-labs.test', 'Re: Offer')];
      expect(unwrap(await reportListRows(db, { rows: seen }, NOW + HOUR)).flagged).toEqual([]);
      expect(calls.filter((c) => c.includes('deals'))).toEqual([]);

      const named = [row('Sam Ortiz', '', 'Re: Fleet')];
      expect(unwrap(await reportListRows(db, { rows: named }, NOW + HOUR)).flagged).toEqual([sam.id]);
      expect([...dealsRead]).toEqual([sam.id]);
      expect(calls.filter((c) => c.includes('deals'))[0]).toBe('query deals prospectKeys');
    } finally {
      db.close();
    }
  });
});
