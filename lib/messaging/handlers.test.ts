import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDB, seedDefaults } from '../db';
import type { ThreadSnapshot } from '../mail/adapter';
import { createHandlers, type Handlers } from './handlers';

const NOW = Date.UTC(2026, 2, 3, 9, 0); // Tuesday 2026-03-03 10:00 in Paris

const snapshot: ThreadSnapshot = {
  provider: 'gmail',
  threadId: '19a68e3a2c7d51b0',
  subject: 'Security review for Northwind rollout',
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

let db: AppDB;
let handlers: Handlers;
let now: number;
const afterWrite = vi.fn();

beforeEach(async () => {
  db = new AppDB(`test-${crypto.randomUUID()}`);
  now = NOW;
  await seedDefaults(db, now);
  await db.settings.update('settings', { timeZone: 'Europe/Paris' });
  afterWrite.mockReset();
  handlers = createHandlers({ db, now: () => now, uiLanguage: () => 'fr-FR', afterWrite });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function track() {
  const answer = await handlers.trackThread({ snapshot, url, contact });
  if (!answer.ok) throw new Error(answer.error.message);
  const deal = answer.value.deal;
  if (!deal) throw new Error('no deal');
  return deal;
}

describe('malformed messages', () => {
  it.each([
    ['nothing', undefined],
    ['a string', 'hello'],
    ['a wrong type', { snapshot: { ...snapshot, provider: 'yahoo' }, url }],
    ['a javascript: URL', { snapshot, url: 'javascript:alert(1)' }],
    ['a missing field', { url }],
  ])('answers %s with an error result, never a throw', async (_, data) => {
    const answer = await handlers.getPanelState(data);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('invalid-message');
  });

  it('keeps serving after a malformed message', async () => {
    await handlers.setStage({ dealId: 42 });
    const answer = await handlers.getPanelState({ snapshot, url });
    expect(answer.ok).toBe(true);
  });

  it('answers an unknown deal with not-found', async () => {
    const answer = await handlers.setStage({ dealId: 'nope', stageId: 'meeting' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(afterWrite).not.toHaveBeenCalled();
  });
});

describe('the panel’s round trip', () => {
  it('tracks a thread once, in the rep’s language, and rebuilds reminders after the write', async () => {
    const before = await handlers.getPanelState({ snapshot, url });
    expect(before.ok && before.value.deal).toBeNull();
    const deal = await track();
    await track();
    expect(await db.deals.count()).toBe(1);
    expect(deal.contact.email).toBe('dana.whitfield@northwind.test');
    const state = await handlers.getPanelState({ snapshot, url });
    expect(state.ok && state.value.lang).toBe('fr');
    expect(state.ok && state.value.templates.every((t) => t.lang === 'fr')).toBe(true);
    expect(afterWrite).toHaveBeenCalled();
  });

  it('schedules the suggested cadence and lists its follow-ups', async () => {
    const deal = await track();
    const preview = await handlers.previewCadence({ dealId: deal.id });
    const scheduled = await handlers.scheduleCadence({ dealId: deal.id });
    expect(scheduled.ok).toBe(true);
    if (!scheduled.ok || !preview.ok) return;
    expect(scheduled.value.map((f) => f.dueAt)).toEqual(preview.value.map((p) => p.dueAt));
    expect(await db.followUps.where('dealId').equals(deal.id).count()).toBe(preview.value.length);
  });

  it('refuses a next step in the past with a clear message', async () => {
    const deal = await track();
    const answer = await handlers.setNextStep({
      dealId: deal.id,
      nextStep: { at: NOW - 1000, channel: 'phone', repAction: '', prospectAction: '', reason: '' },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'past-date' } });
  });

  it('renders a template with the prospect’s first name, as text', async () => {
    const deal = await track();
    await handlers.updateDeal({
      dealId: deal.id,
      patch: { contact: { name: '<b>Dana</b> Whitfield', email: contact.email, phone: '' } },
    });
    const answer = await handlers.renderTemplate({ dealId: deal.id, templateId: 'relance-en' });
    expect(answer.ok && answer.value.body).toContain('<b>Dana</b>');
  });

  it('stops the cadence when the prospect’s new message is reported', async () => {
    const deal = await track();
    await handlers.scheduleCadence({ dealId: deal.id });
    const withReply: ThreadSnapshot = {
      ...snapshot,
      messages: [
        ...snapshot.messages,
        { from: { name: 'Sam', email: 'sam@northwind.test' }, to: [], cc: [], key: 'id:m3' },
      ],
    };
    const answer = await handlers.reportMessages({ dealId: deal.id, snapshot: withReply });
    expect(answer.ok && answer.value.status).toBe('replied');
    expect(await db.followUps.where('[status+dueAt]').between(['due', 0], ['due', Infinity]).count()).toBe(0);
  });

  it('does not take the rep’s own new message for a reply', async () => {
    const deal = await track();
    await handlers.scheduleCadence({ dealId: deal.id });
    const withOwn: ThreadSnapshot = {
      ...snapshot,
      messages: [
        ...snapshot.messages,
        { from: { name: 'Jordan', email: 'jordan.lee@acme.test' }, to: [], cc: [], key: 'id:m4' },
      ],
    };
    const answer = await handlers.reportMessages({ dealId: deal.id, snapshot: withOwn });
    expect(answer.ok && answer.value.status).toBe('active');
    expect(answer.ok && answer.value.seenMessageCount).toBe(3);
  });
});

describe('closing the loop', () => {
  const DAY = 86_400_000;

  it('gives the panel the presets and the end of the rep’s day', async () => {
    const state = await handlers.getPanelState({ snapshot, url });
    if (!state.ok) throw new Error(state.error.message);
    expect(state.value.endOfToday).toBe(Date.UTC(2026, 2, 3, 22, 59, 59, 999));
    const tomorrow10 = state.value.presets.nextStep.find((p) => p.id === 'tomorrow-10');
    expect(tomorrow10?.at).toBe(Date.UTC(2026, 2, 4, 9, 0)); // Wednesday 10:00 in Paris
    expect(state.value.presets.quickPicks.map((p) => p.id)).toEqual([
      'later-today',
      'tomorrow',
      'in-3-days',
      'next-week',
    ]);
  });

  it('proposes lost after a breakup met with silence for the set days, and marks it lost', async () => {
    const deal = await track();
    const inserted = await handlers.logTemplateInserted({ dealId: deal.id, templateId: 'breakup-1-en' });
    expect(inserted.ok).toBe(true);
    const proposal = async () => {
      const state = await handlers.getPanelState({ snapshot, url });
      if (!state.ok) throw new Error(state.error.message);
      return state.value.proposeLost;
    };
    now = NOW + 6 * DAY;
    expect(await proposal()).toBeNull();
    now = NOW + 7 * DAY;
    expect(await proposal()).toEqual({ silentDays: 7 });

    const lost = await handlers.markLost({ dealId: deal.id });
    expect(lost).toMatchObject({ ok: true, value: { status: 'lost', stageId: 'lost' } });
    expect(await proposal()).toBeNull();
  });

  it('does not propose lost when the prospect answered after the breakup', async () => {
    const deal = await track();
    await handlers.logTemplateInserted({ dealId: deal.id, templateId: 'breakup-1-en' });
    now = NOW + DAY;
    const answer = {
      ...snapshot,
      messages: [...snapshot.messages, { from: contact, to: [], cc: [], key: 'id:m5' }],
    };
    await handlers.reportMessages({ dealId: deal.id, snapshot: answer });
    now = NOW + 30 * DAY;
    const state = await handlers.getPanelState({ snapshot: answer, url });
    expect(state.ok && state.value.proposeLost).toBeNull();
  });
});

describe('snoozing from the panel or the popup', () => {
  it('counts a preset from the due time of a step still ahead, never earlier', async () => {
    const deal = await track();
    const single = await handlers.scheduleSingle({
      dealId: deal.id,
      when: { at: NOW + 2 * 86_400_000 },
      channel: 'email',
      templateKind: null,
    });
    if (!single.ok) throw new Error(single.error.message);
    const snoozed = await handlers.snoozeFollowUp({
      followUpId: single.value.id,
      choice: { preset: 'in-1-hour' },
    });
    expect(snoozed).toMatchObject({ ok: true, value: { dueAt: NOW + 2 * 86_400_000 + 3_600_000 } });
    const earlier = await handlers.snoozeFollowUp({
      followUpId: single.value.id,
      choice: { at: NOW + 3_600_000 },
    });
    expect(earlier).toMatchObject({ ok: false, error: { code: 'past-date' } });
  });
});
