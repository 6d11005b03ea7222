// The language setting, end to end: in an English browser, the rep picks French in the options;
// the options page, the popup and the thread panel then speak French, and "browser" brings English back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import { panelOf } from './helpers';

let relance: Relance;
beforeAll(async () => {
  relance = await launchRelance();
});
afterAll(async () => {
  await relance?.close();
});

async function chooseLanguage(value: 'fr' | 'browser') {
  const options = await relance.openOptions();
  const select = options.locator('select:has(option[value="browser"])');
  await select.selectOption(value);
  await Promise.all([options.waitForEvent('load'), options.getByTestId('settings-save').click()]);
  return options;
}

describe('the language setting', () => {
  it('speaks French everywhere once the rep chooses it, in an English browser', async () => {
    const options = await chooseLanguage('fr');
    await expect.poll(() => options.title()).toBe('Réglages de Relance');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('fr');
    await options.close();

    const popup = await relance.openPopup();
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('Relances du jour');
    await popup.close();

    const page = await relance.openFixture('gmail-02-four-messages-cc');
    const panel = panelOf(page);
    await expect
      .poll(() => panel.locator('[data-testid=track]').textContent(), { timeout: 10_000 })
      .toBe('Suivre ce fil');
    await page.close();
  });

  it('goes back to the browser’s language', async () => {
    const options = await chooseLanguage('browser');
    await expect.poll(() => options.title()).toBe('Relance settings');
    await options.close();
    const page = await relance.openFixture('gmail-03-fr-followup-last');
    await expect
      .poll(() => panelOf(page).locator('[data-testid=track]').textContent(), { timeout: 10_000 })
      .toBe('Track this thread');
    expect(relance.workerErrors).toEqual([]);
    expect(relance.webmailErrors).toEqual([]);
  });
});
