import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../defaults/stages';
import { type Deal, type DealEvent, type FollowUp, type Stage, withIndexKeys } from '../model';
import {
  afterSaleStages,
  breakupSentAt,
  DAY_MS,
  fromDateTimeInput,
  lostProposal,
  nextPending,
  nextStepWarning,
  orderTemplates,
  stepState,
  timeline,
  toDateTimeInput,
} from './logic';

const NOW = Date.UTC(2026, 10, 24, 10, 0); // Tuesday 24 Nov 2026, 11:00 in Paris
const END_OF_TODAY = Date.UTC(2026, 10, 24, 22, 59, 59, 999);

function deal(patch: Partial<Deal> = {}): Deal {
  return withIndexKeys({
    id: 'd1',
    threads: [
      {
        provider: 'gmail',
        threadId: 't1',
        url: 'https://mail.google.com/mail/u/0/#inbox/t1',
        subject: 'Offer',
        account: 'rep@acme.test',
      },
    ],
    contact: { name: 'Dana', email: 'dana@northwind.test', phone: '' },
    company: 'Northwind',
    companyGuessed: false,
    offer: 'Plan',
    value: null,
    stageId: 'prospection',
    stageEnteredAt: NOW - DAY_MS,
    doneActionIds: [],
    nextStep: null,
    cadence: null,
    status: 'active',
    pausedAt: null,
    pauseReason: null,
    pausedUntil: null,
    replyLikely: null,
    seenMessageCount: 2,
    createdAt: NOW - 10 * DAY_MS,
    updatedAt: NOW,
    ...patch,
  });
}

function followUp(patch: Partial<FollowUp>): FollowUp {
  return {
    id: 'f',
    dealId: 'd1',
    cadenceId: 'default',
    stepIndex: 0,
    stepCount: 3,
    dueAt: NOW,
    channel: 'email',
    templateKind: 'relance',
    status: 'due',
    snoozedFrom: null,
    handledAt: null,
    note: '',
    createdAt: NOW - DAY_MS,
    ...patch,
  };
}

const event = (e: Partial<DealEvent> & Pick<DealEvent, 'type' | 'data'>): DealEvent =>
  ({ id: `e${Math.random()}`, dealId: 'd1', at: NOW, ...e }) as DealEvent;

describe('nextStepWarning', () => {
  it('warns while an open deal has no next step, or one in the past', () => {
    expect(nextStepWarning(deal(), NOW)).toBe('missing');
    const step = { at: NOW - 1, channel: 'phone' as const, repAction: '', prospectAction: '', reason: '' };
    expect(nextStepWarning(deal({ nextStep: step }), NOW)).toBe('past');
    expect(nextStepWarning(deal({ nextStep: { ...step, at: NOW + 1 } }), NOW)).toBeNull();
    expect(nextStepWarning(deal({ status: 'replied' }), NOW)).toBe('missing');
  });
  it('stays quiet on a closed deal', () => {
    expect(nextStepWarning(deal({ status: 'lost' }), NOW)).toBeNull();
    expect(nextStepWarning(deal({ status: 'won' }), NOW)).toBeNull();
  });
});

describe('the timeline', () => {
  it('gives each follow-up its state, today meaning before the end of the local day', () => {
    expect(stepState(followUp({ dueAt: NOW - 1 }), NOW, END_OF_TODAY)).toBe('overdue');
    expect(stepState(followUp({ dueAt: NOW + 3_600_000 }), NOW, END_OF_TODAY)).toBe('due');
    expect(stepState(followUp({ dueAt: END_OF_TODAY + 1 }), NOW, END_OF_TODAY)).toBe('upcoming');
    expect(stepState(followUp({ dueAt: END_OF_TODAY + 1, snoozedFrom: NOW }), NOW, END_OF_TODAY)).toBe(
      'snoozed',
    );
    expect(stepState(followUp({ status: 'done' }), NOW, END_OF_TODAY)).toBe('done');
    expect(stepState(followUp({ status: 'paused', dueAt: NOW - 1 }), NOW, END_OF_TODAY)).toBe('paused');
  });

  it('orders by due date, hides cancelled steps unless nothing else is left', () => {
    const a = followUp({ id: 'a', dueAt: NOW + 2 });
    const b = followUp({ id: 'b', dueAt: NOW + 1, status: 'done' });
    const c = followUp({ id: 'c', dueAt: NOW, status: 'cancelled' });
    expect(timeline([a, b, c]).map((f) => f.id)).toEqual(['b', 'a']);
    expect(timeline([c]).map((f) => f.id)).toEqual(['c']);
  });

  it('finds the next pending follow-up, paused ones included', () => {
    const list = [
      followUp({ id: 'done', dueAt: NOW - 5, status: 'done' }),
      followUp({ id: 'later', dueAt: NOW + 10 }),
      followUp({ id: 'paused', dueAt: NOW + 5, status: 'paused' }),
    ];
    expect(nextPending(list)?.id).toBe('paused');
    expect(nextPending([])).toBeNull();
  });
});

describe('orderTemplates', () => {
  const templates = [
    { id: 'breakup-fr', kind: 'breakup' as const, lang: 'fr' as const },
    { id: 'relance-en', kind: 'relance' as const, lang: 'en' as const },
    { id: 'breakup-en', kind: 'breakup' as const, lang: 'en' as const },
    { id: 'mine', kind: 'custom' as const, lang: 'en' as const },
    { id: 'good-en', kind: 'good-news' as const, lang: 'en' as const },
  ];
  it("offers the step's suggested kind first, in the rep's language first", () => {
    expect(orderTemplates(templates, 'breakup', 'en').map((t) => t.id)).toEqual([
      'breakup-en',
      'breakup-fr',
      'relance-en',
      'good-en',
      'mine',
    ]);
  });
  it('falls back to the usual order without a suggestion', () => {
    expect(orderTemplates(templates, null, 'fr')[0]?.id).toBe('breakup-fr');
    expect(orderTemplates(templates, null, 'en').map((t) => t.id)).toEqual([
      'relance-en',
      'good-en',
      'breakup-en',
      'mine',
      'breakup-fr',
    ]);
  });
});

describe('closing the loop after a breakup', () => {
  const breakupDone = followUp({ templateKind: 'breakup', status: 'done', handledAt: NOW - 8 * DAY_MS });

  it('knows when the breakup went out: a done breakup step or an inserted breakup, the later one', () => {
    expect(breakupSentAt([], [])).toBeNull();
    expect(breakupSentAt([breakupDone], [])).toBe(NOW - 8 * DAY_MS);
    const inserted = event({
      type: 'template-inserted',
      data: { templateId: 'x', kind: 'breakup' },
      at: NOW - DAY_MS,
    });
    expect(breakupSentAt([breakupDone], [inserted])).toBe(NOW - DAY_MS);
    // A skipped breakup step did not go out.
    expect(breakupSentAt([{ ...breakupDone, status: 'skipped' }], [])).toBeNull();
  });

  it('proposes lost once the wait has passed in silence', () => {
    expect(lostProposal(deal(), [breakupDone], [], 7, NOW)).toEqual({ silentDays: 8 });
    expect(lostProposal(deal(), [breakupDone], [], 9, NOW)).toBeNull();
    expect(lostProposal(deal(), [], [], 7, NOW)).toBeNull();
  });

  it('does not propose lost after a reply, or on a deal already closed or answered', () => {
    const reply = event({
      type: 'reply',
      data: { from: 'dana@northwind.test', cancelled: 0 },
      at: NOW - DAY_MS,
    });
    expect(lostProposal(deal(), [breakupDone], [reply], 7, NOW)).toBeNull();
    const oldReply = { ...reply, at: NOW - 30 * DAY_MS };
    expect(lostProposal(deal(), [breakupDone], [oldReply], 7, NOW)).toEqual({ silentDays: 8 });
    expect(lostProposal(deal({ status: 'lost' }), [breakupDone], [], 7, NOW)).toBeNull();
    expect(lostProposal(deal({ status: 'replied' }), [breakupDone], [], 7, NOW)).toBeNull();
  });
});

describe('afterSaleStages', () => {
  // The built-in stages, as a rep has them: cross-sell and up-sell are of kind 'expansion'.
  const stages = DEFAULT_STAGES;
  const byId = (id: string) => stages.find((s) => s.id === id);
  const won = stages.find((s) => s.kind === 'won');
  it('offers the after-sale stages once signed, only on a signed deal', () => {
    expect(afterSaleStages(stages, won).map((s) => s.kind)).toEqual(['expansion', 'expansion']);
    expect(afterSaleStages(stages, won).length).toBeGreaterThan(0);
    expect(afterSaleStages(stages, byId('lead'))).toEqual([]);
    expect(afterSaleStages(stages, undefined)).toEqual([]);
  });
});

describe('date-time fields in the rep’s time zone', () => {
  it('round-trips an instant through the field, in Paris and New York', () => {
    expect(toDateTimeInput(NOW, 'Europe/Paris')).toBe('2026-11-24T11:00');
    expect(toDateTimeInput(NOW, 'America/New_York')).toBe('2026-11-24T05:00');
    expect(fromDateTimeInput('2026-11-24T11:00', 'Europe/Paris')).toBe(NOW);
    expect(fromDateTimeInput('2026-11-24T05:00', 'America/New_York')).toBe(NOW);
  });
  it('keeps 09:00 local across the change to summer time', () => {
    const at = fromDateTimeInput('2026-03-30T09:00', 'Europe/Paris');
    expect(at).toBe(Date.UTC(2026, 2, 30, 7, 0));
  });
  it('refuses what is not a date', () => {
    expect(fromDateTimeInput('', 'Europe/Paris')).toBeNull();
    expect(fromDateTimeInput('tomorrow', 'Europe/Paris')).toBeNull();
    expect(fromDateTimeInput('2026-02-31T09:00', 'Europe/Paris')).toBeNull();
  });
});
