// The keyboard and the webmail's theme, end to end: the "Schedule follow-up" command opens the
// panel's schedule preview with Confirm focused (Enter schedules), and the panel follows a dark
// webmail theme shown by the page.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/chromium.mjs';
import { launchRelance, type Relance } from './harness';
import { panelOf, readTable } from './helpers';

let relance: Relance;
beforeAll(async () => {
  relance = await launchRelance();
});
afterAll(async () => {
  await relance?.close();
});

describe('keyboard commands', () => {
  it('declares the shortcuts: the popup, Schedule follow-up, and the deals page', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.commands).sort()).toEqual([
      '_execute_action',
      'open-deals',
      'schedule-follow-up',
    ]);
    expect(manifest.commands['schedule-follow-up'].suggested_key.default).toBe('Alt+Shift+F');
    expect(manifest.commands['open-deals'].suggested_key.default).toBe('Alt+Shift+D');
  });

  it('opens the schedule preview with Confirm focused, and Enter schedules', async () => {
    const page = await relance.openFixture('gmail-02-four-messages-cc');
    const panel = panelOf(page);
    await panel.locator('[data-testid=track]').click({ timeout: 10_000 });
    // The bar only: the shortcut opens the details on the schedule preview.
    await panel.locator('[data-testid=stage-menu]').waitFor();
    // What the background sends the active tab when the command fires (entrypoints/background/commands.ts).
    const worker = await relance.serviceWorker();
    const answer = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
      return chrome.tabs.sendMessage(tab?.id ?? -1, {
        id: 1,
        type: 'openSchedule',
        data: undefined,
        timestamp: Date.now(),
      });
    });
    expect(answer).toEqual({ res: true });
    const confirm = panel.locator('[data-testid=confirm-schedule]');
    await confirm.waitFor();
    await expect
      .poll(() => confirm.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el))
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.locator('[data-testid=timeline-step]').count()).toBeGreaterThan(5);
    const options = await relance.openOptions();
    expect((await readTable(options, 'followUps')).length).toBeGreaterThan(5);
    await options.close();
    await page.close();
  });
});

describe('the webmail’s theme', () => {
  it('turns the panel dark when the page shows a dark theme, whatever the OS says', async () => {
    const page = await relance.openFixture('gmail-03-fr-followup-last');
    const panel = panelOf(page);
    await panel.waitFor({ timeout: 10_000 });
    const bar = panel.locator('[data-testid=bar]');
    const background = () => bar.evaluate((el) => getComputedStyle(el).backgroundColor);
    // The fixture's surfaces are transparent: the panel follows the OS (light, headless).
    expect(await panel.getAttribute('data-theme')).toBeNull();
    expect(await background()).toBe('rgb(255, 255, 255)');
    // Gmail's dark theme: its main region turns dark (the page does this itself).
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '[role="main"] { background-color: #202124 !important; }';
      document.body.append(style);
    });
    await expect.poll(() => panel.getAttribute('data-theme'), { timeout: 5_000 }).toBe('dark');
    expect(await background()).toBe('rgb(31, 36, 40)');
    expect(relance.webmailErrors).toEqual([]);
    await page.close();
  });
});
