// Concurrency, end to end: the same thread open in two tabs with "Schedule follow-up" confirmed in
// both at once gives one cadence, not two; Done in the popup while the due alarm fires gives one
// state, and the badge agrees with the database.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import {
  fireAlarmAndWait,
  openDetails,
  panelOf,
  readTable,
  send,
  value,
  waitForWorker,
  workerStats,
} from './helpers';

interface Deal {
  id: string;
  /** "gmail:<threadId>" for each of the deal's threads. */
  threadKeys: string[];
  status: string;
  replyLikely: unknown;
}
interface FollowUp {
  id: string;
  dealId: string;
  status: string;
  dueAt: number;
}
interface Event {
  dealId: string;
  type: string;
  data: Record<string, unknown>;
}

const THREAD = 'gmail-02-four-messages-cc';
const THREAD_ID = '19a68e3a2c7d51b0';

let relance: Relance;
let control: Page;

const followUpsOf = async (dealId: string) =>
  (await readTable<FollowUp>(control, 'followUps')).filter((f) => f.dealId === dealId);
const badge = async () => (await relance.serviceWorker()).evaluate(() => chrome.action.getBadgeText({}));

/** What the badge must say: follow-ups due by the end of today, plus likely replies to confirm. */
async function expectedBadge(): Promise<string> {
  const endOfToday = new Date();
  endOfToday.setHours(23, 59, 59, 999);
  const due = (await readTable<FollowUp>(control, 'followUps')).filter(
    (f) => f.status === 'due' && f.dueAt <= endOfToday.getTime(),
  ).length;
  const likely = (await readTable<Deal>(control, 'deals')).filter(
    (d) => d.status === 'paused' && d.replyLikely,
  ).length;
  return due + likely > 0 ? String(due + likely) : '';
}

beforeAll(async () => {
  relance = await launchRelance();
  control = await relance.openOptions();
});
afterAll(async () => {
  await relance?.close();
});

describe('concurrency', () => {
  it('schedules one cadence when the same thread confirms "Schedule follow-up" in two tabs at once', async () => {
    const first = await relance.openFixture(THREAD);
    await panelOf(first).locator('[data-testid=track]').click({ timeout: 10_000 });
    await openDetails(panelOf(first));
    await panelOf(first).locator('[data-testid=schedule]').waitFor();
    const second = await relance.openFixture(THREAD);
    const tabs = [first, second];
    // Both tabs show the tracked deal and the cadence's preview.
    for (const tab of tabs) {
      await panelOf(tab).locator('[data-testid=schedule]').click({ timeout: 10_000 });
      await expect
        .poll(() => panelOf(tab).locator('[data-testid=schedule-preview] li').count())
        .toBeGreaterThan(5);
    }
    const steps = await panelOf(first).locator('[data-testid=schedule-preview] li').count();
    expect(await panelOf(second).locator('[data-testid=schedule-preview] li').count()).toBe(steps);

    const before = await workerStats(relance);
    await Promise.all(tabs.map((tab) => panelOf(tab).locator('[data-testid=confirm-schedule]').click()));

    const deal = (await readTable<Deal>(control, 'deals')).find((d) =>
      d.threadKeys.some((k) => k.endsWith(`:${THREAD_ID}`)),
    );
    expect(deal).toBeDefined();
    const pending = async () => (await followUpsOf(deal?.id ?? '')).filter((f) => f.status === 'due');
    await expect.poll(async () => (await pending()).length, { timeout: 10_000 }).toBe(steps);
    // Settled: both confirmations were answered, and it stays one cadence.
    for (const tab of tabs)
      await expect.poll(() => panelOf(tab).locator('[data-testid=timeline-step]').count()).toBe(steps);
    await waitForWorker(
      relance,
      before,
      (now, base) => (now.messages.scheduleCadence ?? 0) >= (base.messages.scheduleCadence ?? 0) + 2,
    );
    const due = await pending();
    expect(due.length).toBe(steps);
    // One follow-up per step: no step scheduled twice.
    expect(new Set(due.map((f) => f.dueAt)).size).toBe(steps);
    await expect.poll(badge).toBe(await expectedBadge());
    await Promise.all(tabs.map((tab) => tab.close()));
  });

  it('ends a follow-up done once when Done in the popup meets the due alarm, with the badge in step', async () => {
    const snapshot = {
      provider: 'gmail',
      threadId: 'thread-race',
      subject: 'Re: Race conditions — proposal',
      account: 'jordan.lee@acme.test',
      messages: [
        { from: { name: 'Jordan Lee', email: 'jordan.lee@acme.test' }, to: [], cc: [], key: 'id:m1' },
      ],
      lastMessageFromAccount: true,
      hasCompose: false,
    };
    const { deal } = value<{ deal: { id: string } }>(
      await send(control, 'trackThread', {
        snapshot,
        url: 'https://mail.google.com/mail/u/0/#inbox/race',
        contact: { name: 'Rae Condition', email: 'rae@contoso.test' },
      }),
    );
    const popup = await relance.openPopup();
    // A few rounds: the race is won by either side at random.
    for (let round = 0; round < 3; round++) {
      const { id } = value<{ id: string }>(
        await send(control, 'scheduleSingle', {
          dealId: deal.id,
          when: { at: Date.now() + 800 },
          channel: 'email',
          templateKind: 'relance',
        }),
      );
      const row = popup.locator(`[data-follow-up-id="${id}"]`);
      await row.waitFor({ timeout: 10_000 });
      // It falls due (the popup moves it to Overdue then): the alarm and the rep act on it together.
      await popup
        .locator(`[data-testid=section-overdue] [data-follow-up-id="${id}"]`)
        .waitFor({ timeout: 10_000 });
      await row.getByRole('button', { name: /^Done/ }).click();
      const confirm = row.getByTestId('done-form').locator('button[type=submit]');
      await confirm.waitFor();
      const before = await workerStats(relance);
      // The due alarm's work (every relance: alarm runs it), under a name of its own: the popup's
      // write re-arms relance:next-due for the next follow-up, which would cancel a test's firing.
      await Promise.all([confirm.click(), fireAlarmAndWait(relance, 'relance:due-e2e')]);

      await expect
        .poll(async () => (await followUpsOf(deal.id)).find((f) => f.id === id)?.status)
        .toBe('done');
      await expect.poll(() => row.count()).toBe(0);
      // Once the alarm was handled and the popup's write told the worker (settingsChanged): done
      // once, and the badge says what the database says.
      await waitForWorker(
        relance,
        before,
        (now, base) => (now.messages.settingsChanged ?? 0) > (base.messages.settingsChanged ?? 0),
      );
      expect((await followUpsOf(deal.id)).find((f) => f.id === id)?.status).toBe('done');
      const events = (await readTable<Event>(control, 'events')).filter(
        (e) => e.type === 'follow-up-done' && e.data.followUpId === id,
      );
      expect(events).toHaveLength(1);
      expect(await badge()).toBe(await expectedBadge());
    }
    await popup.close();
    expect(relance.workerErrors).toEqual([]);
    expect(relance.webmailErrors).toEqual([]);
  });
});
