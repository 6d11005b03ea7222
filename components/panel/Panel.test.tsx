// @vitest-environment happy-dom
// The thread panel under happy-dom against a stubbed background: the protocol's real handlers (the
// application layer) on fake-indexeddb, reached through WXT's fake browser as the content script
// reaches the worker. The reply box is a stub that records what is inserted.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDealByThread } from '../../lib/db/deals';
import { setUpTestDb } from '../../lib/db/test-support';
import type { InsertOptions, ThreadSnapshot } from '../../lib/mail/adapter';
import { createHandlers, type Handlers } from '../../lib/messaging/handlers';
import type { MessageType } from '../../lib/messaging/protocol';
import { saveSettings } from '../../lib/services/settings';
import { Panel } from './Panel';

// The worker's side: each message the panel sends is answered by the protocol's handlers
// (validation, then lib/services) on this test's database, as the background does.
const background: { handlers: Handlers | null } = { handlers: null };
vi.mock('../../lib/messaging/protocol', async (original) => ({
  ...(await original<typeof import('../../lib/messaging/protocol')>()),
  sendMessage: (type: MessageType, data: unknown) => {
    if (!background.handlers) throw new Error('no background');
    return background.handlers[type](data);
  },
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const t = setUpTestDb();
const SNAPSHOT: ThreadSnapshot = {
  provider: 'gmail',
  threadId: '19a68e3a2c7d51b0',
  subject: 'Security review for Northwind rollout',
  account: 'jordan.lee@acme.test',
  messages: [
    {
      from: { name: 'Dana Whitfield', email: 'dana.whitfield@northwind-labs.test' },
      to: [{ name: 'Jordan Lee', email: 'jordan.lee@acme.test' }],
      cc: [],
      key: 'id:msg-1',
    },
  ],
  lastMessageFromAccount: false,
  hasCompose: false,
};
const URL_ = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRWhXgPPtkKmJgdgqbwVXwNn';

let container: HTMLElement;
let root: Root;
let inserted: { text: string; options?: InsertOptions }[];

beforeEach(() => {
  background.handlers = createHandlers({
    db: t.db,
    now: () => Date.now(),
    uiLanguage: () => 'en',
    afterWrite: () => {},
  });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  inserted = [];
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(texts: string[] = ['Hi Jordan, thanks for the quote. Can we talk next week?']) {
  act(() =>
    root.render(
      <Panel
        snapshot={SNAPSHOT}
        url={URL_}
        floating={false}
        readTexts={() => texts}
        insertText={async (text, options) => {
          inserted.push({ text, options });
          return inserted.length > 1 ? { ok: true, replaced: true } : { ok: true };
        }}
        openReplyBox={async () => ({ ok: true, hasSignature: false })}
        undoInsertion={() => true}
      />,
    ),
  );
}

const $ = <E extends Element = HTMLElement>(testId: string) =>
  container.querySelector<E>(`[data-testid="${testId}"]`);

/** Waits on a fact of the DOM (the background answers asynchronously). */
async function until<T>(read: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = read();
    if (value) return value;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`never: ${what}: ${container.innerHTML.slice(0, 600)}`);
}

async function click(el: Element | null) {
  if (!el) throw new Error('nothing to click');
  await act(async () => (el as HTMLElement).click());
}

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The tab stops of the bar: what Tab reaches in its default state. */
function tabStops(): number {
  const bar = $('bar');
  return [
    ...(bar?.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex]') ?? []),
  ].filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled).length;
}

async function track() {
  render();
  await click(await until(() => $('track'), 'the Track button'));
  await until(() => $('stage-menu'), 'the tracked bar');
}

describe('the deal bar', () => {
  it('shows the prospect read from the thread and Track, then the stage, a missing next step and its action: at most 8 tab stops', async () => {
    render();
    const label = await until(() => $('prospect-label'), 'the prospect');
    expect(label.textContent).toContain('Dana Whitfield');
    expect(tabStops()).toBeLessThanOrEqual(8);
    expect($('details')).toBeNull();

    await click($('track'));
    await until(() => $('stage-menu'), 'the tracked bar');
    expect($('stage-menu')?.textContent).toContain('Lead generation');
    expect($('next-step-warning')?.textContent).toBe('No next step');
    expect($('bar-action')?.dataset.action).toBe('next-step');
    expect(tabStops()).toBeLessThanOrEqual(8);
    // The thread's language was read when tracking.
    expect((await getDealByThread(t.db, 'gmail', SNAPSHOT.threadId))?.lang).toBe('en');
  });

  it('picks a stage from its menu with the keyboard', async () => {
    await track();
    await click($('stage-menu'));
    const menu = await until(() => container.querySelector<HTMLElement>('[role=menu]'), 'the menu');
    const current = container.ownerDocument.activeElement as HTMLElement;
    expect(current.getAttribute('aria-checked')).toBe('true');
    act(() => {
      current.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    const next = container.ownerDocument.activeElement as HTMLElement;
    expect(next.dataset.testid).toBe('stage-prospection');
    await click(next);
    await until(() => $('stage-menu')?.textContent?.includes('Prospecting'), 'the new stage');
    expect(menu.isConnected).toBe(false);
    expect((await getDealByThread(t.db, 'gmail', SNAPSHOT.threadId))?.stageId).toBe('prospection');
  });

  it('opens the details on demand and remembers them open in Relance’s database', async () => {
    await track();
    await click($('details-toggle'));
    await until(() => $('details'), 'the details');
    expect($('details-toggle')?.getAttribute('aria-expanded')).toBe('true');
    await until(async () => (await t.db.meta.get('panel-details-open'))?.value === true, 'stored');
    expect((await t.db.meta.get('panel-details-open'))?.value).toBe(true);
    // A new panel (another thread, a reload) opens as the rep left it.
    act(() => root.unmount());
    root = createRoot(container);
    render();
    await until(() => $('details'), 'the details, open again');
  });

  it('writes the next step’s date and time in the rep’s language, whatever the browser’s (a French rep: dd/mm/yyyy, 24 h)', async () => {
    await saveSettings(t.db, { language: 'fr' }, Date.now());
    await track();
    await click($('bar-action'));
    await click(await until(() => $('next-step-preset-tomorrow-10'), 'the presets'));
    const date = await until(() => $<HTMLInputElement>('next-step-at-date'), 'the date field');
    expect(date.value).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect($<HTMLInputElement>('next-step-at-time')?.value).toBe('10:00');
    await click($('save-next-step'));
    await until(() => $('next-step-summary'), 'the next step set');
    const at = (await getDealByThread(t.db, 'gmail', SNAPSHOT.threadId))?.nextStep?.at ?? 0;
    // What was shown is the stored day, written day first as a French rep writes it.
    expect(date.value).toBe(
      new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(at),
    );
    expect(new Date(at).getHours()).toBe(10);
  });

  it('a lost deal shows closed, and is reopened at a chosen stage before it is scheduled', async () => {
    await track();
    await click($('stage-menu'));
    await click(await until(() => $('stage-lost'), 'the Lost stage'));
    await until(() => $('deal-closed'), 'the closed chip');
    expect($('bar-action')?.dataset.action).toBe('reopen');
    expect($('next-step-warning')).toBeNull();
    await click($('details-toggle'));
    await until(() => $('closed-hint'), 'the closed hint');
    expect($('schedule')).toBeNull();
    await click($('reopen-negotiation'));
    await until(() => $('schedule'), 'scheduling, once reopened');
    const deal = await getDealByThread(t.db, 'gmail', SNAPSHOT.threadId);
    expect(deal).toMatchObject({ status: 'active', stageId: 'negotiation' });
  });
});

describe('the email, from the details', () => {
  it('asks for a missing value inline, inserts nothing in braces, remembers it, and says the second insertion replaced the first', async () => {
    await track();
    await click($('details-toggle'));
    const select = await until(() => $<HTMLSelectElement>('template-select'), 'the templates');
    act(() => {
      select.value = 'breakup-2-en';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const offer = await until(() => $<HTMLInputElement>('missing-offer'), 'the offer asked for');
    // Insert before filling it in: refused, nothing reaches the reply.
    await click($('insert-template'));
    await until(() => $('template-error'), 'the refusal');
    expect(inserted).toEqual([]);

    type(offer, 'the rollout audit');
    const name = $<HTMLInputElement>('missing-senderName');
    if (name) type(name, 'Jordan Lee');
    await click($('insert-template'));
    await until(() => inserted.length === 1, 'an insertion');
    expect(inserted[0]?.text).toContain('the rollout audit');
    expect(inserted[0]?.text).not.toMatch(/\{\w+\}/);
    expect(inserted[0]?.options?.ownLine).toBe(true);
    const deal = await getDealByThread(t.db, 'gmail', SNAPSHOT.threadId);
    expect(deal?.templateValues?.offer).toBe('the rollout audit');
    await until(() => $('notice')?.textContent?.includes('reply'), 'the notice');
    expect($('notice-action')?.textContent).toBe('Undo');

    await click($('insert-template'));
    await until(() => inserted.length === 2, 'a second insertion');
    await until(() => $('notice')?.textContent?.includes('Replaced'), 'the replacement said');
    await click($('notice-action'));
    expect($('notice')?.textContent).toBe('Insertion undone.');
  });
});
