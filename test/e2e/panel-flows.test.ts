// What a rep does all day in a thread, end to end in Chromium on Gmail pages: set the next step,
// schedule the default cadence after seeing its dates, mark a step done, insert a breakup into the
// reply (Gmail opening its reply box on "Reply", as the real one does), and — when the prospect's
// answer appears in the thread — the cadence stops.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import { navigateInPlace, panelOf, readTable } from './helpers';

const THREAD_ID = '19a68e3a2c7d51b0'; // gmail-x08-before-answer and gmail-x09-after-answer

interface Deal {
  id: string;
  threadId: string;
  status: string;
  nextStep: { at: number; channel: string; repAction: string } | null;
}
interface FollowUp {
  id: string;
  dealId: string;
  status: string;
  dueAt: number;
  stepIndex: number;
}
interface Event {
  dealId: string;
  type: string;
  data: Record<string, unknown>;
}

/**
 * Gmail's behaviour the static page lacks: pressing Reply opens a reply box (already holding the
 * rep's "Thanks Dana," line) at the bottom of the thread. Input events on it are counted, as Gmail
 * saves its draft on them.
 */
async function gmailOpensReplyBoxes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = window as unknown as { relanceTestInputs: number };
    scope.relanceTestInputs = 0;
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target as Element | null;
        if (!target?.closest('[aria-label="Reply"], .ams.bkH')) return;
        if (document.querySelector('[data-test-reply]')) return;
        const holder = document.createElement('div');
        holder.className = 'ip adB';
        holder.innerHTML =
          '<div class="M9"><div role="textbox" aria-label="Message Body" g_editable="true" contenteditable="true" aria-multiline="true" data-test-reply="1" style="min-height:80px">Thanks Dana,</div></div>';
        holder.addEventListener('input', () => {
          scope.relanceTestInputs += 1;
        });
        document.querySelector('.amn')?.parentElement?.after(holder);
      },
      true,
    );
  });
}

let relance: Relance;
let extensionPage: Page;
let page: Page;

const deal = async () =>
  (await readTable<Deal>(extensionPage, 'deals')).find((d) => d.threadId === THREAD_ID);
const followUps = async () => {
  const d = await deal();
  return (await readTable<FollowUp>(extensionPage, 'followUps')).filter((f) => f.dealId === d?.id);
};

beforeAll(async () => {
  relance = await launchRelance();
  extensionPage = await relance.openOptions();
  page = await relance.openFixture('gmail-x08-before-answer');
  await gmailOpensReplyBoxes(page);
});
afterAll(async () => {
  await relance?.close();
});

describe('the panel’s flows in a Gmail thread', () => {
  it('warns while a tracked thread has no next step, and sets one from a preset', async () => {
    const panel = panelOf(page);
    await panel.locator('[data-testid=track]').click();
    await expect
      .poll(() => panel.locator('[data-testid=next-step-warning]').isVisible(), { timeout: 10_000 })
      .toBe(true);
    await panel.locator('[data-testid=next-step-preset-tomorrow-10]').click();
    expect(await panel.locator('[data-testid=next-step-at]').inputValue()).toMatch(/T10:00$/);
    await panel.locator('[data-testid=next-step-channel]').selectOption('phone');
    await panel.locator('[data-testid=next-step-rep]').fill('Send the security questionnaire');
    await panel.locator('[data-testid=save-next-step]').click();

    await expect.poll(() => panel.locator('[data-testid=next-step-summary]').isVisible()).toBe(true);
    expect(await panel.locator('[data-testid=next-step-warning]').count()).toBe(0);
    const stored = (await deal())?.nextStep;
    expect(stored?.channel).toBe('phone');
    expect(stored?.repAction).toBe('Send the security questionnaire');
    expect(new Date(stored?.at ?? 0).getHours()).toBe(10);
    expect(stored?.at).toBeGreaterThan(Date.now());
  });

  it('refuses a next step in the past with a message, and keeps the one set', async () => {
    const panel = panelOf(page);
    const before = (await deal())?.nextStep;
    await panel.locator('[data-testid=next-step-at]').fill('2020-01-06T09:00');
    await panel.locator('[data-testid=save-next-step]').click();
    await expect.poll(() => panel.getByRole('alert').first().textContent()).toMatch(/passed|passé/);
    expect((await deal())?.nextStep).toEqual(before);
  });

  it('schedules the default cadence after showing its dates, and the badge counts what is due today', async () => {
    const panel = panelOf(page);
    await panel.locator('[data-testid=schedule]').click();
    const preview = panel.locator('[data-testid=schedule-preview] li');
    await expect.poll(() => preview.count()).toBeGreaterThan(5);
    const shown = await preview.count();
    await panel.locator('[data-testid=confirm-schedule]').click();

    await expect.poll(async () => (await followUps()).filter((f) => f.status === 'due').length).toBe(shown);
    await expect.poll(() => panel.locator('[data-testid=timeline-step]').count()).toBe(shown);
    const endOfToday = new Date();
    endOfToday.setHours(23, 59, 59, 999);
    const dueToday = (await followUps()).filter((f) => f.dueAt <= endOfToday.getTime()).length;
    const worker = await relance.serviceWorker();
    await expect
      .poll(() => worker.evaluate(() => chrome.action.getBadgeText({})))
      .toBe(dueToday > 0 ? String(dueToday) : '');
  });

  it('marks the first step done from the panel', async () => {
    const panel = panelOf(page);
    const first = (await followUps()).sort((a, b) => a.dueAt - b.dueAt)[0];
    await panel.locator(`[data-follow-up-id="${first?.id}"] [data-testid=step-done]`).click();
    await expect.poll(async () => (await followUps()).find((f) => f.id === first?.id)?.status).toBe('done');
    await expect
      .poll(() => panel.locator(`[data-follow-up-id="${first?.id}"]`).getAttribute('data-state'))
      .toBe('done');
    expect(await panel.locator('[data-testid=notice]').textContent()).not.toBe('');
  });

  it('inserts a breakup into the reply it opens, with the first name filled in and the draft kept', async () => {
    const panel = panelOf(page);
    const breakup = panel.locator('[data-testid=template-select] option[data-kind=breakup]').first();
    await panel
      .locator('[data-testid=template-select]')
      .selectOption((await breakup.getAttribute('value')) ?? '');
    await expect.poll(() => panel.locator('[data-testid=template-preview]').textContent()).toContain('Dana');
    await panel.locator('[data-testid=insert-template]').click();

    const box = page.locator('[data-test-reply]');
    await expect.poll(() => box.count(), { timeout: 5_000 }).toBe(1);
    // innerText, not textContent: the inserted lines are <br>-separated, as the rep sees them.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what is checked
    await expect.poll(() => box.innerText()).toContain('Hi Dana,');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what is checked
    const text = await box.innerText();
    expect(text.startsWith('Thanks Dana,')).toBe(true); // what the rep had typed stays
    expect(text).not.toContain('{firstName}');
    expect(await box.locator('*:not(br):not(div)').count()).toBe(0); // plain text, no markup
    expect(
      await page.evaluate(() => (window as unknown as { relanceTestInputs: number }).relanceTestInputs),
    ).toBeGreaterThan(0);
    await expect.poll(() => panel.locator('[data-testid=notice]').textContent()).toMatch(/reply|réponse/);
    const d = await deal();
    const events = (await readTable<Event>(extensionPage, 'events')).filter((e) => e.dealId === d?.id);
    expect(events.some((e) => e.type === 'template-inserted' && e.data.kind === 'breakup')).toBe(true);
  });

  it('stops the cadence when the prospect’s answer appears in the thread', async () => {
    await navigateInPlace(relance, page, 'gmail-x09-after-answer');
    const panel = panelOf(page);
    await expect
      .poll(() => panel.locator('[data-testid=replied]').isVisible(), { timeout: 10_000 })
      .toBe(true);
    expect((await deal())?.status).toBe('replied');
    const pending = (await followUps()).filter((f) => f.status === 'due' || f.status === 'paused');
    expect(pending).toEqual([]);
    // The rep is asked for what comes next: the next step is still there to set or change.
    expect(await panel.locator('[data-testid=save-next-step]').isVisible()).toBe(true);
    const worker = await relance.serviceWorker();
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  });

  it('caused no error in Gmail or in the extension', () => {
    expect(relance.webmailErrors).toEqual([]);
    expect(relance.workerErrors).toEqual([]);
  });
});
