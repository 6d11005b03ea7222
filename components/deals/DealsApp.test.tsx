// @vitest-environment happy-dom
// @vitest-environment-options { "url": "http://localhost/deals.html" }
// The deals page under happy-dom, on the extension's database (fake-indexeddb) with a stubbed
// background: what a rep does — the board and the table, search, a deal's drawer, an edit and a note
// — lands through lib/services and is read back; what is refused is said as a sentence.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../lib/db/instance';
import { seedDefaults } from '../../lib/db/seed';
import { onMessage } from '../../lib/messaging/protocol';
import { createDeal } from '../../lib/services/deal-page';
import { cancelCadence, scheduleCadence } from '../../lib/services/follow-ups';
import { DealsApp } from './DealsApp';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// happy-dom lays nothing out: the table's scroller (its virtualizer measures it) gets the size it
// has in a 1440×900 window, every other element stays 0×0 as happy-dom has it.
for (const [property, size] of [
  ['clientWidth', 1200],
  ['clientHeight', 700],
] as const) {
  const own = Object.getOwnPropertyDescriptor(Element.prototype, property);
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('deals-table') ? size : (own?.get?.call(this) ?? 0);
    },
  });
}

const DAY = 86_400_000;
/** The pipeline a rep opens: three deals in two stages, one with a next step. */
const SEEDED = [
  {
    name: 'Dana Whitfield',
    email: 'dana@northwind.test',
    company: 'Northwind',
    offer: 'Security audit',
    stageId: 'lead',
  },
  {
    name: 'Marc Dupont',
    email: 'marc@contoso.test',
    company: 'Contoso',
    offer: 'Rollout',
    stageId: 'meeting',
  },
  {
    name: 'Aiko Tanaka',
    email: 'aiko@fabrikam.test',
    company: 'Fabrikam',
    offer: 'Training',
    stageId: 'lead',
  },
] as const;

let container: HTMLElement;
let root: Root;
/** The stubbed background: how many times the page told it the data changed. */
let notified: ReturnType<typeof vi.fn<() => void>>;
let stopListening: () => void;
const ids = new Map<string, string>();

beforeEach(async () => {
  await db.delete();
  await db.open();
  const now = Date.now();
  await seedDefaults(db, now);
  for (const s of SEEDED) {
    const created = await createDeal(
      db,
      {
        contact: { name: s.name, email: s.email, phone: '' },
        company: s.company,
        offer: s.offer,
        value: null,
        stageId: s.stageId,
        nextStep:
          s.name === 'Marc Dupont'
            ? { at: now + 2 * DAY, channel: 'phone', repAction: '', prospectAction: '', reason: '' }
            : null,
        cadenceId: null,
      },
      now,
    );
    if (!created.ok) throw new Error(`seed: ${created.error.key}`);
    ids.set(s.name, created.value.id);
  }
  notified = vi.fn<() => void>();
  stopListening = onMessage('settingsChanged', () => {
    notified();
    return { ok: true, value: null } as never;
  });
  history.replaceState(null, '', '/deals.html');
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  stopListening();
  act(() => root.unmount());
  container.remove();
});

/** Waits on a fact (live queries and writes are asynchronous), failing after a few seconds. */
async function until<T>(read: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const value = read();
    if (value) return value;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  const shown = container.querySelector('[data-testid=deal-drawer]') ?? container;
  throw new Error(`never happened: ${what}: ${shown.textContent?.slice(0, 400)}`);
}

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const all = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const rowNames = () => all('[data-testid=deal-row] [data-testid=open-deal]').map((b) => b.textContent);

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function click(el: Element | null, what: string) {
  if (!el) throw new Error(`nothing to click: ${what}`);
  await act(async () => (el as HTMLElement).click());
}

/** The page with every row read (its data-complete fact). */
async function openPage() {
  act(() => root.render(<DealsApp />));
  await until(() => $('[data-testid=deals-page][data-complete=true]'), 'every row is read');
}

/** The drawer of one seeded deal, opened from the table as a rep does. */
async function openDrawer(name: string) {
  const button = await until(
    () => all('[data-testid=open-deal]').find((b) => b.textContent === name),
    `${name}'s row`,
  );
  await click(button, name);
  return until(
    () => $('[data-testid=deal-drawer] [data-testid=deal-form]') && $('[data-testid=deal-drawer]'),
    'the drawer',
  );
}

describe('the deals page', { timeout: 30_000 }, () => {
  it('shows the seeded deals in the table, sorted, and on the board in their stages', async () => {
    await openPage();
    // Default sort: the next follow-up (none here), then by id — the three deals, each once.
    expect(new Set(rowNames())).toEqual(new Set(SEEDED.map((s) => s.name)));
    expect(rowNames()).toHaveLength(3);
    expect($('[data-testid=deals-count]')?.textContent).toBe('3 deals');
    await click($('[data-testid=sort-contact]'), 'sort by contact');
    expect(rowNames()).toEqual(['Aiko Tanaka', 'Dana Whitfield', 'Marc Dupont']);
    expect($('th[aria-sort=ascending]')?.textContent).toContain('Contact');
    // Marc's next step shows in his row, by its channel.
    const marc = all('[data-testid=deal-row]').find((r) => r.textContent?.includes('Marc Dupont'));
    expect(marc?.textContent).toContain('Call');

    await click($('[data-testid=view-board]'), 'the board');
    const lead = await until(() => $('[data-testid=column-lead]'), 'the board');
    const card = (column: Element | null) =>
      [...(column?.querySelectorAll('[data-testid=deal-card]') ?? [])].map((c) =>
        c.getAttribute('aria-label'),
      );
    expect(card(lead).sort()).toEqual(['Aiko Tanaka', 'Dana Whitfield']);
    expect(card($('[data-testid=column-meeting]'))).toEqual(['Marc Dupont']);
    expect($('[data-testid=column-count-lead]')?.textContent).toBe('2');
    // The view is kept in the URL (a bookmarkable board).
    expect(location.search).toContain('view=board');
  });

  it('filters the rows as the rep types, and says how many of how many', async () => {
    await openPage();
    const search = $<HTMLInputElement>('[data-testid=deals-search]');
    if (!search) throw new Error('no search field');
    type(search, 'contoso');
    await until(() => rowNames().length === 1, 'one row left');
    expect(rowNames()).toEqual(['Marc Dupont']);
    expect($('[data-testid=deals-count]')?.textContent).toBe('1 of 3 deals');
    // Regex characters are text: nothing matches, and the page says so.
    type(search, '.*');
    await until(() => rowNames().length === 0, 'no row');
    expect($('.empty')?.textContent).toContain('No deal matches this view.');
    type(search, '');
    await until(() => rowNames().length === 3, 'every row again');
  });

  it("edits a deal's contact and adds a note through the drawer: written by the use cases, read back", async () => {
    await openPage();
    const drawer = await openDrawer('Dana Whitfield');
    const form = drawer.querySelector('[data-testid=deal-form]');
    const field = (name: string) => form?.querySelector<HTMLInputElement>(`input[name=${name}]`) ?? null;
    const phone = field('phone');
    const amount = field('amount');
    if (!phone || !amount) throw new Error('no phone or value field');
    type(phone, '+33 1 23 45 67 89');
    type(amount, '12500');
    await click(drawer.querySelector('[data-testid=deal-save]'), 'save');
    await until(() => $('[data-testid=drawer-status]')?.textContent === 'Saved.', 'saved');
    const id = ids.get('Dana Whitfield') ?? '';
    const stored = await db.deals.get(id);
    expect(stored?.contact.phone).toBe('+33 1 23 45 67 89');
    expect(stored?.value).toEqual({ amount: 12500, currency: 'EUR' });
    // Read back: the table's row shows the value, the drawer's field keeps it.
    await until(
      () =>
        all('[data-testid=deal-row]')
          .find((r) => r.textContent?.includes('Dana'))
          ?.textContent?.includes('12,500'),
      'the row shows the value',
    );
    expect(field('phone')?.value).toBe('+33 1 23 45 67 89');

    const note = drawer.querySelector<HTMLTextAreaElement>('[data-testid=note-text]');
    if (!note) throw new Error('no note field');
    type(note, 'Called: <b>wants</b> a quote by Friday');
    await click(drawer.querySelector('[data-testid=note-add]'), 'add the note');
    const notes = await until(() => $('[data-testid=drawer-notes]'), 'the note is listed');
    // Text stays text: no markup from what the rep typed.
    expect(notes.textContent).toContain('Called: <b>wants</b> a quote by Friday');
    expect(notes.querySelector('b')).toBeNull();
    const events = await db.events.where('dealId').equals(id).toArray();
    expect(events.filter((e) => e.type === 'note').map((e) => e.type === 'note' && e.data.text)).toEqual([
      'Called: <b>wants</b> a quote by Friday',
    ]);
    expect(note.value).toBe('');
    // The background was told of each write (its alarms and badge follow the database).
    await until(() => notified.mock.calls.length >= 2, 'the background is told');
  });

  it('says a refusal as a sentence in the rep’s language, and writes nothing', async () => {
    await openPage();
    const drawer = await openDrawer('Marc Dupont');
    const amount = drawer.querySelector<HTMLInputElement>('input[name=amount]');
    if (!amount) throw new Error('no value field');
    type(amount, '-900');
    await click(drawer.querySelector('[data-testid=deal-save]'), 'save');
    const status = await until(
      () =>
        $('[data-testid=drawer-status]')?.textContent?.startsWith('Could not save') &&
        $('[data-testid=drawer-status]'),
      'the refusal',
    );
    expect(status.textContent).toBe('Could not save: The deal’s value must be a positive amount (or zero).');
    expect((await db.deals.get(ids.get('Marc Dupont') ?? ''))?.value).toBeNull();
    expect(notified).not.toHaveBeenCalled();
  });

  it('folds a replaced cadence’s cancelled steps away under one line, the live ones listed', async () => {
    const dealId = ids.get('Dana Whitfield') ?? '';
    const first = await scheduleCadence(db, { dealId }, Date.now());
    const again = await scheduleCadence(db, { dealId, mode: 'replace' }, Date.now());
    if (!first.ok || !again.ok) throw new Error('not scheduled');
    await openPage();
    const drawer = await openDrawer('Dana Whitfield');
    const live = await until(() => drawer.querySelector('[data-testid=drawer-follow-ups]'), 'the steps');
    expect(live.querySelectorAll('li')).toHaveLength(again.value.length);
    expect(live.textContent).not.toContain('cancelled');
    const folded = drawer.querySelector<HTMLDetailsElement>('[data-testid=drawer-cancelled-steps]');
    expect(folded?.open).toBe(false);
    expect(folded?.querySelector('summary')?.textContent).toBe(
      `${first.value.length} cancelled steps (a cadence replaced or stopped)`,
    );
    expect(folded?.querySelectorAll('li')).toHaveLength(first.value.length);
  });

  it('says no follow-up is scheduled when every step was cancelled (a stopped cadence), the steps folded', async () => {
    const dealId = ids.get('Aiko Tanaka') ?? '';
    const steps = await scheduleCadence(db, { dealId }, Date.now());
    const stopped = await cancelCadence(db, { dealId }, Date.now());
    if (!steps.ok || !stopped.ok) throw new Error('not scheduled and stopped');
    await openPage();
    const drawer = await openDrawer('Aiko Tanaka');
    await until(() => drawer.querySelector('[data-testid=drawer-cancelled-steps]'), 'the folded steps');
    expect(drawer.querySelector('[data-testid=drawer-follow-ups]')).toBeNull();
    expect(drawer.textContent).toContain('No follow-up scheduled.');
  });
});
