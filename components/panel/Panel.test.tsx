// @vitest-environment happy-dom
// The thread panel under happy-dom against a stubbed background: the protocol's real handlers (the
// application layer) on fake-indexeddb, reached through WXT's fake browser as the content script
// reaches the worker. The reply box is a stub that records what is inserted.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followUpMomentOnOrAfter } from '../../lib/cadence/working-time';
import { getDealByThread } from '../../lib/db/deals';
import { getSettings } from '../../lib/db/settings';
import { setUpTestDb } from '../../lib/db/test-support';
import { formatDateText } from '../../lib/intl/date-time-text';
import { zonedParts } from '../../lib/intl/zoned-time';
import type { InsertOptions, ThreadSnapshot } from '../../lib/mail/adapter';
import { createHandlers, type Handlers } from '../../lib/messaging/handlers';
import type { MessageType } from '../../lib/messaging/protocol';
import { saveSettings } from '../../lib/services/settings';
import { isoDay } from '../ui/DateTimeField';
import { Details } from './Details';
import type { DetailsComponent } from './details-contract';
import { Panel } from './Panel';
import type { DiagnosisReport } from './WhatRelanceReads';

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

function render(
  texts: string[] = ['Hi Jordan, thanks for the quote. Can we talk next week?'],
  diagnose?: () => DiagnosisReport | null,
  loadDetails: () => Promise<DetailsComponent> = () => Promise.resolve(Details),
) {
  act(() =>
    root.render(
      <Panel
        snapshot={SNAPSHOT}
        url={URL_}
        floating={false}
        diagnose={diagnose}
        readTexts={() => texts}
        insertText={async (text, options) => {
          inserted.push({ text, options });
          return inserted.length > 1 ? { ok: true, replaced: true } : { ok: true };
        }}
        openReplyBox={async () => ({ ok: true, hasSignature: false })}
        undoInsertion={() => true}
        loadDetails={loadDetails}
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

  it('says so when the details cannot be loaded, keeps the bar working, and tries again at the next click on Details', async () => {
    let broken = true;
    const loader = () => (broken ? Promise.reject(new Error('no script')) : Promise.resolve(Details));
    render(undefined, undefined, loader);
    await click(await until(() => $('track'), 'the Track button'));
    await click(await until(() => $('details-toggle'), 'the tracked bar'));
    await until(() => $('notice')?.textContent?.includes('could not open'), 'the failure, said');
    expect($('details')).toBeNull();
    expect($('stage-menu')).not.toBeNull();
    // Shown closed, so the next click on Details tries again, and loads.
    expect($('details-toggle')?.getAttribute('aria-expanded')).toBe('false');
    broken = false;
    await click($('details-toggle'));
    await until(() => $('details'), 'the details, second try');
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
    // The preview never shows braces: the missing value's field, then what the rep types.
    await until(() => $('preview-missing-offer'), 'the missing offer in the preview');
    expect($('template-preview')?.textContent).not.toMatch(/\{\w+\}/);
    expect($('preview-missing-offer')?.textContent).toBe('Offer');
    // Insert before filling it in: refused, nothing reaches the reply.
    await click($('insert-template'));
    await until(() => $('template-error'), 'the refusal');
    expect(inserted).toEqual([]);

    type(offer, 'the rollout audit');
    expect($('preview-missing-offer')?.textContent).toBe('the rollout audit');
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

/** The deal as after an answer Relance read (mentioning `cue`), in a new panel. */
async function answeredAndShownAgain(dealId: string, cue: string) {
  await t.db.deals.update(dealId, {
    status: 'replied',
    replyDecision: {
      kind: 'answer',
      at: Date.now(),
      from: 'dana.whitfield@northwind-labs.test',
      cue,
      returnDay: null,
      optOut: null,
      corrected: false,
      stopped: null,
    },
  });
  act(() => root.unmount());
  root = createRoot(container);
  render();
}

describe('the reply’s reading, in the details', () => {
  it('“It was automatic” pauses until the day the rep picks, typed in the rep’s language', async () => {
    await track();
    const deal = await getDealByThread(t.db, 'gmail', SNAPSHOT.threadId);
    if (!deal) throw new Error('no deal');
    await answeredAndShownAgain(deal.id, 'out of the office');
    await click(await until(() => $('details-toggle'), 'the bar'));
    const why = await until(() => $('reply-why'), 'the reading');
    expect(why.textContent).toContain('Answered, though it mentions an absence — cadence stopped');
    expect(why.textContent).toContain('“out of the office”');
    await click($('it-was-automatic'));
    const input = await until(() => $<HTMLInputElement>('pause-day'), 'the day field');
    // A week ahead is offered; the rep types another day, ten days ahead, as English writes it.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const [y, m, d] = zonedParts(Date.now() + 10 * 24 * 3600 * 1000, zone);
    const picked = { year: y, month: m, day: d };
    type(input, formatDateText(picked, 'en'));
    await click($('pause-until-day'));
    const settings = await getSettings(t.db);
    const expected = followUpMomentOnOrAfter(isoDay(picked), settings);
    await until(async () => (await t.db.deals.get(deal.id))?.status === 'paused', 'paused');
    const paused = await t.db.deals.get(deal.id);
    expect(paused).toMatchObject({ status: 'paused', pausedUntil: expected, pauseReason: 'out-of-office' });
    await until(() => $('reply-why')?.textContent?.includes('You said it was automatic'), 'the new reading');
  });

  it('refuses a day that is not after today: Pause stays disabled and says why', async () => {
    await track();
    const deal = await getDealByThread(t.db, 'gmail', SNAPSHOT.threadId);
    if (!deal) throw new Error('no deal');
    await answeredAndShownAgain(deal.id, '');
    await click(await until(() => $('details-toggle'), 'the bar'));
    await click(await until(() => $('it-was-automatic'), 'the correction'));
    const input = await until(() => $<HTMLInputElement>('pause-day'), 'the day field');
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const [y, m, d] = zonedParts(Date.now(), zone);
    type(input, formatDateText({ year: y, month: m, day: d }, 'en'));
    expect($<HTMLButtonElement>('pause-until-day')?.disabled).toBe(true);
    expect($('pause-day-picker')?.textContent).toContain('Pick a day after today.');
    expect((await t.db.deals.get(deal.id))?.status).toBe('replied');
  });
});

describe('a future step, done now', () => {
  it('an email step, confirmed, is done and opens the insertion with its template', async () => {
    await track();
    const deal = await getDealByThread(t.db, 'gmail', SNAPSHOT.threadId);
    if (!deal) throw new Error('no deal');
    const answer = await background.handlers?.scheduleSingle({
      dealId: deal.id,
      when: { at: Date.now() + 3 * 24 * 3600 * 1000 },
      channel: 'email',
      templateKind: 'breakup',
    });
    expect(answer?.ok).toBe(true);
    act(() => root.unmount());
    root = createRoot(container);
    render();
    await click(await until(() => $('details-toggle'), 'the bar'));
    await click(await until(() => $('step-now'), 'Do it now'));
    const confirm = await until(() => $('step-now-confirm'), 'the confirmation');
    expect(confirm.textContent).toBe('Write it now');
    await click(confirm);
    await until(
      async () => (await t.db.followUps.where('dealId').equals(deal.id).first())?.status === 'done',
      'done',
    );
    const select = await until(() => $<HTMLSelectElement>('template-select'), 'the templates');
    await until(() => select.selectedOptions[0]?.dataset.kind === 'breakup', 'the step’s template chosen');
    await until(() => $('notice')?.textContent?.includes('ready to insert'), 'the notice');
  });
});

describe('a single follow-up on a date', () => {
  it('is typed in the rep’s language (Relance’s own date and time field), then added', async () => {
    await track();
    await click(await until(() => $('details-toggle'), 'the bar'));
    const day = await until(() => $<HTMLInputElement>('pick-date-date'), 'the date field');
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const [y, m, d] = zonedParts(Date.now() + 4 * 24 * 3600 * 1000, zone);
    type(day, formatDateText({ year: y, month: m, day: d }, 'en'));
    const time = $<HTMLInputElement>('pick-date-time');
    if (!time) throw new Error('no time field');
    type(time, '14:30');
    await click($('pick-date-add'));
    const deal = await getDealByThread(t.db, 'gmail', SNAPSHOT.threadId);
    await until(
      async () =>
        (await t.db.followUps
          .where('dealId')
          .equals(deal?.id ?? '')
          .count()) === 1,
      'added',
    );
    const [f] = await t.db.followUps
      .where('dealId')
      .equals(deal?.id ?? '')
      .toArray();
    expect(zonedParts(f?.dueAt ?? 0, zone)).toEqual([y, m, d, 14, 30]);
  });
});

describe('what Relance reads here, in the details', () => {
  it('tells a field it could not read from one that had nothing to read (no reply box open)', async () => {
    const report: DiagnosisReport = {
      fields: [
        { field: 'threadId', read: true, source: 'URL' },
        { field: 'account', read: false, source: null },
        { field: 'reply box', read: false, nothingThere: true, source: null, detail: 'none open' },
      ],
      text: 'Relance: what it reads on this page',
    };
    render(undefined, () => report);
    await click(await until(() => $('track'), 'the Track button'));
    await click(await until(() => $('details-toggle'), 'the bar'));
    await click(await until(() => $('reads-open'), 'the reads link'));
    const list = await until(() => $('reads-list'), 'the list');
    const line = (field: string) =>
      [...list.querySelectorAll('li')].find((li) => li.textContent?.startsWith(field)) ?? null;
    expect(line('threadId')?.textContent).toContain('read');
    expect(line('account')?.querySelector('.relance__reads-missing')?.textContent).toBe('not read');
    expect(line('reply box')?.querySelector('.relance__reads-missing')).toBeNull();
    expect(line('reply box')?.querySelector('.relance__reads-none')?.textContent).toBe('nothing to read');
  });
});
