// The deals page's other flows, end to end in the built extension: a second thread added to a deal
// from the Gmail panel ("Add to <deal>"), a card moved by drag and drop, a bulk stage change, the
// drawer opening a thread, a deal without a thread whose phone step the popup opens with "Open deal",
// and a Pipeline number opening the deals page on exactly its deals.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import { gmailSnapshot, panelOf, readTable, send, threadIdOf, value } from './helpers';
import { expectOneLineBar } from './panel-scenarios';

let relance: Relance;
let control: Page;

interface Deal {
  id: string;
  stageId: string;
  threads: { threadId: string; url: string }[];
  contact: { name: string; email: string };
}

const FIXTURE = 'gmail-01-single-sent-by-me';

const SEEDS = [
  ['seed-dana-1', 'Dana Whitfield', 'dana.whitfield@northwind.test', 'First call with Northwind'],
  ['seed-sam-1', 'Sam Ortiz', 'sam@contoso-retail.test', 'Pricing for 40 seats'],
  ['seed-elodie-1', 'Élodie Martin', 'elodie@transports-martin.fr', 'Renouvellement de la flotte'],
] as const;
const ids: string[] = [];

beforeAll(async () => {
  relance = await launchRelance();
  control = await relance.openOptions();
  for (const [threadId, name, email, subject] of SEEDS) {
    const s = gmailSnapshot(threadId, name, email, subject);
    const url = `https://mail.google.com/mail/u/0/#inbox/${threadId}`;
    const state = value<{ deal: { id: string } }>(
      await send(control, 'trackThread', { snapshot: s, url, contact: s.messages[0]?.from }),
    );
    ids.push(state.deal.id);
  }
});
afterAll(async () => {
  await relance?.close();
});

const deals = () => readTable<Deal>(control, 'deals');
const dealOf = async (id: string | undefined) => (await deals()).find((d) => d.id === id);

async function openDealsPage(search = ''): Promise<Page> {
  const page = await relance.context.newPage();
  await page.goto(relance.extensionUrl(`deals.html${search}`));
  await expect.poll(() => page.getByTestId('deals-page').getAttribute('data-complete')).toBe('true');
  return page;
}

describe('a deal is not a thread', () => {
  it('adds a second thread to the contact’s deal from the Gmail panel, then the bar is the deal’s', async () => {
    const page = await relance.openFixture(FIXTURE);
    const panel = panelOf(page);
    const add = panel.getByTestId('add-to-deal');
    await add.waitFor({ timeout: 10_000 });
    expect(await add.getAttribute('data-deal-id')).toBe(ids[0]);
    expect(await add.textContent()).toContain('Dana Whitfield');
    expect(await panel.getByTestId('track').textContent()).toBe('New deal');
    await expectOneLineBar(page, 'untracked, with a deal to add to');
    await add.click();
    await panel.getByTestId('stage-menu').waitFor();
    expect(await panel.getAttribute('data-deal-id')).toBe(ids[0]);
    const threadId = await threadIdOf(relance, FIXTURE);
    await expect
      .poll(async () => (await dealOf(ids[0]))?.threads.map((t) => t.threadId))
      .toEqual(['seed-dana-1', threadId]);
    // Still one deal for Dana: no new deal was made.
    expect((await deals()).filter((d) => d.contact.email === 'dana.whitfield@northwind.test')).toHaveLength(
      1,
    );
    await page.close();
  });
});

describe('the deals page, by hand', () => {
  let page: Page;

  it('moves a card to another stage by drag and drop', async () => {
    page = await openDealsPage('?view=board');
    const card = page.locator(`[data-testid=deal-card][data-deal-id="${ids[1]}"]`);
    await card.dragTo(page.getByTestId('column-meeting'));
    await expect.poll(async () => (await dealOf(ids[1]))?.stageId).toBe('meeting');
    await page.getByTestId('column-meeting').locator(`[data-deal-id="${ids[1]}"]`).waitFor();
  });

  it('changes the stage of a selection at once', async () => {
    await page.getByTestId('view-table').click();
    for (const id of [ids[1], ids[2]])
      await page.locator(`[data-testid=deal-row][data-deal-id="${id}"] input[type=checkbox]`).check();
    await page.getByTestId('bulk-bar').waitFor();
    await page.getByTestId('bulk-stage').selectOption('negotiation');
    await expect
      .poll(async () => [(await dealOf(ids[1]))?.stageId, (await dealOf(ids[2]))?.stageId])
      .toEqual(['negotiation', 'negotiation']);
    await expect.poll(() => page.getByTestId('deals-notice').textContent()).toMatch(/2 changed/);
  });

  it('opens a thread of the deal from its drawer', async () => {
    await page.locator(`[data-testid=deal-row][data-deal-id="${ids[0]}"] [data-testid=open-deal]`).click();
    const drawer = page.getByTestId('deal-drawer');
    await drawer.waitFor();
    expect(await drawer.getByTestId('drawer-thread').count()).toBe(2);
    const [opened] = await Promise.all([
      relance.context.waitForEvent('page'),
      drawer.getByTestId('open-thread').first().click(),
    ]);
    await opened.waitForURL(/mail\.google\.com\/mail\/u\/0\/#inbox\/seed-dana-1/);
    await opened.close();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
  });

  it('makes a deal without a thread whose phone step the popup opens with Open deal', async () => {
    await page.getByTestId('new-deal-open').click();
    const dialog = page.getByTestId('new-deal');
    await dialog.locator('input[name=name]').fill('Marc Dubois');
    await dialog.locator('input[name=phone]').fill('+33 6 12 34 56 78');
    await dialog.getByTestId('new-deal-create').click();
    await page.getByTestId('deal-drawer').waitFor();
    await expect.poll(async () => (await deals()).find((d) => d.contact.name === 'Marc Dubois')).toBeTruthy();
    const marc = (await deals()).find((d) => d.contact.name === 'Marc Dubois');
    expect(marc?.threads).toEqual([]);
    // A call to make in a minute: today's follow-ups list it.
    value(
      await send(control, 'scheduleSingle', {
        dealId: marc?.id,
        when: { at: Date.now() + 60_000 },
        channel: 'phone',
        templateKind: null,
      }),
    );
    const popup = await relance.openPopup();
    const row = popup.getByTestId('popup-row').filter({ hasText: 'Marc Dubois' });
    await row.waitFor();
    expect(await row.getByTestId('row-channel').textContent()).toMatch(/Phone|Call/i);
    const open = row.getByTestId('row-open');
    expect(await open.getAttribute('data-open')).toBe('deal');
    expect(await open.textContent()).toContain('Open deal');
    const [opened] = await Promise.all([relance.context.waitForEvent('page'), open.click()]);
    await opened.waitForURL(/deals\.html\?deal=/);
    expect(new URL(opened.url()).searchParams.get('deal')).toBe(marc?.id);
    await opened.getByTestId('deal-drawer').waitFor();
    // The drawer opens at once and fills in when the deal is read: wait on its text.
    await expect.poll(() => opened.getByTestId('deal-drawer').textContent()).toContain('Marc Dubois');
    await opened.close();
    await popup.close().catch(() => undefined);
    await page.close();
  });
});

describe('the Pipeline drill-down', () => {
  it('opens the deals page on exactly the deals a number counts', async () => {
    const options = await relance.openOptions();
    await options.getByTestId('nav-pipeline').click();
    const link = options.getByTestId('drill-current-negotiation');
    await link.waitFor();
    expect(await link.textContent()).toBe('2');
    const [opened] = await Promise.all([relance.context.waitForEvent('page'), link.click()]);
    await opened.waitForURL(/deals\.html\?funnel=current/);
    await expect.poll(() => opened.getByTestId('deal-row').count()).toBe(2);
    const shown = await opened
      .getByTestId('deal-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-deal-id')).sort());
    expect(shown).toEqual([ids[1], ids[2]].sort());
    await opened.getByTestId('drill-chip').waitFor();
    // Without the drill-down, every deal again.
    await opened.getByTestId('drill-clear').click();
    await expect.poll(() => opened.getByTestId('deal-row').count()).toBe(4);
    await opened.close();

    // "Reached": every deal reached the first step (lead).
    const reached = options.getByTestId('drill-reached-lead');
    const [all] = await Promise.all([relance.context.waitForEvent('page'), reached.click()]);
    await all.waitForURL(/funnel=reached/);
    await expect.poll(() => all.getByTestId('deal-row').count()).toBe(Number(await reached.textContent()));
    await all.close();
    await options.close();
  });
});
