// The first hour, end to end: a fresh install opens the welcome page; each choice a rep makes lands
// in the settings (and the chosen process in the stages); a rep who skips every step keeps the
// defaults, and the panel works as before; the page opens again from the options.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/defaults/settings';
import type { Settings, Stage } from '../../lib/model';
import { launchRelance, type Relance } from './harness';
import { panelOf, readTable, seriousA11yViolations } from './helpers';

/** The tab the worker opened on install. */
async function welcomeTab(relance: Relance): Promise<Page> {
  const isWelcome = (p: Page) => p.url() === relance.extensionUrl('welcome.html');
  // Called from beforeAll, where expect.poll is not allowed: wait for the tab the same way.
  const deadline = Date.now() + 15_000;
  let page = relance.context.pages().find(isWelcome);
  while (!page && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    page = relance.context.pages().find(isWelcome);
  }
  if (!page) throw new Error(`no welcome tab among ${relance.context.pages().map((p) => p.url())}`);
  await page.getByTestId('welcome-step-language').waitFor();
  return page;
}

async function settingsOf(page: Page): Promise<Settings> {
  const [settings] = await readTable<Settings>(page, 'settings');
  if (!settings) throw new Error('no settings record');
  return settings;
}

async function next(page: Page, step: string, button: 'welcome-continue' | 'welcome-skip') {
  await page.getByTestId(button).click();
  await page.getByTestId(`welcome-step-${step}`).waitFor();
}

describe('the welcome page, answered', () => {
  let relance: Relance;
  let page: Page;
  beforeAll(async () => {
    relance = await launchRelance();
    page = await welcomeTab(relance);
  });
  afterAll(async () => {
    await relance?.close();
  });

  it('opens on install, once, and reads well', async () => {
    const welcomes = relance.context.pages().filter((p) => p.url().includes('/welcome.html'));
    expect(welcomes).toHaveLength(1);
    expect(await page.title()).toBe('Set up Relance');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('speaks the language chosen, from the next step on', async () => {
    await page.getByTestId('language-fr').click();
    await Promise.all([page.waitForEvent('load'), page.getByTestId('welcome-continue').click()]);
    await page.getByTestId('welcome-step-signature').waitFor();
    expect(await page.title()).toBe('Configurer Relance');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect((await settingsOf(page)).language).toBe('fr');
  });

  it('keeps the name templates sign with', async () => {
    await page.locator('input[name=senderName]').fill('  Camille Martin ');
    expect(await page.getByTestId('signature-preview').textContent()).toBe(
      'Bien cordialement,Camille Martin',
    );
    await next(page, 'week', 'welcome-continue');
    expect(await settingsOf(page)).toMatchObject({
      senderName: 'Camille Martin',
      webmailAddsSignature: false,
    });
  });

  it('keeps the working days and hours, typed the French way', async () => {
    await page.getByTestId('day-6').click(); // Saturday too
    await page.getByTestId('follow-up-time').fill('8h30');
    await page.getByTestId('day-end-time').fill('17 h 30');
    await next(page, 'zone', 'welcome-continue');
    expect(await settingsOf(page)).toMatchObject({
      workingDays: [1, 2, 3, 4, 5, 6],
      followUpTime: '08:30',
      dayEndTime: '17:30',
    });
  });

  it('finds the time zone by its city, by keyboard', async () => {
    const input = page.locator('[data-testid=time-zone] input');
    await input.fill('paris');
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    await expect
      .poll(() => page.locator('[role=option][aria-selected=true]').first().textContent())
      .toMatch(/^Paris — heure d’Europe centrale/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await input.press('Enter');
    await expect.poll(() => input.inputValue()).toMatch(/^Paris — /);
    await next(page, 'addresses', 'welcome-continue');
    expect((await settingsOf(page)).timeZone).toBe('Europe/Paris');
  });

  it('adds other addresses, and refuses what is no address with a sentence', async () => {
    const address = page.locator('input[name=ownAddress]');
    await address.fill('Camille@Ventes.example, pas-une-adresse');
    await page.getByTestId('address-add').click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toBe('« pas-une-adresse » n’est pas une adresse e-mail, comme nom@entreprise.fr.');
    await address.fill('equipe@ventes.example');
    await next(page, 'process', 'welcome-continue');
    expect((await settingsOf(page)).ownAddresses).toEqual([
      'camille@ventes.example',
      'equipe@ventes.example',
    ]);
  });

  it('starts from the course’s car dealership, saying first what it changes', async () => {
    await expect.poll(() => page.getByTestId('process-plan').textContent()).toMatch(/^Rien à changer/);
    await page.getByTestId('process-car-dealership').click();
    await expect.poll(() => page.getByTestId('process-plan').textContent()).toMatch(/Cadences : 1 ajout/);
    await next(page, 'start', 'welcome-continue');
    const stages = await readTable<Stage>(page, 'stages');
    expect(stages.find((s) => s.id === 'meeting')?.name.fr).toBe('Essai');
    expect(stages.find((s) => s.id === 'follow-up')?.defaultCadenceId).toBe('twice-a-year');
    expect((await readTable<{ id: string }>(page, 'cadences')).map((c) => c.id)).toContain('twice-a-year');
  });

  it('ends on how to start, with what was set', async () => {
    const summary = page.getByTestId('welcome-summary');
    expect(await summary.locator('[data-step=signature] dd').first().textContent()).toBe(
      'Les modèles signent « Camille Martin »',
    );
    expect(await summary.locator('[data-step=week] dd').first().textContent()).toBe(
      'lun.–sam., de 08:30 à 17:30',
    );
    expect(await page.getByTestId('open-gmail').getAttribute('href')).toMatch(
      /^https:\/\/mail\.google\.com\//,
    );
    expect(await page.getByTestId('open-outlook').getAttribute('href')).toMatch(
      /^https:\/\/outlook\.office\.com\//,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(relance.workerErrors).toEqual([]);
  });
});

describe('the welcome page, skipped', () => {
  let relance: Relance;
  let page: Page;
  beforeAll(async () => {
    relance = await launchRelance();
    page = await welcomeTab(relance);
  });
  afterAll(async () => {
    await relance?.close();
  });

  it('writes nothing when every step is skipped: the defaults stay', async () => {
    const before = await settingsOf(page);
    expect(before).toEqual({ ...DEFAULT_SETTINGS, updatedAt: before.updatedAt });
    const stagesBefore = await readTable(page, 'stages');
    for (const step of ['signature', 'week', 'zone', 'addresses', 'process', 'start']) {
      await next(page, step, 'welcome-skip');
    }
    expect(await settingsOf(page)).toEqual(before);
    expect(await readTable(page, 'stages')).toEqual(stagesBefore);
  });

  it('leaves a panel that works as before', async () => {
    const gmail = await relance.openFixture('gmail-02-four-messages-cc');
    const panel = panelOf(gmail);
    await panel.locator('[data-testid=track]').waitFor({ timeout: 15_000 });
    await panel.locator('[data-testid=track]').click();
    await panel.locator('[data-testid=stage-menu]').waitFor({ timeout: 15_000 });
    await expect.poll(() => panel.locator('[data-testid=stage-menu]').textContent()).toMatch(/Lead/);
    expect((await readTable(page, 'deals')).length).toBe(1);
    await gmail.close();
  });

  it('opens again from the options, and keeps "my webmail adds my signature"', async () => {
    const options = await relance.openOptions();
    const [again] = await Promise.all([
      relance.context.waitForEvent('page'),
      options.getByTestId('open-welcome').click(),
    ]);
    await again.waitForLoadState('load');
    expect(again.url()).toBe(relance.extensionUrl('welcome.html'));
    await again.getByTestId('welcome-rail-signature').click();
    await again.locator('input[name=webmailAddsSignature]').check();
    expect(await again.getByTestId('signature-preview').textContent()).toBe(
      'Best regards,your webmail’s signature',
    );
    await next(again, 'week', 'welcome-continue');
    expect(await settingsOf(again)).toMatchObject({ senderName: '', webmailAddsSignature: true });
    expect(relance.workerErrors).toEqual([]);
    expect(relance.webmailErrors).toEqual([]);
  });
});
