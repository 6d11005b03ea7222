// A small seeded log for the funnel tests (and the Pipeline's), written so every figure can be worked
// out by hand: see funnel.test.ts, whose comments do the arithmetic.
//
// Steps of the default funnel: lead 0, prospection 1, meeting 2, objections 3, negotiation 4,
// follow-up 5, signed 6. Day n is T0 + n days, T0 = Monday 2026-03-02 09:00 UTC.
//   A  lead d0 → prospection d2 → meeting d5 → signed d12 (won)             20,000 EUR
//   B  lead d0 → prospection d4 → lost d10                                   no value
//   C  lead d1 → prospection d3 → meeting d9 (open, next step d35)           20,000 EUR
//   D  lead d3 (open, no next step)                                           10,000 EUR
//   E  tracked straight into meeting d6 → negotiation d8 → lost d20          5,000 EUR
// Follow-ups done (step index) and replies:
//   B  reply d1 (before any follow-up)
//   C  #0 d10, #1 d11, reply d12                 cadence 'default'
//   D  #0 d4, reply d5, #1 d7, #2 d8             cadence 'default'
//   E  #0 d7, #1 d9, #2 d10, reply d15           cadence 'other'
// Still due: C #2 at d29, D #3 at d31. E #3 was cancelled (due d12).
import { DEFAULT_STAGES } from '../defaults/stages';
import {
  type Deal,
  type DealEvent,
  type EpochMs,
  type EventDataMap,
  type EventType,
  type FollowUp,
  type Id,
  withIndexKeys,
} from '../model';

export const T0 = Date.UTC(2026, 2, 2, 9, 0);
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
export const day = (n: number): EpochMs => T0 + n * DAY;
export const STAGES = DEFAULT_STAGES;

export function makeDeal(id: Id, overrides: Partial<Deal> = {}): Deal {
  return withIndexKeys({
    id,
    threads: [
      {
        provider: 'gmail',
        threadId: `thread-${id}`,
        url: `https://mail.google.com/mail/u/0/#inbox/${id}`,
        subject: `Deal ${id}`,
        account: null,
      },
    ],
    contact: { name: id, email: `${id.toLowerCase()}@example.com`, phone: '' },
    company: `${id} Corp`,
    companyGuessed: false,
    offer: 'Offer',
    value: null,
    stageId: 'lead',
    stageEnteredAt: T0,
    doneActionIds: [],
    nextStep: null,
    cadence: null,
    status: 'active',
    pausedAt: null,
    pauseReason: null,
    pausedUntil: null,
    replyLikely: null,
    seenMessageCount: 1,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  });
}

let counter = 0;
export function event<T extends EventType>(
  dealId: Id,
  type: T,
  at: EpochMs,
  data: EventDataMap[T],
): DealEvent {
  counter += 1;
  return { id: `event-${counter}`, dealId, type, at, data } as DealEvent;
}

const moves = (dealId: Id, path: [Id, number][]): DealEvent[] =>
  path.map(([to, d], i) => event(dealId, 'stage-changed', day(d), { from: path[i - 1]?.[0] ?? null, to }));

const done = (dealId: Id, stepIndex: number, d: number): DealEvent =>
  event(dealId, 'follow-up-done', day(d), { followUpId: `${dealId}-f${stepIndex}`, stepIndex, note: '' });

export function makeFollowUp(
  dealId: Id,
  stepIndex: number,
  cadenceId: Id,
  status: FollowUp['status'],
  dueDay: number,
): FollowUp {
  return {
    id: `${dealId}-f${stepIndex}`,
    dealId,
    cadenceId,
    stepIndex,
    stepCount: 4,
    dueAt: day(dueDay),
    channel: 'email',
    templateKind: 'relance',
    status,
    snoozedFrom: null,
    handledAt: status === 'done' ? day(dueDay) : null,
    note: '',
    createdAt: T0,
  };
}

const eur = (amount: number) => ({ amount, currency: 'EUR' });

export const SEED_DEALS: Deal[] = [
  makeDeal('A', { stageId: 'signed', stageEnteredAt: day(12), status: 'won', value: eur(20_000) }),
  makeDeal('B', { stageId: 'lost', stageEnteredAt: day(10), status: 'lost' }),
  makeDeal('C', {
    stageId: 'meeting',
    stageEnteredAt: day(9),
    createdAt: day(1),
    value: eur(20_000),
    nextStep: { at: day(35), channel: 'phone', repAction: '', prospectAction: '', reason: '' },
  }),
  makeDeal('D', { stageId: 'lead', stageEnteredAt: day(3), createdAt: day(3), value: eur(10_000) }),
  makeDeal('E', {
    stageId: 'lost',
    stageEnteredAt: day(20),
    createdAt: day(6),
    status: 'lost',
    value: eur(5_000),
  }),
];

export const SEED_EVENTS: DealEvent[] = [
  ...moves('A', [
    ['lead', 0],
    ['prospection', 2],
    ['meeting', 5],
    ['signed', 12],
  ]),
  event('A', 'won', day(12), {}),
  ...moves('B', [
    ['lead', 0],
    ['prospection', 4],
    ['lost', 10],
  ]),
  event('B', 'lost', day(10), { reason: 'budget' }),
  event('B', 'reply', day(1), { from: 'b@example.com', cancelled: 0 }),
  ...moves('C', [
    ['lead', 1],
    ['prospection', 3],
    ['meeting', 9],
  ]),
  done('C', 0, 10),
  done('C', 1, 11),
  event('C', 'reply', day(12), { from: 'c@example.com', cancelled: 1 }),
  ...moves('D', [['lead', 3]]),
  done('D', 0, 4),
  event('D', 'reply', day(5), { from: 'd@example.com', cancelled: 2 }),
  done('D', 1, 7),
  done('D', 2, 8),
  ...moves('E', [
    ['meeting', 6],
    ['negotiation', 8],
    ['lost', 20],
  ]),
  event('E', 'lost', day(20), { reason: 'silent' }),
  done('E', 0, 7),
  done('E', 1, 9),
  done('E', 2, 10),
  event('E', 'reply', day(15), { from: 'e@example.com', cancelled: 1 }),
];

export const SEED_FOLLOW_UPS: FollowUp[] = [
  makeFollowUp('C', 0, 'default', 'done', 10),
  makeFollowUp('C', 1, 'default', 'done', 11),
  makeFollowUp('C', 2, 'default', 'due', 29),
  makeFollowUp('D', 0, 'default', 'done', 4),
  makeFollowUp('D', 1, 'default', 'done', 7),
  makeFollowUp('D', 2, 'default', 'done', 8),
  makeFollowUp('D', 3, 'default', 'due', 31),
  makeFollowUp('E', 0, 'other', 'done', 7),
  makeFollowUp('E', 1, 'other', 'done', 9),
  makeFollowUp('E', 2, 'other', 'done', 10),
  makeFollowUp('E', 3, 'other', 'cancelled', 12),
];

/** "Now" for the seed: Wednesday 2026-04-01 09:00 UTC. */
export const SEED_NOW = day(30);
