// The thread panel's home in Gmail, end to end: the built extension in Chromium on the Gmail
// fixture pages served at mail.google.com. It appears in every thread and nowhere else, follows
// the rep from thread to thread without a reload, degrades when Gmail's markup is unknown, and
// what the rep does in it is stored.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import { navigateInPlace, panelOf, readTable } from './helpers';

/** Gmail pages with an open thread: the shared reconstructions and our own extra cases. */
const THREADS = [
  'gmail-01-single-sent-by-me',
  'gmail-02-four-messages-cc',
  'gmail-03-fr-followup-last',
  'gmail-04-alias-reply',
  'gmail-05-inline-reply-open',
  'gmail-06-preview-pane',
  'gmail-08-search-second-account',
  'gmail-09-no-subject-mailing-list',
  'gmail-x01-unknown-markup',
  'gmail-x02-hostile-sender',
  'gmail-x03-new-message-window',
  'gmail-x04-popped-out-reply',
  'gmail-x06-unknown-language',
  'gmail-x07-class-names-only',
];
/** Gmail pages with no thread open. */
const NOT_THREADS = ['gmail-07-inbox-only', 'gmail-x05-settings'];

interface Deal {
  id: string;
  threadId: string;
  stageId: string;
  contact: { name: string; email: string };
  company: string;
}

async function expectedThreadId(relance: Relance, name: string): Promise<string> {
  const page = relance.server.pages.get(name);
  if (!page) throw new Error(`no page ${name}`);
  const expected = JSON.parse(await readFile(page.file.replace(/\.html$/, '.expected.json'), 'utf8'));
  return expected.thread.threadId;
}

let relance: Relance;
let extensionPage: Page;

beforeAll(async () => {
  relance = await launchRelance();
  extensionPage = await relance.openOptions();
});
afterAll(async () => {
  await relance?.close();
});

describe('the panel in Gmail', () => {
  it.each(THREADS)('appears in the thread of %s, for that thread', async (name) => {
    const page = await relance.openFixture(name);
    const panel = panelOf(page);
    await expect.poll(() => panel.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await panel.getAttribute('data-thread-id')).toBe(await expectedThreadId(relance, name));
    // Ready: the background answered with the stages (or the panel says why not).
    await expect.poll(() => panel.getAttribute('data-status')).toBe('ready');
    await page.close();
  });

  it.each(NOT_THREADS)('stays away from %s, then comes when a thread opens in place', async (name) => {
    const page = await relance.openFixture(name);
    // The content script runs (it reads the page once loaded and on every change): give it time.
    await page.waitForTimeout(1_500);
    expect(await page.locator('relance-panel').count()).toBe(0);
    await navigateInPlace(relance, page, 'gmail-02-four-messages-cc');
    await expect.poll(() => panelOf(page).isVisible(), { timeout: 10_000 }).toBe(true);
    // And leaves again when the rep goes back to a page without a thread.
    await navigateInPlace(relance, page, name);
    await expect.poll(() => page.locator('relance-panel').count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  });

  it('tracks a thread with the prospect read from it, and stores the stage picked by mouse and by keyboard', async () => {
    const page = await relance.openFixture('gmail-04-alias-reply');
    const panel = panelOf(page);
    await panel.locator('[data-testid=track]').waitFor();
    // The prospect is the other party: the last sender who is not the account.
    const email = await panel.locator('[data-testid=contact-email]').inputValue();
    expect(email).toMatch(/@/);
    await panel.locator('[data-testid=track]').click();
    await panel.locator('[data-testid=stage-meeting]').click();
    await expect.poll(() => panel.locator('[data-testid=stage-meeting]').isChecked()).toBe(true);

    const threadId = await expectedThreadId(relance, 'gmail-04-alias-reply');
    const stored = async () =>
      (await readTable<Deal>(extensionPage, 'deals')).find((d) => d.threadId === threadId);
    await expect.poll(async () => (await stored())?.stageId).toBe('meeting');
    expect((await stored())?.contact.email).toBe(email);

    // Keyboard: the stages are one radio group; an arrow key moves to the next stage.
    await panel.locator('[data-testid=stage-meeting]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await stored())?.stageId).toBe('objections');

    // A reload finds the deal again, at its stage.
    await page.reload();
    await expect
      .poll(() => panelOf(page).locator('[data-testid=stage-objections]').isChecked(), {
        timeout: 10_000,
      })
      .toBe(true);
    await page.close();
  });

  it('follows the rep to another thread without a reload', async () => {
    const page = await relance.openFixture('gmail-02-four-messages-cc');
    const panel = panelOf(page);
    await expect
      .poll(() => panel.getAttribute('data-thread-id'), { timeout: 10_000 })
      .toBe(await expectedThreadId(relance, 'gmail-02-four-messages-cc'));
    const marker = await page.evaluate(() => {
      (window as unknown as { relanceTestMarker: number }).relanceTestMarker = 42;
      return 42;
    });
    for (const next of ['gmail-03-fr-followup-last', 'gmail-04-alias-reply', 'gmail-02-four-messages-cc']) {
      await navigateInPlace(relance, page, next);
      await expect
        .poll(() => panelOf(page).getAttribute('data-thread-id'), { timeout: 10_000 })
        .toBe(await expectedThreadId(relance, next));
    }
    // The tracked thread of the previous test shows its deal; the same page was kept throughout.
    await navigateInPlace(relance, page, 'gmail-04-alias-reply');
    await expect.poll(() => panelOf(page).locator('[data-testid=stage-objections]').isChecked()).toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { relanceTestMarker: number }).relanceTestMarker),
    ).toBe(marker);
    expect(await page.locator('relance-panel').count()).toBe(1);
    await page.close();
  });

  it('works degraded when it can read nothing of the thread: it asks for the email and tracks', async () => {
    const page = await relance.openFixture('gmail-x01-unknown-markup');
    const panel = panelOf(page);
    await panel.locator('[data-testid=track-form]').waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.locator('[data-testid=contact-email]').inputValue()).toBe('');
    await panel.locator('[data-testid=track]').click();
    // An empty or malformed address is refused with a message, not sent.
    await expect.poll(() => panel.getByRole('alert').count()).toBeGreaterThan(0);
    await panel.locator('[data-testid=contact-email]').fill('Mia.Kovac@Fabrikam.example');
    await panel.locator('[data-testid=track]').click();
    await panel.locator('[data-testid=stage-lead]').waitFor();
    const threadId = await expectedThreadId(relance, 'gmail-x01-unknown-markup');
    const deal = (await readTable<Deal>(extensionPage, 'deals')).find((d) => d.threadId === threadId);
    expect(deal?.contact.email).toBe('mia.kovac@fabrikam.example');
    await page.close();
  });

  it('shows hostile names as text, never as markup', async () => {
    const page = await relance.openFixture('gmail-x02-hostile-sender');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const panel = panelOf(page);
    await panel.locator('[data-testid=track-form]').waitFor({ timeout: 10_000 });
    await panel.locator('[data-testid=track]').click();
    await panel.locator('[data-testid=deal-name]').waitFor();
    const name = await panel.locator('[data-testid=deal-name]').inputValue();
    expect(name).toMatch(/[<>]/);
    expect(await page.locator('relance-panel img, relance-panel script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('caused no error in Gmail or in the extension on any of these pages', () => {
    expect(relance.webmailErrors).toEqual([]);
    expect(relance.workerErrors).toEqual([]);
  });
});
