import { addYears } from 'date-fns';
import { describe, expect, it, vi } from 'vitest';
import { getDeal, getDealByThread } from '../db/deals';
import { eventsForDeal } from '../db/events';
import { DAY, HOUR, NOW, setUpTestDb } from '../db/test-support';
import type { NextStep } from '../model';
import { LIMITS } from '../model/limits';
import { recordSeenMessages, setNextStep, trackThread, updateDeal } from './deals';
import { unwrap } from './result';
import { THREAD, trackSample } from './test-support';

const t = setUpTestDb();

describe('trackThread', () => {
  it('creates an active deal in the lead stage, with a lower-cased email and a company from the domain', async () => {
    const { deal, created } = unwrap(await trackThread(t.db, THREAD, NOW));
    expect(created).toBe(true);
    expect(deal).toMatchObject({
      threads: [
        {
          provider: 'gmail',
          threadId: THREAD.threadId,
          url: THREAD.url,
          subject: THREAD.subject,
          account: 'jordan.lee@acme.test',
        },
      ],
      threadKeys: [`gmail:${THREAD.threadId}`],
      contact: { name: 'Dana Whitfield', email: 'dana.whitfield@northwind-labs.test', phone: '' },
      company: 'Northwind Labs',
      companyGuessed: true,
      offer: '',
      value: null,
      stageId: 'lead',
      stageEnteredAt: NOW,
      doneActionIds: [],
      nextStep: null,
      cadence: null,
      status: 'active',
      pausedAt: null,
      pauseReason: null,
      seenMessageCount: 2,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(deal.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getDeal(t.db, deal.id)).toEqual(deal);
    const events = await eventsForDeal(t.db, deal.id);
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ['tracked', {}],
      ['stage-changed', { from: null, to: 'lead' }],
    ]);
  });

  it('keeps a given company and the phone, and leaves the company empty for a public mailbox', async () => {
    const given = await trackSample(t.db, {
      threadId: 'a',
      company: 'Contoso',
      contact: { ...THREAD.contact, phone: ' +33 6 ' },
    });
    expect(given.company).toBe('Contoso');
    expect(given.companyGuessed).toBe(false);
    expect(given.contact.phone).toBe('+33 6');
    const publicMailbox = await trackSample(t.db, {
      threadId: 'b',
      contact: { name: 'D', email: 'dana@gmail.com' },
    });
    expect(publicMailbox.company).toBe('');
    expect(publicMailbox.companyGuessed).toBe(false);
  });

  it('confirms a guessed company once the rep edits it (or sends it unchanged)', async () => {
    const deal = await trackSample(t.db);
    expect(deal.companyGuessed).toBe(true);
    const offerOnly = unwrap(await updateDeal(t.db, { dealId: deal.id, patch: { offer: 'Audit' } }, NOW));
    expect(offerOnly.companyGuessed).toBe(true);
    const confirmed = unwrap(
      await updateDeal(t.db, { dealId: deal.id, patch: { company: deal.company } }, NOW + HOUR),
    );
    expect(confirmed).toMatchObject({ company: 'Northwind Labs', companyGuessed: false });
  });

  it('returns the same deal when called twice in a row, refreshing url, subject and account', async () => {
    const first = unwrap(await trackThread(t.db, THREAD, NOW));
    const again = unwrap(await trackThread(t.db, THREAD, NOW + HOUR));
    expect(again).toEqual({ deal: first.deal, created: false });

    const moved = unwrap(
      await trackThread(
        t.db,
        {
          ...THREAD,
          url: 'https://mail.google.com/mail/u/1/#inbox/x',
          subject: 'Re: rollout',
          account: null,
        },
        NOW + 2 * HOUR,
      ),
    );
    expect(moved.created).toBe(false);
    expect(moved.deal).toMatchObject({
      id: first.deal.id,
      threads: [
        {
          provider: 'gmail',
          threadId: THREAD.threadId,
          url: 'https://mail.google.com/mail/u/1/#inbox/x',
          subject: 'Re: rollout',
          account: 'jordan.lee@acme.test', // an unreadable account keeps the known one
        },
      ],
      updatedAt: NOW + 2 * HOUR,
    });
    expect(await t.db.deals.count()).toBe(1);
    expect((await eventsForDeal(t.db, first.deal.id)).filter((e) => e.type === 'tracked')).toHaveLength(1);
  });

  it('creates one deal when two calls for the same thread run at once', async () => {
    const add = vi.spyOn(t.db.deals, 'add');
    const results = (await Promise.all([trackThread(t.db, THREAD, NOW), trackThread(t.db, THREAD, NOW)])).map(
      unwrap,
    );
    expect(await t.db.deals.count()).toBe(1);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(results[0]?.deal.id).toBe(results[1]?.deal.id);
    // Both missed the look-up and tried to insert: the unique index made the loser return the winner.
    expect(add).toHaveBeenCalledTimes(2);
    expect(await t.db.events.where('type').equals('tracked').count()).toBe(1);
  });

  it('creates one deal for five concurrent calls, and distinct deals for distinct threads', async () => {
    const same = (await Promise.all(Array.from({ length: 5 }, () => trackThread(t.db, THREAD, NOW)))).map(
      unwrap,
    );
    expect(new Set(same.map((r) => r.deal.id)).size).toBe(1);
    await Promise.all([trackSample(t.db, { threadId: 'other' }), trackSample(t.db, { provider: 'outlook' })]);
    expect(await t.db.deals.count()).toBe(3);
  });

  it('uses the lowest-order open stage when there is no lead stage', async () => {
    await t.db.stages.delete('lead');
    await t.db.stages.update('meeting', { order: 1 });
    expect((await trackSample(t.db)).stageId).toBe('meeting');
  });

  it('fails with not-found when no open stage exists, writing nothing', async () => {
    const open = (await t.db.stages.toArray()).filter((s) => s.kind === 'open').map((s) => s.id);
    await t.db.stages.bulkDelete(open);
    expect(await trackThread(t.db, THREAD, NOW)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await t.db.deals.count()).toBe(0);
    expect(await t.db.events.count()).toBe(0);
  });

  it('rejects an empty thread id', async () => {
    expect(await trackThread(t.db, { ...THREAD, threadId: ' ' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});

describe('the index keys (schema v6) follow the contact and the threads', () => {
  it('are written on tracking, kept when the thread moves to another mailbox, and when the contact is edited', async () => {
    const { deal } = unwrap(await trackThread(t.db, THREAD, NOW));
    expect(deal).toMatchObject({
      gmailAccounts: [0],
      prospectKeys: [
        'email:dana.whitfield@northwind-labs.test',
        'domain:northwind-labs.test',
        'name:Dana Whitfield',
      ],
    });
    // The webmail now gives the thread's URL in the second mailbox.
    const moved = unwrap(
      await trackThread(
        t.db,
        { ...THREAD, url: 'https://mail.google.com/mail/u/1/#inbox/FMfcgz' },
        NOW + HOUR,
      ),
    ).deal;
    expect(moved.gmailAccounts).toEqual([1]);
    const edited = unwrap(
      await updateDeal(
        t.db,
        { dealId: deal.id, patch: { contact: { name: 'Dana W.', email: 'Dana@Gmail.com', phone: '' } } },
        NOW + 2 * HOUR,
      ),
    );
    expect(edited.prospectKeys).toEqual(['email:dana@gmail.com', 'name:Dana W.']);
    expect(await getDeal(t.db, deal.id)).toMatchObject({
      gmailAccounts: [1],
      prospectKeys: ['email:dana@gmail.com', 'name:Dana W.'],
    });
    // A patch without the contact leaves them as they are.
    unwrap(await updateDeal(t.db, { dealId: deal.id, patch: { offer: 'Audit' } }, NOW + 3 * HOUR));
    expect((await getDeal(t.db, deal.id))?.prospectKeys).toEqual(['email:dana@gmail.com', 'name:Dana W.']);
  });
});

describe('getDealByThread', () => {
  it('finds a deal by provider and thread id only', async () => {
    const deal = await trackSample(t.db);
    expect(await getDealByThread(t.db, 'gmail', THREAD.threadId)).toEqual(deal);
    expect(await getDealByThread(t.db, 'outlook', THREAD.threadId)).toBeUndefined();
    expect(await getDeal(t.db, 'nope')).toBeUndefined();
  });
});

describe('updateDeal', () => {
  it('saves a valid patch, normalising email and currency', async () => {
    const deal = await trackSample(t.db);
    const next = unwrap(
      await updateDeal(
        t.db,
        {
          dealId: deal.id,
          patch: {
            contact: { name: ' Dana W. ', email: ' DANA@Northwind.test ', phone: '+33 1 23' },
            company: 'Northwind',
            offer: ' 40 seats ',
            value: { amount: 12_000, currency: 'eur' },
            doneActionIds: ['lead-source', 'lead-source', 'lead-details'],
          },
        },
        NOW + HOUR,
      ),
    );
    expect(next).toMatchObject({
      contact: { name: 'Dana W.', email: 'dana@northwind.test', phone: '+33 1 23' },
      company: 'Northwind',
      offer: '40 seats',
      value: { amount: 12_000, currency: 'EUR' },
      doneActionIds: ['lead-source', 'lead-details'],
      updatedAt: NOW + HOUR,
    });
    expect(await getDeal(t.db, deal.id)).toEqual(next);
    expect(
      unwrap(
        await updateDeal(
          t.db,
          { dealId: deal.id, patch: { value: null, contact: { name: '', email: '', phone: '' } } },
          NOW,
        ),
      ).value,
    ).toBeNull();
  });

  it.each([
    ['a malformed email', { contact: { name: 'D', email: 'dana@', phone: '' } }],
    ['an email with a space', { contact: { name: 'D', email: 'da na@x.test', phone: '' } }],
    ['a negative value', { value: { amount: -1, currency: 'EUR' } }],
    ['an infinite value', { value: { amount: Number.POSITIVE_INFINITY, currency: 'EUR' } }],
    ['NaN', { value: { amount: Number.NaN, currency: 'EUR' } }],
    ['a 2-letter currency', { value: { amount: 1, currency: 'EU' } }],
    ['a currency with digits', { value: { amount: 1, currency: 'E1R' } }],
  ])('rejects %s with invalid and changes nothing', async (_, patch) => {
    const deal = await trackSample(t.db);
    const result = await updateDeal(t.db, { dealId: deal.id, patch }, NOW + HOUR);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await getDeal(t.db, deal.id)).toEqual(deal);
  });

  it('answers an unknown deal with not-found', async () => {
    expect(await updateDeal(t.db, { dealId: 'nope', patch: { offer: 'x' } }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('setNextStep', () => {
  const step: NextStep = {
    at: NOW + 2 * DAY,
    channel: 'phone',
    repAction: ' Send the pricing grid ',
    prospectAction: 'Ask the CFO',
    reason: 'Budget meeting on Thursday',
  };

  it('saves a future next step and logs it', async () => {
    const deal = await trackSample(t.db);
    const next = unwrap(await setNextStep(t.db, { dealId: deal.id, nextStep: step }, NOW + HOUR));
    expect(next.nextStep).toEqual({ ...step, repAction: 'Send the pricing grid' });
    expect(next.updatedAt).toBe(NOW + HOUR);
    const events = await eventsForDeal(t.db, deal.id);
    expect(events.at(-1)).toMatchObject({
      type: 'next-step-set',
      at: NOW + HOUR,
      data: { at: step.at, channel: 'phone' },
    });
  });

  it.each([
    ['in the past', NOW - 1],
    ['exactly now', NOW],
  ])('refuses a next step %s with past-date', async (_, at) => {
    const deal = await trackSample(t.db);
    const result = await setNextStep(t.db, { dealId: deal.id, nextStep: { ...step, at } }, NOW);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'past-date', message: 'The next step is in the past — pick a later date.' },
    });
    expect((await getDeal(t.db, deal.id))?.nextStep).toBeNull();
  });

  it('takes a next step two years ahead, and refuses one a minute later', async () => {
    const deal = await trackSample(t.db);
    const limit = addYears(NOW, LIMITS.nextStepYears).getTime();
    const taken = unwrap(await setNextStep(t.db, { dealId: deal.id, nextStep: { ...step, at: limit } }, NOW));
    expect(taken.nextStep?.at).toBe(limit);
    expect(
      await setNextStep(t.db, { dealId: deal.id, nextStep: { ...step, at: limit + 60_000 } }, NOW),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        message: 'The next step is more than two years away — pick an earlier date.',
      },
    });
    expect((await getDeal(t.db, deal.id))?.nextStep?.at).toBe(limit);
  });

  it('answers an unknown deal with not-found', async () => {
    expect(await setNextStep(t.db, { dealId: 'nope', nextStep: step }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('recordSeenMessages', () => {
  it('stores the count, and writes nothing when it did not change', async () => {
    const deal = await trackSample(t.db);
    expect(await recordSeenMessages(t.db, deal.id, 2, NOW + HOUR)).toEqual(deal);
    const next = await recordSeenMessages(t.db, deal.id, 4, NOW + HOUR);
    expect(next).toMatchObject({ seenMessageCount: 4, updatedAt: NOW + HOUR });
    expect(await getDeal(t.db, deal.id)).toEqual(next);
  });

  it('rejects a count that is not a whole number, and an unknown deal', async () => {
    const deal = await trackSample(t.db);
    await expect(recordSeenMessages(t.db, deal.id, -1, NOW)).rejects.toMatchObject({ code: 'invalid' });
    await expect(recordSeenMessages(t.db, deal.id, 1.5, NOW)).rejects.toMatchObject({ code: 'invalid' });
    await expect(recordSeenMessages(t.db, 'nope', 1, NOW)).rejects.toMatchObject({ code: 'not-found' });
  });
});
