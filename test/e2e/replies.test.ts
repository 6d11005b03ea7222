// Never follow up on someone who answered, end to end: an out-of-office in the thread pauses the
// cadence until the prospect is back; an unread message in Gmail's feed, or an unread row in
// Outlook's list, pauses the deal as "reply likely" without opening the thread; no notification
// or badge count for a follow-up of a deal whose reply was detected.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/chromium.mjs';
import { launchRelance, type Relance } from './harness';
import {
  fireAlarmAndWait,
  navigateInPlace,
  panelOf,
  readTable,
  trackAndSchedule as trackAndScheduleIn,
  waitForWorker,
  workerStats,
} from './helpers';

interface Deal {
  id: string;
  /** "gmail:<threadId>" for each of the deal's threads. */
  threadKeys: string[];
  status: string;
  pauseReason: string | null;
  pausedUntil: number | null;
  replyLikely: { from: string; source: string } | null;
  contact: { email: string };
}
interface FollowUp {
  id: string;
  dealId: string;
  status: string;
}

let relance: Relance;
let extensionPage: Page;

const deals = () => readTable<Deal>(extensionPage, 'deals');
const dealOf = async (threadId: string) =>
  (await deals()).find((d) => d.threadKeys.some((k) => k.endsWith(`:${threadId}`)));
const followUpsOf = async (dealId: string) =>
  (await readTable<FollowUp>(extensionPage, 'followUps')).filter((f) => f.dealId === dealId);
const badge = async () => (await relance.serviceWorker()).evaluate(() => chrome.action.getBadgeText({}));
const notificationIds = async () =>
  Object.keys(await (await relance.serviceWorker()).evaluate(() => chrome.notifications.getAll()));

/** What the badge must say: follow-ups due by the end of today, plus likely replies to confirm. */
async function expectedBadge(): Promise<number> {
  const endOfToday = new Date();
  endOfToday.setHours(23, 59, 59, 999);
  const due = (await readTable<FollowUp & { dueAt: number }>(extensionPage, 'followUps')).filter(
    (f) => f.status === 'due' && f.dueAt <= endOfToday.getTime(),
  ).length;
  return due + (await deals()).filter((d) => d.status === 'paused' && d.replyLikely).length;
}

function trackAndSchedule(name: string): Promise<Page> {
  return trackAndScheduleIn(relance, name);
}

beforeAll(async () => {
  relance = await launchRelance();
  extensionPage = await relance.openOptions();
});
afterAll(async () => {
  await relance?.close();
});

describe('replies and out-of-office replies', () => {
  it('does not take the older messages the rep unfolds ("3 older messages") for new mail', async () => {
    // x11: six messages, three folded in a bundle (no key); x12: the same thread, bundle opened.
    const threadId = '19a2c1f0a1b2c301';
    const seenKeys = async () =>
      (await readTable<{ threadKey: string; keys: string[] }>(extensionPage, 'seenMessages')).find(
        (r) => r.threadKey === `gmail:${threadId}`,
      )?.keys ?? [];
    const page = await trackAndSchedule('gmail-x11-super-collapsed');
    const deal = await dealOf(threadId);
    expect(deal?.status).toBe('active');
    const due = (await followUpsOf(deal?.id ?? '')).filter((f) => f.status === 'due').length;
    const tracked = await seenKeys();
    expect(tracked.length).toBe(3);

    const before = await workerStats(relance);
    await navigateInPlace(relance, page, 'gmail-x12-super-collapsed-expanded');
    // The panel reports the page's new keys, and the worker records them without calling them new.
    await waitForWorker(
      relance,
      before,
      (now, base) => (now.messages.reportMessages ?? 0) > (base.messages.reportMessages ?? 0),
    );
    await expect.poll(async () => (await seenKeys()).length).toBe(6);
    expect((await seenKeys()).slice(0, 3)).toEqual(tracked);
    expect(await dealOf(threadId)).toMatchObject({ status: 'active', pauseReason: null });
    expect((await followUpsOf(deal?.id ?? '')).filter((f) => f.status === 'due').length).toBe(due);
    await page.close();
  });

  it('pauses the cadence until the return date of an out-of-office, without calling it an answer', async () => {
    const page = await trackAndSchedule('gmail-x08-before-answer');
    await navigateInPlace(relance, page, 'gmail-x10-out-of-office');
    const panel = panelOf(page);
    await expect
      .poll(() => panel.locator('[data-testid=out-of-office]').isVisible(), { timeout: 10_000 })
      .toBe(true);
    const deal = await dealOf('19a68e3a2c7d51b0');
    expect(deal).toMatchObject({ status: 'paused', pauseReason: 'out-of-office', replyLikely: null });
    // "until Monday, December 14, 2026": that day at the follow-up hour (09:00 local), while it is
    // ahead; once it has passed, a week from now.
    const back = new Date(2026, 11, 14, 9, 0).getTime();
    if (Date.now() < back) expect(deal?.pausedUntil).toBe(back);
    else expect(deal?.pausedUntil).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const pending = await followUpsOf(deal?.id ?? '');
    expect(pending.filter((f) => f.status === 'due')).toEqual([]);
    expect(pending.filter((f) => f.status === 'paused').length).toBeGreaterThan(0);
    await page.close();
  });

  it('pauses a Gmail deal from an unread message in the feed, without opening the thread, and the rep confirms', async () => {
    const page = await trackAndSchedule('gmail-04-alias-reply');
    const threadId = (
      await readFile(join(ROOT, 'test/fixtures/webmail/gmail-04-alias-reply.html'), 'utf8')
    ).match(/data-legacy-thread-id="([0-9a-f]+)"/)?.[1];
    await page.close();
    const deal = await dealOf(threadId ?? '');
    expect(deal?.status).toBe('active');
    expect(Number((await badge()) || '0')).toBe(await expectedBadge());

    const feed = await readFile(join(ROOT, 'test/fixtures/feeds/unread-from-prospect.xml'), 'utf8');
    relance.server.setResponse('mail.google.com', '/mail/u/0/feed/atom', {
      status: 200,
      contentType: 'application/atom+xml; charset=UTF-8',
      body: feed.replaceAll('{{ISSUED}}', new Date().toISOString()),
    });
    await relance.fireAlarm('relance:safety');
    await expect.poll(async () => (await dealOf(threadId ?? ''))?.status, { timeout: 10_000 }).toBe('paused');
    const paused = await dealOf(threadId ?? '');
    expect(paused?.replyLikely).toMatchObject({ from: 'sam.okafor@northwind.test', source: 'gmail-feed' });
    expect((await followUpsOf(deal?.id ?? '')).filter((f) => f.status === 'due')).toEqual([]);
    // The worker asked Gmail for the feed of the mailbox the deal came from.
    expect(relance.server.requests.some((r) => r.url.includes('mail.google.com/mail/u/0/feed/atom'))).toBe(
      true,
    );
    // The badge counts the likely reply (to confirm), and no longer the deal's follow-ups.
    await expect.poll(async () => Number((await badge()) || '0')).toBe(await expectedBadge());
    expect(await expectedBadge()).toBeGreaterThanOrEqual(1);

    // The popup lists it under "Needs you".
    const popup = await relance.openPopup();
    await popup
      .locator(`[data-testid=reply-likely-row][data-deal-id="${deal?.id}"]`)
      .waitFor({ timeout: 10_000 });
    await popup.close();

    // Opening the thread asks the rep to confirm; "not an answer" resumes the cadence.
    const again = await relance.openFixture('gmail-04-alias-reply');
    const panel = panelOf(again);
    await panel.locator('[data-testid=reply-likely]').waitFor({ timeout: 10_000 });
    await panel.locator('[data-testid=not-a-reply]').click();
    await expect.poll(async () => (await dealOf(threadId ?? ''))?.status).toBe('active');
    expect((await dealOf(threadId ?? ''))?.replyLikely).toBeNull();
    expect((await followUpsOf(deal?.id ?? '')).some((f) => f.status === 'due')).toBe(true);
    // The same feed entry does not pause it again: the alarm was handled, and the deal stayed active.
    await fireAlarmAndWait(relance, 'relance:safety');
    expect((await dealOf(threadId ?? ''))?.status).toBe('active');
    relance.server.setResponse('mail.google.com', '/mail/u/0/feed/atom', null);
    await again.close();
  });

  it('stays silent when the feed fails (signed out: a sign-in page)', async () => {
    relance.server.setResponse('mail.google.com', '/mail/u/0/feed/atom', {
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Sign in</title>',
    });
    const before = relance.workerErrors.length;
    const handled = await fireAlarmAndWait(relance, 'relance:safety');
    expect(relance.workerErrors.length).toBe(before);
    expect(handled.failures).toBe(0);
    relance.server.setResponse('mail.google.com', '/mail/u/0/feed/atom', null);
  });

  it('pauses an Outlook deal from an unread row of the message list', async () => {
    const page = await trackAndSchedule('outlook-extra-07-before-answer');
    await page.close();
    const threadId = 'AAQkADAwATM0MDAAMS1hYjM3LTk2ZDItMDACLTAwCgAQAJ8x4Lm2/nRJvKq0ZcW+T3o=';
    expect((await dealOf(threadId))?.status).toBe('active');
    const list = await relance.openFixture('outlook-extra-09-list-unread-reply');
    await expect
      .poll(async () => (await dealOf(threadId))?.replyLikely?.source, { timeout: 10_000 })
      .toBe('outlook-list');
    expect((await dealOf(threadId))?.status).toBe('paused');
    // Said like a reply seen in Gmail's feed: a notification for the deal.
    const paused = await dealOf(threadId);
    const worker = await relance.serviceWorker();
    await expect
      .poll(async () => Object.keys(await worker.evaluate(() => chrome.notifications.getAll())), {
        timeout: 10_000,
      })
      .toContain(`relance:reply:${paused?.id}`);
    await list.close();
    // From the popup, the rep confirms it was an answer: the cadence stops for good.
    const deal = await dealOf(threadId);
    const popup = await relance.openPopup();
    const row = popup.locator(`[data-testid=reply-likely-row][data-deal-id="${deal?.id}"]`);
    await row.getByTestId('confirm-reply').click({ timeout: 10_000 });
    await expect.poll(async () => (await dealOf(threadId))?.status).toBe('replied');
    await expect.poll(() => row.count()).toBe(0);
    await popup.close();
  });

  it('never notifies a follow-up of a deal that answered or is paused, and saw no error', async () => {
    await fireAlarmAndWait(relance, 'relance:next-due');
    const ids = await notificationIds();
    const followUps = await readTable<FollowUp>(extensionPage, 'followUps');
    const dealStatus = new Map((await deals()).map((d) => [d.id, d.status]));
    for (const id of ids.filter((n) => n.startsWith('follow-up:'))) {
      const f = followUps.find((x) => `follow-up:${x.id}` === id);
      expect(dealStatus.get(f?.dealId ?? '')).toBe('active');
    }
    expect(relance.webmailErrors).toEqual([]);
    expect(relance.workerErrors).toEqual([]);
  });
});
