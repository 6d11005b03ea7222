// Hostile content is text: a contact named like an HTML image with an onerror handler and a subject
// holding a script, tracked through the protocol, show as their literal characters in the popup
// and in the notification — no element made of them, no dialog.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import { send, value } from './helpers';

const NAME = '<img src=x onerror=alert(1)>';
const SUBJECT = '<script>alert(2)</script>';

let relance: Relance;
let control: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  relance = await launchRelance();
  relance.context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
  control = await relance.openPopup();
});
afterAll(async () => {
  await relance?.close();
});

describe('hostile names and subjects', () => {
  let followUpId: string;

  it('are tracked as they are and notified as text', async () => {
    // Every notification the worker creates from now on, with its options (getAll gives ids only).
    const worker = await relance.serviceWorker();
    await worker.evaluate(() => {
      const scope = globalThis as typeof globalThis & { relanceNotified?: unknown[] };
      scope.relanceNotified = [];
      const create = chrome.notifications.create.bind(chrome.notifications);
      chrome.notifications.create = ((...args: unknown[]) => {
        scope.relanceNotified?.push(args);
        return (create as (...a: unknown[]) => unknown)(...args);
      }) as typeof chrome.notifications.create;
    });
    const snapshot = {
      provider: 'gmail',
      threadId: 'thread-hostile',
      subject: SUBJECT,
      account: 'jordan.lee@acme.test',
      messages: [
        { from: { name: 'Jordan Lee', email: 'jordan.lee@acme.test' }, to: [], cc: [], key: 'id:m1' },
      ],
      lastMessageFromAccount: true,
      hasCompose: false,
    };
    const state = value<{ deal: { id: string; threads: { subject: string }[]; contact: { name: string } } }>(
      await send(control, 'trackThread', {
        snapshot,
        url: 'https://mail.google.com/mail/u/0/#inbox/hostile',
        contact: { name: NAME, email: 'mallory@evil.test' },
      }),
    );
    expect(state.deal.contact.name).toBe(NAME);
    expect(state.deal.threads[0]?.subject).toBe(SUBJECT);
    followUpId = value<{ id: string }>(
      await send(control, 'scheduleSingle', {
        dealId: state.deal.id,
        when: { at: Date.now() + 1000 },
        channel: 'email',
        templateKind: 'relance',
      }),
    ).id;

    const notified = async () =>
      (await relance.serviceWorker()).evaluate(() =>
        JSON.stringify((globalThis as typeof globalThis & { relanceNotified?: unknown[] }).relanceNotified),
      );
    await expect.poll(notified, { timeout: 15_000 }).toContain(`follow-up:${followUpId}`);
    const calls = JSON.parse(await notified()) as [string, { title: string; contextMessage?: string }][];
    expect(calls).toHaveLength(1);
    const [id, options] = calls[0] ?? ['', { title: '' }];
    expect(id).toBe(`follow-up:${followUpId}`);
    expect(options.title).toContain(NAME);
    expect(options.contextMessage).toBe(SUBJECT);
    // The browser lists it once its creation is done (create resolves after the spy saw the call).
    await expect
      .poll(async () => Object.keys(await worker.evaluate(() => chrome.notifications.getAll())))
      .toContain(id);
  });

  it('show as text in the popup: no element made of them, no dialog', async () => {
    const popup = await relance.openPopup();
    const row = popup.locator(`[data-follow-up-id="${followUpId}"]`);
    await row.waitFor({ timeout: 10_000 });
    expect(await row.getByTestId('row-who').textContent()).toContain(NAME);
    expect(await row.textContent()).toContain(SUBJECT);
    // Nothing in the popup is an image or a script of the hostile text's making.
    expect(await popup.locator('body img, body script').count()).toBe(0);
    expect(await popup.locator('img[src=x], [onerror]').count()).toBe(0);
    // Everything the popup reads is shown (rows, counts, appointments): no dialog came of it.
    await popup.locator('.popup[data-loaded=true]').waitFor({ timeout: 10_000 });
    expect(dialogs).toEqual([]);
    expect(relance.workerErrors).toEqual([]);
    await popup.close();
  });
});
