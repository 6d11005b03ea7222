// The options page end to end, as a new rep would use it: change the follow-up hour, edit a
// template (and the background renders the edited text), export everything, import it into a fresh
// profile and get identical data; a broken file is refused and changes nothing.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import { openDetails, panelOf, readTable, send, value } from './helpers';

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
const TABLES = ['deals', 'followUps', 'events', 'stages', 'cadences', 'templates', 'settings'] as const;

let relance: Relance;
let fresh: Relance | undefined;
let page: Page;
let backup: Buffer;

async function tables(p: Page): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  const byId = (a: unknown, b: unknown) =>
    String((a as { id: string }).id).localeCompare(String((b as { id: string }).id));
  for (const name of TABLES) out[name] = (await readTable(p, name)).sort(byId);
  out.seeded = (await readTable<{ key: string }>(p, 'meta')).filter((r) => r.key === 'seeded-ids');
  return out;
}

beforeAll(async () => {
  relance = await launchRelance();
  page = await relance.openOptions();
});
afterAll(async () => {
  await fresh?.close();
  await relance?.close();
});

describe('the options page', () => {
  it('stores a new follow-up hour', async () => {
    const time = page.locator('input[name=followUpTime]');
    await time.fill('08:15');
    await page.getByTestId('settings-save').click();
    await expect.poll(() => page.getByTestId('settings-status').textContent()).toBe('Saved.');
    const [settings] = await readTable<{ followUpTime: string }>(page, 'settings');
    expect(settings?.followUpTime).toBe('08:15');
  });

  it('saves an edited template, and the background renders the edited text', async () => {
    const state = value<{ deal: { id: string } }>(
      await send(page, 'trackThread', { snapshot, url, contact }),
    );
    value(await send(page, 'scheduleCadence', { dealId: state.deal.id }));
    // "Northwind" is guessed from the address: templates use a company once the rep confirms it.
    value(await send(page, 'updateDeal', { dealId: state.deal.id, patch: { company: 'Northwind' } }));
    await page.getByTestId('nav-templates').click();
    await page.getByTestId('template-relance-en').click();
    const body = page.locator('textarea[name=body]');
    await body.fill('Hello {firstName}, {oops} <b>not markup</b>');
    await expect.poll(() => page.getByTestId('template-unknown').textContent()).toContain('{oops}');
    expect(await page.getByTestId('template-save').isDisabled()).toBe(true);
    await body.fill('Hello {firstName}, shall we talk about {company}? <b>not markup</b>');
    await expect
      .poll(() => page.getByTestId('template-preview').textContent())
      .toContain('Hello Dana, shall we');
    await page.getByTestId('template-save').click();
    await expect.poll(() => page.getByTestId('template-status').textContent()).toBe('Saved.');

    const rendered = value<{ body: string }>(
      await send(page, 'renderTemplate', { dealId: state.deal.id, templateId: 'relance-en' }),
    );
    expect(rendered.body).toBe('Hello Dana, shall we talk about Northwind? <b>not markup</b>');
  });

  it('exports everything, and a fresh profile imports it into identical data', async () => {
    await page.getByTestId('nav-backup').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-backup').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^relance-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    backup = await readFile(path);
    const before = await tables(page);
    expect(before.deals).toHaveLength(1);
    expect((before.followUps ?? []).length).toBeGreaterThan(5);

    fresh = await launchRelance({ server: relance.server });
    const other = await fresh.openOptions();
    await other.goto(fresh.extensionUrl('options.html#backup'));
    // The mode is chosen before the file, and merge is the default.
    expect(await other.getByTestId('import-mode-merge').isChecked()).toBe(true);
    await other.getByTestId('import-backup').setInputFiles({
      name: 'relance-backup.json',
      mimeType: 'application/json',
      buffer: backup,
    });
    await other.getByTestId('import-plan').waitFor();
    expect(await other.getByTestId('import-plan').textContent()).toContain('Deals: 1 added');
    await other.getByTestId('import-confirm').click();
    await other.getByTestId('import-done').waitFor();
    expect(await tables(other)).toEqual(before);
    // The background heard about the import: the imported follow-ups have their alarm.
    const worker = await fresh.serviceWorker();
    await expect
      .poll(() =>
        worker.evaluate(() => chrome.alarms.get('relance:next-due').then((a) => a?.scheduledTime ?? 0)),
      )
      .toBeGreaterThan(0);
    expect(fresh.workerErrors).toEqual([]);
  });

  it('refuses a broken file with a message, and nothing changes', async () => {
    // The options tab of the fresh profile (its welcome tab, opened on install, is there too).
    const other = fresh?.context
      .pages()
      .find((p) => p.url().startsWith(fresh?.extensionUrl('options.html') ?? '-'));
    if (!other || !fresh) throw new Error('the fresh profile is not open');
    const before = await tables(other);
    await other.getByTestId('import-backup').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: backup.subarray(0, Math.floor(backup.length / 2)),
    });
    const error = other.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/refused, nothing changed.*cannot be read as JSON/s);
    const json = JSON.parse(backup.toString('utf8'));
    json.data.followUps[0].dealId = 'ghost';
    await other.getByTestId('import-backup').setInputFiles({
      name: 'dangling.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(json)),
    });
    await expect
      .poll(() => error.textContent())
      .toContain('In the follow-ups, record 1: “dealId” points to “ghost”, which is not in the file.');
    expect(await error.textContent()).toContain('data.followUps[0].dealId');
    expect(await other.getByTestId('import-plan').count()).toBe(0);
    expect(await tables(other)).toEqual(before);
    expect(relance.workerErrors).toEqual([]);
  });

  it('says what is wrong with a file in French when Relance speaks French', async () => {
    const other = fresh?.context
      .pages()
      .find((p) => p.url().startsWith(fresh?.extensionUrl('options.html') ?? '-'));
    if (!other || !fresh) throw new Error('the fresh profile is not open');
    await other.goto(fresh.extensionUrl('options.html#settings'));
    await other.locator('select:has(option[value="browser"])').selectOption('fr');
    await Promise.all([other.waitForEvent('load'), other.getByTestId('settings-save').click()]);
    await other.goto(fresh.extensionUrl('options.html#backup'));
    const before = await tables(other);
    const { exportedAt: _gone, ...json } = JSON.parse(backup.toString('utf8'));
    await other.getByTestId('import-backup').setInputFiles({
      name: 'sans-date.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(json)),
    });
    const error = other.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toContain(
      'Ce fichier n’est pas une sauvegarde Relance : il n’a pas de date d’export valable.',
    );
    expect(await tables(other)).toEqual(before);
  });

  it('inserts the edited template from the Gmail panel, as text', async () => {
    const gmail = await relance.openFixture('gmail-05-inline-reply-open');
    const panel = panelOf(gmail);
    await panel.locator('[data-testid=track]').click({ timeout: 10_000 });
    await openDetails(panel);
    await panel.locator('[data-testid=template-select]').selectOption('relance-en');
    await expect
      .poll(() => panel.locator('[data-testid=template-preview]').textContent())
      .toContain('Hello Morgan');
    // The company is only guessed from the address here: the panel asks for it before inserting.
    await panel.locator('[data-testid=missing-company]').fill('Northwind');
    await panel.locator('[data-testid=insert-template]').click();
    const box = gmail.locator('[aria-label="Message Body"][contenteditable]');
    await expect.poll(() => box.textContent()).toContain('Hello Morgan, shall we talk about');
    expect(await box.textContent()).toContain('<b>not markup</b>');
    expect(await box.locator('b').count()).toBe(0);
    await gmail.close();
  });
});
