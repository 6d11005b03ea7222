// Scheduling follow-ups: a whole cadence, or a single one picked by hand.
import { cadenceDueDates, type ScheduledStep } from '../cadence';
import type { Channel, Deal, FollowUp, Id, Settings, TemplateKind, WorkingTime } from '../model';
import { MESSAGES, RelanceError } from './errors';
import { appendEvent } from './events';
import { requireCadence, requireDeal } from './guards';
import { cancelPending } from './pending';
import type { AppDB } from './schema';

/** The cadence "Schedule follow-up" starts for a deal: its stage's, else the global default. */
export async function cadenceForDeal(db: AppDB, deal: Deal, settings: Settings): Promise<Id> {
  const stageCadenceId = (await db.stages.get(deal.stageId))?.defaultCadenceId;
  // A stage may still name a cadence the rep has since deleted: fall back rather than fail.
  if (stageCadenceId && (await db.cadences.get(stageCadenceId))) return stageCadenceId;
  return settings.defaultCadenceId;
}

/** The due dates a cadence would give, without writing anything. */
export async function previewCadence(
  db: AppDB,
  dealId: Id | null,
  cadenceId: Id,
  start: number,
  workingTime: WorkingTime,
): Promise<ScheduledStep[]> {
  if (dealId !== null) await requireDeal(db, dealId);
  const cadence = await requireCadence(db, cadenceId);
  return cadenceDueDates(cadence, start, workingTime);
}

/**
 * Starts a cadence on a deal: the deal's pending follow-ups are cancelled first (one cadence runs
 * at a time), then one follow-up per scheduled step. The deal becomes active again.
 */
export function startCadence(
  db: AppDB,
  dealId: Id,
  cadenceId: Id,
  start: number,
  workingTime: WorkingTime,
  now: number,
): Promise<FollowUp[]> {
  return db.transaction('rw', [db.deals, db.cadences, db.followUps, db.events], async () => {
    const deal = await requireDeal(db, dealId);
    const cadence = await requireCadence(db, cadenceId);
    const steps = cadenceDueDates(cadence, start, workingTime);
    const cancelled = await cancelPending(db, dealId);
    if (cancelled > 0) await appendEvent(db, dealId, 'cadence-cancelled', { cancelled }, now);
    const followUps = steps.map((step) =>
      newFollowUp(
        dealId,
        cadenceId,
        step.index,
        step.count,
        step.dueAt,
        step.channel,
        step.templateKind,
        now,
      ),
    );
    await db.followUps.bulkAdd(followUps);
    const next: Deal = {
      ...deal,
      cadence: { cadenceId, startedAt: start },
      status: 'active',
      pausedAt: null,
      pauseReason: null,
      pausedUntil: null,
      replyLikely: null,
      updatedAt: now,
    };
    await db.deals.put(next);
    await appendEvent(db, dealId, 'cadence-started', { cadenceId, followUpCount: followUps.length }, now);
    return followUps;
  });
}

export interface SingleFollowUp {
  dueAt: number;
  channel: Channel;
  templateKind: TemplateKind | null;
}

/**
 * One follow-up picked by hand, beside any running cadence. A paused deal gets it paused; an
 * answered or closed deal becomes active again, since the rep chose to follow it up.
 */
export async function scheduleSingle(
  db: AppDB,
  dealId: Id,
  single: SingleFollowUp,
  now: number,
): Promise<FollowUp> {
  if (!Number.isFinite(single.dueAt) || single.dueAt <= now) {
    throw new RelanceError('past-date', MESSAGES.followUpPast);
  }
  return db.transaction('rw', [db.deals, db.followUps, db.events], async () => {
    const deal = await requireDeal(db, dealId);
    const followUp = newFollowUp(dealId, null, 0, 1, single.dueAt, single.channel, single.templateKind, now);
    if (deal.status === 'paused') followUp.status = 'paused';
    await db.followUps.add(followUp);
    if (deal.status !== 'paused' && deal.status !== 'active') {
      await db.deals.put({ ...deal, status: 'active', updatedAt: now });
    }
    await appendEvent(db, dealId, 'cadence-started', { cadenceId: null, followUpCount: 1 }, now);
    return followUp;
  });
}

/** Stops the deal's cadence: every pending follow-up is cancelled. */
export function cancelCadence(db: AppDB, dealId: Id, now: number): Promise<Deal> {
  return db.transaction('rw', [db.deals, db.followUps, db.events], async () => {
    const deal = await requireDeal(db, dealId);
    const cancelled = await cancelPending(db, dealId);
    const next: Deal = { ...deal, cadence: null, updatedAt: now };
    await db.deals.put(next);
    await appendEvent(db, dealId, 'cadence-cancelled', { cancelled }, now);
    return next;
  });
}

function newFollowUp(
  dealId: Id,
  cadenceId: Id | null,
  stepIndex: number,
  stepCount: number,
  dueAt: number,
  channel: Channel,
  templateKind: TemplateKind | null,
  now: number,
): FollowUp {
  return {
    id: crypto.randomUUID(),
    dealId,
    cadenceId,
    stepIndex,
    stepCount,
    dueAt,
    channel,
    templateKind,
    status: 'due',
    snoozedFrom: null,
    handledAt: null,
    note: '',
    createdAt: now,
  };
}
