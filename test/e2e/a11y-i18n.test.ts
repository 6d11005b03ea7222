// French and English, and accessibility, end to end: a panel scenario in each language (Chromium's
// UI language is the browser's, which Relance follows), and axe-core on the panel, the popup and
// the options page with no serious or critical violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import { openDetails, panelOf, seriousA11yViolations } from './helpers';

const WORDS = {
  en: {
    track: 'Track this thread',
    schedule: 'Schedule follow-up',
    weekday: /Monday|Tuesday|Wednesday|Thursday|Friday/,
    // The thread is in English: its deal's templates are (issue 19), whatever the UI speaks.
    template: 'relance-en',
    templateLang: 'Templates in English',
  },
  fr: {
    track: 'Suivre ce fil',
    schedule: 'Programmer les relances',
    weekday: /lundi|mardi|mercredi|jeudi|vendredi/,
    template: 'relance-en',
    templateLang: 'Modèles en anglais',
  },
} as const;

describe.each(['en', 'fr'] as const)('Relance in %s', (locale) => {
  let relance: Relance;
  beforeAll(async () => {
    relance = await launchRelance({ locale });
  });
  afterAll(async () => {
    await relance?.close();
  });

  it('speaks the browser’s language in the panel, its dates and its default templates', async () => {
    const words = WORDS[locale];
    const page = await relance.openFixture('gmail-02-four-messages-cc');
    const panel = panelOf(page);
    await expect
      .poll(() => panel.locator('[data-testid=track]').textContent(), { timeout: 10_000 })
      .toBe(words.track);
    await panel.locator('[data-testid=track]').click();
    await openDetails(panel);
    await expect.poll(() => panel.locator('[data-testid=schedule]').textContent()).toBe(words.schedule);
    await panel.locator('[data-testid=schedule]').click();
    await expect
      .poll(() => panel.locator('[data-testid=schedule-preview]').textContent())
      .toMatch(words.weekday);
    expect(await panel.locator('[data-testid=template-select]').inputValue()).toBe(words.template);
    expect(await panel.locator('[data-testid=template-lang]').textContent()).toBe(words.templateLang);
    // The extension's own name and the worker's language.
    const worker = await relance.serviceWorker();
    expect(await worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(new RegExp(`^${locale}`));
    await page.close();
  });

  it('has no serious or critical accessibility violation in the panel, the popup and the options page', async () => {
    const page = await relance.openFixture('gmail-04-alias-reply');
    const panel = panelOf(page);
    await panel.locator('[data-testid=track]').click({ timeout: 10_000 });
    await openDetails(panel);
    await panel.locator('[data-testid=schedule]').click();
    await panel.locator('[data-testid=confirm-schedule]').click();
    await panel.locator('[data-testid=timeline-step]').first().waitFor();
    await panel.locator('[data-testid=stage-menu]').click();
    await panel.locator('[role=menu]').waitFor();
    expect(await seriousA11yViolations(page, ['relance-panel', '[data-testid=panel]'])).toEqual([]);
    await page.close();

    const popup = await relance.openPopup();
    await popup.locator('[data-row]').first().waitFor({ timeout: 10_000 });
    expect(await seriousA11yViolations(popup)).toEqual([]);
    await popup.close();

    const options = await relance.openOptions();
    for (const tab of ['settings', 'templates', 'cadences', 'stages', 'backup']) {
      const nav = options.getByTestId(`nav-${tab}`);
      if ((await nav.count()) === 0) continue;
      await nav.click();
      expect([tab, await seriousA11yViolations(options)]).toEqual([tab, []]);
    }
    await options.close();
    expect(relance.webmailErrors).toEqual([]);
    expect(relance.workerErrors).toEqual([]);
  });
});
