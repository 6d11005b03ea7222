// Where a deal stands: its stage, won or lost, paused, answered. Each change writes the deal, its
// follow-ups and its events in one transaction.
import { addMilliseconds } from 'date-fns';
import { dealsPausedUntilBy } from '../db/deals';
import { appendEvent } from '../db/events';
import { cancelPending } from '../db/pending';
import type { AppDB } from '../db/schema';
import type { Deal, DealStatus, Id, ReplyLikely, Stage, StageKind } from '../model';
import { requireDeal, requireStage } from './guards';
import { attempt, type Result, refuse } from './result';

const CLOSED: ReadonlySet<DealStatus> = new Set(['won', 'lost']);

/** The pause fields of a deal that is not paused. */
export const NOT_PAUSED = {
  pausedAt: null,
  pauseReason: null,
  pausedUntil: null,
  replyLikely: null,
} as const;

/**
 * Moves a deal to a stage: the stage's checklist starts over. A 'won' or 'lost' stage closes the deal
 * (pending follow-ups cancelled); an open stage reopens a closed deal. The same stage is a no-op.
 */
export function setStage(db: AppDB, input: { dealId: Id; stageId: Id }, now: number): Promise<Result<Deal>> {
  return attempt(() =>
    db.transaction('rw', [db.deals, db.stages, db.followUps, db.events], async () => {
      const deal = await requireDeal(db, input.dealId);
      const stage = await requireStage(db, input.stageId);
      return enterStage(db, deal, stage, '', now);
    }),
  );
}

export function markWon(db: AppDB, input: { dealId: Id }, now: number): Promise<Result<Deal>> {
  return attempt(() => closeDeal(db, input.dealId, 'won', '', now));
}

export function markLost(
  db: AppDB,
  input: { dealId: Id; reason?: string },
  now: number,
): Promise<Result<Deal>> {
  return attempt(() => closeDeal(db, input.dealId, 'lost', (input.reason ?? '').trim(), now));
}

function closeDeal(db: AppDB, dealId: Id, kind: 'won' | 'lost', reason: string, now: number): Promise<Deal> {
  return db.transaction('rw', [db.deals, db.stages, db.followUps, db.events], async () => {
    const deal = await requireDeal(db, dealId);
    const stage = await firstStageOfKind(db, kind);
    return enterStage(db, deal, stage, reason, now);
  });
}

async function firstStageOfKind(db: AppDB, kind: StageKind): Promise<Stage> {
  const stage = (await db.stages.orderBy('order').toArray()).find((s) => s.kind === kind);
  return stage ?? refuse('noStageOfKind', { kind });
}

async function enterStage(
  db: AppDB,
  deal: Deal,
  stage: Stage,
  lostReason: string,
  now: number,
): Promise<Deal> {
  if (deal.stageId === stage.id) return deal;
  let next: Deal = { ...deal, stageId: stage.id, stageEnteredAt: now, doneActionIds: [], updatedAt: now };
  await appendEvent(db, deal.id, 'stage-changed', { from: deal.stageId, to: stage.id }, now);
  if (stage.kind === 'won' || stage.kind === 'lost') {
    await cancelPending(db, deal.id);
    next = { ...next, status: stage.kind, cadence: null, ...NOT_PAUSED };
    if (stage.kind === 'won') await appendEvent(db, deal.id, 'won', {}, now);
    else await appendEvent(db, deal.id, 'lost', { reason: lostReason }, now);
  } else if (CLOSED.has(deal.status)) {
    next = { ...next, status: 'active' };
  }
  await db.deals.put(next);
  return next;
}

/** Its due follow-ups become 'paused' and fall due nowhere. */
function pauseDueFollowUps(db: AppDB, dealId: Id): Promise<number> {
  return db.followUps
    .where('dealId')
    .equals(dealId)
    .filter((f) => f.status === 'due')
    .modify({ status: 'paused' });
}

/** Puts an active deal on hold: its due follow-ups become 'paused' and fall due nowhere. */
export function pauseDeal(
  db: AppDB,
  input: { dealId: Id; reason?: string },
  now: number,
): Promise<Result<Deal>> {
  return attempt(() =>
    db.transaction('rw', [db.deals, db.followUps, db.events], async () => {
      const deal = await requireDeal(db, input.dealId);
      if (deal.status === 'paused') refuse('dealAlreadyPaused');
      if (deal.status !== 'active') refuse('dealNotPausable');
      await pauseDueFollowUps(db, deal.id);
      const next: Deal = {
        ...deal,
        status: 'paused',
        pausedAt: now,
        pauseReason: (input.reason ?? '').trim(),
        updatedAt: now,
      };
      await db.deals.put(next);
      await appendEvent(db, deal.id, 'paused', { reason: next.pauseReason ?? '' }, now);
      return next;
    }),
  );
}

export interface AutomaticPause {
  dealId: Id;
  reason: string;
  /** An out-of-office pause ends by itself then (resumeDueDeals). */
  until?: number | null;
  replyLikely?: ReplyLikely | null;
}

/**
 * A pause Relance decides (an out-of-office, a reply likely seen outside the thread): an active
 * deal is paused as by hand; an already paused one keeps its pause and gains the reason; an answered
 * or closed deal is left as it is. Composed by the reply use cases; throws its problem.
 */
export function pauseAutomatically(db: AppDB, pause: AutomaticPause, now: number): Promise<Deal> {
  return db.transaction('rw', [db.deals, db.followUps, db.events], async () => {
    const deal = await requireDeal(db, pause.dealId);
    if (deal.status !== 'active' && deal.status !== 'paused') return deal;
    if (deal.status === 'active') await pauseDueFollowUps(db, deal.id);
    const next: Deal = {
      ...deal,
      status: 'paused',
      pausedAt: deal.status === 'paused' ? deal.pausedAt : now,
      pauseReason: pause.reason,
      pausedUntil: pause.until ?? deal.pausedUntil ?? null,
      replyLikely: pause.replyLikely ?? deal.replyLikely ?? null,
      updatedAt: now,
    };
    await db.deals.put(next);
    await appendEvent(db, deal.id, 'paused', { reason: pause.reason }, now);
    return next;
  });
}

/** Deals whose out-of-office pause has ended: resumed. Answers how many. */
export function resumeDueDeals(
  db: AppDB,
  _input: Record<string, never>,
  now: number,
): Promise<Result<number>> {
  return attempt(async () => {
    const due = await dealsPausedUntilBy(db, now);
    for (const deal of due) await resume(db, deal.id, now);
    return due.length;
  });
}

/**
 * Back to active: each paused follow-up falls due as much later as the pause lasted (elapsed time,
 * so plain milliseconds), and never before now.
 */
export function resumeDeal(db: AppDB, input: { dealId: Id }, now: number): Promise<Result<Deal>> {
  return attempt(() => resume(db, input.dealId, now));
}

/** resumeDeal, for the use cases that compose it; throws its problem. */
export function resume(db: AppDB, dealId: Id, now: number): Promise<Deal> {
  return db.transaction('rw', [db.deals, db.followUps, db.events], async () => {
    const deal = await requireDeal(db, dealId);
    if (deal.status !== 'paused') refuse('dealNotPaused');
    const pausedForMs = Math.max(0, now - (deal.pausedAt ?? now));
    await db.followUps
      .where('dealId')
      .equals(dealId)
      .filter((f) => f.status === 'paused')
      .modify((f) => {
        f.status = 'due';
        f.dueAt = Math.max(now, addMilliseconds(f.dueAt, pausedForMs).getTime());
      });
    const next: Deal = { ...deal, status: 'active', ...NOT_PAUSED, updatedAt: now };
    await db.deals.put(next);
    await appendEvent(db, dealId, 'resumed', { pausedForMs }, now);
    return next;
  });
}

/**
 * The prospect answered: the cadence stops (pending follow-ups cancelled) and the deal waits for the
 * rep as 'replied'. A closed deal keeps its status; the reply is logged either way. Composed by the
 * reply use cases; throws its problem.
 */
export function markReplied(db: AppDB, dealId: Id, from: string, now: number): Promise<Deal> {
  return db.transaction('rw', [db.deals, db.followUps, db.events], async () => {
    const deal = await requireDeal(db, dealId);
    const cancelled = await cancelPending(db, dealId);
    const status: DealStatus = CLOSED.has(deal.status) ? deal.status : 'replied';
    const next: Deal = { ...deal, status, cadence: null, ...NOT_PAUSED, updatedAt: now };
    await db.deals.put(next);
    await appendEvent(db, dealId, 'reply', { from: from.trim().toLowerCase(), cancelled }, now);
    return next;
  });
}
