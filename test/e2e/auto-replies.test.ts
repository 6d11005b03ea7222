// Automatic replies read as a person would (issue 21), end to end in the built extension: a leave
// range in an automatic reply pauses the cadence until the first working day after its last day
// (the start, already past, never wins as next year's date); a person's answer that mentions an
// absence ("I was out of the office last week. Yes, please send the contract.") stops it.
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import { navigateInPlace, openDetails, panelOf, readTable, trackAndSchedule } from './helpers';

interface Deal {
  id: string;
  /** "gmail:<threadId>" for each of the deal's threads. */
  threadKeys: string[];
  status: string;
  pauseReason: string | null;
  pausedUntil: number | null;
}
interface FollowUp {
  dealId: string;
  status: string;
}

const THREAD = '19a68e3a2c7d51b0'; // gmail-x08 / x20 / x21
/** "16 February": how the page writes a day, without a year. */
const written = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long' });
const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, 12);

// Each test tracks the same thread from scratch: one browser profile each.
let relance: Relance;
let extensionPage: Page;
beforeEach(async () => {
  relance = await launchRelance();
  extensionPage = await relance.openOptions();
});
afterEach(async () => {
  expect(relance.webmailErrors).toEqual([]);
  expect(relance.workerErrors).toEqual([]);
  await relance?.close();
});

const dealOf = async (threadId: string) =>
  (await readTable<Deal>(extensionPage, 'deals')).find((d) =>
    d.threadKeys.some((k) => k.endsWith(`:${threadId}`)),
  );
const followUpsOf = async (dealId: string) =>
  (await readTable<FollowUp>(extensionPage, 'followUps')).filter((f) => f.dealId === dealId);

describe('automatic replies read as a person would', () => {
  it('pauses a leave range until the first working day after its last day, not until next year', async () => {
    // "I am on leave from <three days ago> to <a Friday at least five days ahead>", no year: back
    // on the Saturday after, which the cadence moves to Monday, the rep's next working day (the
    // default working week, Monday to Friday, follow-ups at 09:00).
    const today = addDays(new Date(), 0);
    const from = addDays(today, -3);
    let to = addDays(today, 5);
    while (to.getDay() !== 5) to = addDays(to, 1);
    const monday = addDays(to, 3);
    const page = await trackAndSchedule(relance, 'gmail-x08-before-answer');
    await navigateInPlace(relance, page, 'gmail-x20-leave-range', (html) =>
      html.replaceAll('{{LEAVE_FROM}}', written(from)).replaceAll('{{LEAVE_TO}}', written(to)),
    );
    const panel = panelOf(page);
    await expect
      .poll(() => panel.locator('[data-testid=out-of-office]').isVisible(), { timeout: 10_000 })
      .toBe(true);
    const deal = await dealOf(THREAD);
    expect(deal).toMatchObject({ status: 'paused', pauseReason: 'out-of-office' });
    expect(new Date(deal?.pausedUntil ?? 0)).toEqual(
      new Date(monday.getFullYear(), monday.getMonth(), monday.getDate(), 9, 0),
    );
    const pending = await followUpsOf(deal?.id ?? '');
    expect(pending.filter((f) => f.status === 'due')).toEqual([]);
    expect(pending.some((f) => f.status === 'paused')).toBe(true);
    // The panel says why, with the day back, and the rep can say it was a person after all.
    // The reading and its correction sit at the top of the details (the bar stays one line).
    await openDetails(panel);
    const why = panel.locator('[data-testid=reply-why]');
    await expect.poll(() => why.textContent(), { timeout: 10_000 }).toContain('automatic reply');
    expect(await why.textContent()).toContain('Out of office until');
    // The popup's "Needs you" says the same, in the same words, with the same correction.
    const popup = await relance.openPopup();
    const row = popup.locator('[data-testid=reply-row]');
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('Out of office until');
    expect(await row.locator('[data-testid=reply-row-why]').textContent()).toBe(
      (await why.locator('p').first().textContent())?.replace(/\s*“.*$/, ''),
    );
    expect(await row.locator('[data-testid=its-an-answer]').count()).toBe(1);
    await popup.close();
    await panel.locator('[data-testid=its-an-answer]').click();
    await expect.poll(async () => (await dealOf(THREAD))?.status, { timeout: 10_000 }).toBe('replied');
    expect((await followUpsOf(deal?.id ?? '')).filter((f) => f.status === 'paused')).toEqual([]);
    await expect.poll(() => panel.locator('[data-testid=its-an-answer]').count()).toBe(0);
    await page.close();
  });

  it('stops the cadence on an answer that mentions an absence, instead of pausing it', async () => {
    const page = await trackAndSchedule(relance, 'gmail-x08-before-answer');
    expect((await dealOf(THREAD))?.status).toBe('active');
    await navigateInPlace(relance, page, 'gmail-x21-answer-mentions-absence');
    const panel = panelOf(page);
    await expect
      .poll(() => panel.locator('[data-testid=replied]').isVisible(), { timeout: 10_000 })
      .toBe(true);
    const deal = await dealOf(THREAD);
    expect(deal).toMatchObject({ status: 'replied', pausedUntil: null });
    expect(
      (await followUpsOf(deal?.id ?? '')).filter((f) => f.status === 'due' || f.status === 'paused'),
    ).toEqual([]);
    expect(await panel.locator('[data-testid=out-of-office]').count()).toBe(0);
    // Read as an answer although it mentions an absence: the rep can say it was automatic, which
    // brings the follow-ups back, paused.
    // The reading and its correction sit at the top of the details (the bar stays one line).
    await openDetails(panel);
    const why = panel.locator('[data-testid=reply-why]');
    await expect.poll(() => why.textContent(), { timeout: 10_000 }).toContain('mentions an absence');
    // The rep picks the day it pauses until: ten days ahead, typed as English writes it.
    await panel.locator('[data-testid=it-was-automatic]').click();
    const day = addDays(new Date(), 10);
    await panel
      .locator('[data-testid=pause-day]')
      .fill(day.toLocaleDateString('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric' }));
    await panel.locator('[data-testid=pause-until-day]').click();
    await expect.poll(async () => (await dealOf(THREAD))?.status, { timeout: 10_000 }).toBe('paused');
    // At the follow-up hour (09:00) of that day, or of the next working day after it.
    const until = new Date((await dealOf(THREAD))?.pausedUntil ?? 0);
    expect(until.getHours()).toBe(9);
    expect(until.getTime()).toBeGreaterThanOrEqual(
      new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9).getTime(),
    );
    expect(until.getTime()).toBeLessThan(addDays(day, 3).getTime());
    expect((await followUpsOf(deal?.id ?? '')).some((f) => f.status === 'paused')).toBe(true);
    await page.close();
  });

  it('stops on “not interested, remove me” and proposes lost, which the rep confirms', async () => {
    const page = await trackAndSchedule(relance, 'gmail-x08-before-answer');
    await navigateInPlace(relance, page, 'gmail-x21-answer-mentions-absence', (html) =>
      html.replace(
        'Sorry for the slow reply, I was out of the office last week. Yes, please send the contract.',
        'We are not interested. Please remove me from your mailing list.',
      ),
    );
    const panel = panelOf(page);
    // The reading and its correction sit at the top of the details (the bar stays one line).
    await openDetails(panel);
    const why = panel.locator('[data-testid=reply-why]');
    await expect
      .poll(() => why.textContent(), { timeout: 10_000 })
      .toContain('Asked to be removed — mark lost?');
    const deal = await dealOf(THREAD);
    expect(deal?.status).toBe('replied');
    expect(
      (await followUpsOf(deal?.id ?? '')).filter((f) => f.status === 'due' || f.status === 'paused'),
    ).toEqual([]);
    await panel.locator('[data-testid=opt-out-mark-lost]').click();
    await expect.poll(async () => (await dealOf(THREAD))?.status, { timeout: 10_000 }).toBe('lost');
    await page.close();
  });
});
