// The toolbar popup end to end: follow-ups seeded through the protocol (as the panel does), then
// read live by the popup from IndexedDB; its actions write through the background, so the badge
// follows. In real Chromium with the built extension.
import { endOfDay } from 'date-fns';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import { readTable, send, value } from './helpers';

const HOUR = 60 * 60 * 1000;
/** The fixture's own thread: "Open" must bring up a tab at this URL. */
const GMAIL_02_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRWhXgPPtkKmJgdgqbwVXwNn';

let relance: Relance;
let control: Page;

beforeAll(async () => {
  relance = await launchRelance();
  control = await relance.openPopup();
});
afterAll(async () => {
  await relance?.close();
});

async function track(threadId: string, url: string, name: string, email: string): Promise<string> {
  const snapshot = {
    provider: 'gmail',
    threadId,
    subject: `Re: ${name} — proposal`,
    account: 'jordan.lee@acme.test',
    messages: [{ from: { name: 'Jordan Lee', email: 'jordan.lee@acme.test' }, to: [], cc: [], key: 'id:m1' }],
    lastMessageFromAccount: true,
    hasCompose: false,
  };
  const state = value<{ deal: { id: string } }>(
    await send(control, 'trackThread', { snapshot, url, contact: { name, email } }),
  );
  return state.deal.id;
}

async function single(dealId: string, at: number, channel = 'email'): Promise<string> {
  const f = value<{ id: string }>(
    await send(control, 'scheduleSingle', { dealId, when: { at }, channel, templateKind: 'relance' }),
  );
  return f.id;
}

const badge = async () => (await relance.serviceWorker()).evaluate(() => chrome.action.getBadgeText({}));
const rowIds = (section: Locator) =>
  section
    .locator('[data-testid=popup-row]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-follow-up-id')));

describe('the popup', () => {
  const ids: Record<string, string> = {};
  let popup: Page;

  it('explains how to schedule the first follow-up when nothing is due', async () => {
    popup = await relance.openPopup();
    await expect.poll(() => popup.getByTestId('popup-empty').textContent()).toContain('Track this thread');
    expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe("Today's follow-ups");
  });

  it('lists seeded follow-ups live: overdue oldest first, today, next 7 days, with the badge in step', async () => {
    const start = Date.now();
    // Today must stay today whatever time the test runs: half-way to midnight, at most 2 h away.
    const todayAt = Math.min(start + 2 * HOUR, start + (endOfDay(start).getTime() - start) / 2);
    const dana = await track(
      '19a68e3a2c7d51b0',
      GMAIL_02_URL,
      'Dana Whitfield',
      'dana.whitfield@northwind.test',
    );
    const omar = await track(
      'thread-omar',
      'https://mail.google.com/mail/u/0/#inbox/omar',
      'Omar Haddad',
      'omar@contoso.test',
    );
    const lea = await track(
      'thread-lea',
      'https://mail.google.com/mail/u/0/#inbox/lea',
      'Léa Martin',
      'lea@fabrikam.test',
    );
    const ken = await track(
      'thread-ken',
      'https://mail.google.com/mail/u/0/#inbox/ken',
      'Ken Ito',
      'ken@tailspin.test',
    );
    value(
      await send(control, 'updateDeal', {
        dealId: lea,
        patch: {
          contact: { name: 'Léa Martin', email: 'lea@fabrikam.test', phone: '+33 6 12 34 56 78' },
          company: 'Fabrikam',
        },
      }),
    );
    // A second ahead of now as they are written (a loaded machine may take seconds to get here).
    const lateAt = Date.now() + 1000;
    ids.omarLate = await single(omar, lateAt);
    ids.leaLate = await single(lea, lateAt + 500, 'phone');
    ids.danaToday = await single(dana, Math.round(todayAt));
    ids.kenUpcoming = await single(ken, endOfDay(start).getTime() + 3 * 24 * HOUR - HOUR);

    // The popup opened on an empty database shows them without a reload; once their instant
    // passes, the first two move to Overdue on their own.
    const overdue = popup.getByTestId('section-overdue');
    await expect.poll(() => rowIds(overdue), { timeout: 10_000 }).toEqual([ids.omarLate, ids.leaLate]);
    expect(await rowIds(popup.getByTestId('section-today'))).toEqual([ids.danaToday]);
    expect(await rowIds(popup.getByTestId('section-upcoming'))).toEqual([ids.kenUpcoming]);
    expect(await popup.getByTestId('popup-empty').count()).toBe(0);

    const lea0 = overdue.locator(`[data-follow-up-id="${ids.leaLate}"]`);
    expect(await lea0.getByTestId('row-due').textContent()).toMatch(/^\d+ seconds? late$/);
    expect(await lea0.getByTestId('row-channel').textContent()).toBe('Call');
    expect(await lea0.getByTestId('row-phone').textContent()).toBe('Tel. +33 6 12 34 56 78');
    expect(await lea0.textContent()).toContain('Fabrikam');
    expect(await lea0.textContent()).toContain('Re: Léa Martin — proposal');
    await expect.poll(() => popup.getByTestId('due-count').textContent()).toBe('3 due');
    await expect.poll(badge).toBe('3');
  });

  it('Done (with the D key and a note) removes the row and lowers the badge', async () => {
    const row = popup.locator(`[data-follow-up-id="${ids.omarLate}"]`);
    await row.focus();
    await popup.keyboard.press('d');
    await popup.getByLabel('Note (optional)').fill('Left a voicemail');
    await popup.keyboard.press('Enter');
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(badge).toBe('2');
    await expect.poll(() => popup.getByTestId('due-count').textContent()).toBe('2 due');
    const stored = (await readTable<{ id: string; status: string; note: string }>(control, 'followUps')).find(
      (f) => f.id === ids.omarLate,
    );
    expect(stored).toMatchObject({ status: 'done', note: 'Left a voicemail' });
    // The focus went to the row now in its place, so the next key acts on it.
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-follow-up-id'))).toBe(
      ids.leaLate,
    );
  });

  it('Snooze 1 h moves the row out of Overdue', async () => {
    const before = Date.now();
    await popup.keyboard.press('s');
    await popup
      .getByTestId('snooze-menu')
      .getByRole('button', { name: /In 1 hour/ })
      .click();
    await expect.poll(() => rowIds(popup.getByTestId('section-overdue'))).toEqual([]);
    const stored = (
      await readTable<{ id: string; dueAt: number; snoozedFrom: number }>(control, 'followUps')
    ).find((f) => f.id === ids.leaLate);
    expect(stored?.dueAt).toBeGreaterThanOrEqual(before + HOUR);
    expect(stored?.dueAt).toBeLessThan(Date.now() + HOUR);
    // An hour from now is today or, late in the evening, tomorrow: either way a later section.
    const where = stored && stored.dueAt <= endOfDay(before).getTime() ? 'section-today' : 'section-upcoming';
    expect(await rowIds(popup.getByTestId(where))).toContain(ids.leaLate);
  });

  it('Open brings up a tab at the thread’s URL, and focuses it the second time', async () => {
    const row = popup.locator(`[data-follow-up-id="${ids.danaToday}"]`);
    const [tab] = await Promise.all([
      relance.context.waitForEvent('page'),
      row.getByRole('button', { name: 'Open' }).click(),
    ]);
    await tab.waitForLoadState('load');
    expect(tab.url()).toBe(GMAIL_02_URL);
    const pages = relance.context.pages().length;
    await popup.bringToFront();
    await row.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => tab.evaluate(() => document.visibilityState)).toBe('visible');
    expect(relance.context.pages().length).toBe(pages);
  });

  it('moves between rows with the arrows and skips with X', async () => {
    await popup.bringToFront();
    const first = popup.locator('[data-row]').first();
    await first.focus();
    await popup.keyboard.press('ArrowDown');
    const focused = () => popup.evaluate(() => document.activeElement?.getAttribute('data-follow-up-id'));
    const second = await popup.locator('[data-row]').nth(1).getAttribute('data-follow-up-id');
    expect(await focused()).toBe(second);
    await popup.keyboard.press('ArrowUp');
    expect(await focused()).toBe(await first.getAttribute('data-follow-up-id'));
    const skipped = await focused();
    await popup.keyboard.press('x');
    await expect.poll(() => popup.locator(`[data-follow-up-id="${skipped}"]`).count()).toBe(0);
    const stored = (await readTable<{ id: string; status: string }>(control, 'followUps')).find(
      (f) => f.id === skipped,
    );
    expect(stored?.status).toBe('skipped');
    expect(relance.workerErrors).toEqual([]);
  });
});
