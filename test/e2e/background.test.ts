// The background end to end: messages, alarms, notifications, badge, and persistence across a
// browser relaunch — in real Chromium with the built extension.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import { send, value } from './helpers';

const snapshot = {
  provider: 'gmail',
  threadId: '19a68e3a2c7d51b0',
  subject: 'Re: Security review for Northwind rollout',
  account: 'jordan.lee@acme.test',
  messages: [
    { from: { name: 'Jordan Lee', email: 'jordan.lee@acme.test' }, to: [], cc: [], key: 'id:m1' },
    {
      from: { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.test' },
      to: [],
      cc: [],
      key: 'id:m2',
    },
  ],
  lastMessageFromAccount: false,
  hasCompose: false,
};
const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRWhXgPPtkKmJgdgqbwVXwNn';
const contact = { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.test' };

let relance: Relance;
let page: Page;
let dealId: string;

beforeAll(async () => {
  relance = await launchRelance();
  page = await relance.openPopup();
});
afterAll(async () => {
  await relance?.close();
});

describe('the background service worker', () => {
  it('loads with no error in its console', async () => {
    const worker = await relance.serviceWorker();
    expect(worker.url()).toContain(relance.extensionId);
    // Seeding ran: the default stages are there to answer the panel.
    const state = value<{ stages: unknown[] }>(await send(page, 'getPanelState', { snapshot, url }));
    expect(state.stages.length).toBeGreaterThanOrEqual(8);
    expect(relance.workerErrors).toEqual([]);
  });

  it('answers a malformed message with an error result and keeps serving', async () => {
    const bad = await send(page, 'setStage', 42);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    const unknownDeal = await send(page, 'scheduleCadence', { dealId: 'no-such-deal' });
    expect(unknownDeal).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await send(page, 'getPanelState', { snapshot, url })).ok).toBe(true);
  });

  it('notifies when a scheduled follow-up falls due, and the badge shows it', async () => {
    const state = value<{ deal: { id: string } }>(
      await send(page, 'trackThread', { snapshot, url, contact }),
    );
    dealId = state.deal.id;
    value(
      await send(page, 'scheduleSingle', {
        dealId,
        when: { at: Date.now() + 1500 },
        channel: 'phone',
        templateKind: 'relance',
      }),
    );
    const worker = await relance.serviceWorker();
    expect(await worker.evaluate(() => chrome.alarms.get('relance:next-due').then((a) => a?.name))).toBe(
      'relance:next-due',
    );
    await expect
      .poll(async () => (await relance.serviceWorker()).evaluate(() => chrome.notifications.getAll()), {
        timeout: 15_000,
      })
      .not.toEqual({});
    await expect
      .poll(async () => (await relance.serviceWorker()).evaluate(() => chrome.action.getBadgeText({})), {
        timeout: 5_000,
      })
      .toBe('1');
  });

  it('keeps pending follow-ups and their alarm after the browser is relaunched', async () => {
    const scheduled = value<unknown[]>(await send(page, 'scheduleCadence', { dealId }));
    expect(scheduled.length).toBeGreaterThan(5);
    relance = await relance.relaunch();
    page = await relance.openPopup();
    const state = value<{ followUps: { status: string }[] }>(
      await send(page, 'getPanelState', { snapshot, url }),
    );
    expect(state.followUps.filter((f) => f.status === 'due')).toHaveLength(scheduled.length);
    const worker = await relance.serviceWorker();
    await expect
      .poll(() =>
        worker.evaluate(() => chrome.alarms.get('relance:next-due').then((a) => a?.scheduledTime ?? 0)),
      )
      .toBeGreaterThan(Date.now());
    expect(relance.workerErrors).toEqual([]);
  });
});
