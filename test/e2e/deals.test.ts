// The deals page, end to end in the built extension: opened from the popup's header, a deal found by
// search, moved by keyboard on the board (the same setStage use case as the panel's chips), its
// drawer opened and a note added; a new deal without a thread; the view kept in the URL; axe clean.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import { gmailSnapshot, readTable, send, seriousA11yViolations, value } from './helpers';

let relance: Relance;
let control: Page;

interface Deal {
  id: string;
  stageId: string;
  threads: { threadId: string }[];
  contact: { name: string; phone: string };
  company: string;
  value: { amount: number; currency: string } | null;
}
interface Event {
  dealId: string;
  type: string;
  data: { text?: string; to?: string };
}

const snapshot = (i: number, name: string, email: string, subject: string) =>
  gmailSnapshot(`19a68e3a2c7d6${String(100 + i)}`, name, email, subject);

const PEOPLE = [
  ['Dana Whitfield', 'dana@northwind-labs.test', 'Security review for Northwind rollout'],
  ['Élodie Martin', 'elodie@transports-martin.fr', 'Renouvellement de la flotte'],
  ['Sam Ortiz', 'sam@contoso-retail.test', 'Pricing for 40 seats (a+b)*'],
] as const;

const ids: string[] = [];

beforeAll(async () => {
  relance = await launchRelance();
  control = await relance.openOptions();
  for (const [i, [name, email, subject]] of PEOPLE.entries()) {
    const s = snapshot(i, name, email, subject);
    const url = `https://mail.google.com/mail/u/0/#inbox/${s.threadId}`;
    const state = value<{ deal: { id: string } }>(
      await send(control, 'trackThread', { snapshot: s, url, contact: s.messages[0]?.from }),
    );
    ids.push(state.deal.id);
  }
  // Élodie has a next step (a call in two days); the others have none.
  value(
    await send(control, 'setNextStep', {
      dealId: ids[1],
      nextStep: {
        at: Date.now() + 2 * 86_400_000,
        channel: 'phone',
        repAction: 'Call about the fleet',
        prospectAction: '',
        reason: '',
      },
    }),
  );
});
afterAll(async () => {
  await relance?.close();
});

const dealOf = async (id: string) => (await readTable<Deal>(control, 'deals')).find((d) => d.id === id);

describe('the deals page', () => {
  let page: Page;

  it('opens from the popup’s header, with every deal in the table', async () => {
    const popup = await relance.openPopup();
    const [opened] = await Promise.all([
      relance.context.waitForEvent('page'),
      popup.getByTestId('open-deals').click(),
    ]);
    page = opened;
    await page.waitForURL(/deals\.html/);
    await expect.poll(() => page.getByTestId('deals-page').getAttribute('data-complete')).toBe('true');
    expect(await page.getByTestId('deal-row').count()).toBe(3);
    await popup.close();
  });

  it('finds a deal by search as you type — regex characters are text — and keeps the view in the URL', async () => {
    await page.getByTestId('deals-search').fill('(a+b)*');
    await expect.poll(() => page.getByTestId('deal-row').count()).toBe(1);
    expect(await page.getByTestId('deal-row').first().getAttribute('data-deal-id')).toBe(ids[2]);
    await page.getByTestId('deals-search').fill('northwind');
    await expect.poll(() => page.getByTestId('deal-row').count()).toBe(1);
    expect(await page.getByTestId('deal-row').first().getAttribute('data-deal-id')).toBe(ids[0]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('northwind');
    await page.getByTestId('sort-company').click();
    expect(new URL(page.url()).searchParams.get('sort')).toBe('company');
    // A reload reads the view back from the URL.
    await page.reload();
    await expect.poll(() => page.getByTestId('deal-row').count()).toBe(1);
    expect(await page.getByTestId('deals-search').inputValue()).toBe('northwind');
    expect(await page.locator('th[aria-sort=ascending]').textContent()).toMatch(/Company/);
  });

  it('moves the card by keyboard on the board, through the stage use case', async () => {
    await page.getByTestId('view-board').click();
    const card = page.locator(`[data-testid=deal-card][data-deal-id="${ids[0]}"]`);
    await card.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('stage-menu').waitFor();
    await page.getByTestId('move-to-negotiation').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await dealOf(ids[0] ?? ''))?.stageId).toBe('negotiation');
    await page.getByTestId('column-negotiation').locator(`[data-deal-id="${ids[0]}"]`).waitFor();
    const events = await readTable<Event>(control, 'events');
    expect(
      events.some((e) => e.dealId === ids[0] && e.type === 'stage-changed' && e.data.to === 'negotiation'),
    ).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('filters by stage and by a warning, kept in the URL, and clears the filters', async () => {
    await page.getByTestId('view-table').click();
    await page.getByTestId('deals-search').fill('');
    await expect.poll(() => page.getByTestId('deal-row').count()).toBe(3);
    const shown = () =>
      page
        .getByTestId('deal-row')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-deal-id')).sort());

    await page.getByTestId('filter-stage').selectOption('negotiation');
    await expect.poll(shown).toEqual([ids[0]]);
    expect(new URL(page.url()).searchParams.get('stage')).toBe('negotiation');

    await page.getByTestId('filter-stage').selectOption('');
    await page.getByTestId('flag-no-next-step').check();
    await expect.poll(shown).toEqual([ids[0], ids[2]].sort());
    expect(new URL(page.url()).searchParams.get('flag')).toBe('no-next-step');

    await page.getByTestId('filters-clear').click();
    await expect.poll(() => page.getByTestId('deal-row').count()).toBe(3);
    expect(new URL(page.url()).searchParams.get('flag')).toBeNull();
    expect(await page.getByTestId('flag-no-next-step').isChecked()).toBe(false);
    await page.getByTestId('view-board').click();
  });

  it('edits the deal in its drawer: the company and the value, saved through the use case', async () => {
    const card = page.locator(`[data-testid=deal-card][data-deal-id="${ids[0]}"]`);
    await card.focus();
    await page.keyboard.press('o');
    const form = page.getByTestId('deal-drawer').getByTestId('deal-form');
    await form.waitFor();
    await form.locator('input[name=company]').fill('Northwind Labs');
    await form.locator('input[name=amount]').fill('24,000.50');
    await form.getByTestId('deal-save').click();
    await expect
      .poll(async () => {
        const d = await dealOf(ids[0] ?? '');
        return { company: d?.company, value: d?.value };
      })
      .toEqual({ company: 'Northwind Labs', value: { amount: 24_000.5, currency: 'EUR' } });
    await page.keyboard.press('Escape');
    await page.getByTestId('deal-drawer').waitFor({ state: 'detached' });
    // The board says it at once: the card reads the saved deal.
    await expect.poll(() => card.textContent()).toMatch(/Northwind Labs.*24,000/s);
  });

  it('opens the drawer and adds a note, listed with its time and in the history', async () => {
    const card = page.locator(`[data-testid=deal-card][data-deal-id="${ids[0]}"]`);
    await card.focus();
    await page.keyboard.press('o');
    const drawer = page.getByTestId('deal-drawer');
    await drawer.waitFor();
    expect(new URL(page.url()).searchParams.get('deal')).toBe(ids[0]);
    await drawer.getByTestId('note-text').fill('Budget approved <b>Q3</b>');
    await drawer.getByTestId('note-add').click();
    await expect
      .poll(() => drawer.getByTestId('drawer-notes').textContent())
      .toContain('Budget approved <b>Q3</b>');
    expect(await drawer.locator('b').count()).toBe(0);
    expect(await drawer.getByTestId('drawer-history').textContent()).toMatch(/Stage → Negotiation/);
    const notes = (await readTable<Event>(control, 'events')).filter(
      (e) => e.dealId === ids[0] && e.type === 'note',
    );
    expect(notes.map((e) => e.data.text)).toEqual(['Budget approved <b>Q3</b>']);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
  });

  it('creates a new deal without a thread', async () => {
    await page.getByTestId('deals-search').fill('');
    await page.getByTestId('new-deal-open').click();
    const dialog = page.getByTestId('new-deal');
    await dialog.locator('input[name=name]').fill('Marc Dubois');
    await dialog.locator('input[name=phone]').fill('+33 6 12 34 56 78');
    await dialog.getByTestId('new-deal-create').click();
    await page.getByTestId('deal-drawer').waitFor();
    await expect
      .poll(async () =>
        (await readTable<Deal>(control, 'deals')).find((d) => d.contact.name === 'Marc Dubois'),
      )
      .toMatchObject({ threads: [], contact: { phone: '+33 6 12 34 56 78' } });
    await expect.poll(() => page.getByTestId('deal-drawer').textContent()).toMatch(/No email thread/);
  });
});
