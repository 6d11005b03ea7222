// Follow-ups: scheduling a whole cadence or a single one, and what a rep does with one that fell
// due — done, skipped, snoozed — or with the whole run (stop). Every due date comes from lib/cadence
// in the rep's working time (the settings).
import { cadenceDueDates, quickPickDueAt, type ScheduledStep, snoozeTarget } from '../cadence';
import { appendEvent } from '../db/events';
import { cancelPending } from '../db/pending';
import { followUpsForDeal } from '../db/queries';
import type { AppDB } from '../db/schema';
import { getSettings } from '../db/settings';
import {
  type Channel,
  type Deal,
  type FollowUp,
  type FollowUpStatus,
  type Id,
  isPending,
  type QuickPick,
  type Settings,
  type SnoozeChoice,
  type TemplateKind,
} from '../model';
import { requireCadence, requireDeal, requireFollowUp } from './guards';
import { NOT_PAUSED } from './lifecycle';
import { attempt, type ProblemKey, type Result, refuse } from './result';

/** The cadence "Schedule follow-up" starts for a deal: its stage's, else the global default. */
export async function cadenceForDeal(db: AppDB, deal: Deal, settings: Settings): Promise<Id> {
  const stageCadenceId = (await db.stages.get(deal.stageId))?.defaultCadenceId;
  // A stage may still name a cadence the rep has since deleted: fall back rather than fail.
  if (stageCadenceId && (await db.cadences.get(stageCadenceId))) return stageCadenceId;
  return settings.defaultCadenceId;
}

export interface CadenceChoice {
  dealId: Id;
  /** The cadence to run; by default the deal's (cadenceForDeal). */
  cadenceId?: Id;
  /**
   * While follow-ups are pending: 'replace' cancels them (done ones stay in the history) and starts
   * the cadence from now (the default); 'append' keeps them and starts it after the last one.
   */
  mode?: 'replace' | 'append';
}

/** A won or lost deal is closed: it is reopened (a stage chosen) before it is followed up again. */
export function requireOpenDeal(deal: Deal): Deal {
  if (deal.status === 'won' || deal.status === 'lost') refuse('dealClosed', { status: deal.status });
  return deal;
}

/**
 * The due dates a cadence would give if it started now, without writing anything: the deal's
 * (or `cadenceId`), or with no deal, `cadenceId` (else the default cadence).
 */
export function previewCadence(
  db: AppDB,
  input: Partial<CadenceChoice>,
  now: number,
): Promise<Result<ScheduledStep[]>> {
  return attempt(async () => {
    const deal = input.dealId === undefined ? null : await requireDeal(db, input.dealId);
    const settings = await getSettings(db);
    const chosen =
      input.cadenceId ?? (deal ? await cadenceForDeal(db, deal, settings) : settings.defaultCadenceId);
    return cadenceDueDates(await requireCadence(db, chosen), now, settings);
  });
}

/**
 * Starts a cadence on a deal, from now: the deal's pending follow-ups are cancelled first (one
 * cadence runs at a time), then one follow-up per scheduled step. The deal becomes active again.
 */
export function scheduleCadence(db: AppDB, input: CadenceChoice, now: number): Promise<Result<FollowUp[]>> {
  return attempt(async () => {
    const settings = await getSettings(db);
    return db.transaction('rw', [db.deals, db.stages, db.cadences, db.followUps, db.events], async () => {
      const deal = requireOpenDeal(await requireDeal(db, input.dealId));
      const cadenceId = input.cadenceId ?? (await cadenceForDeal(db, deal, settings));
      const cadence = await requireCadence(db, cadenceId);
      let from = now;
      if (input.mode === 'append') {
        const pending = (await followUpsForDeal(db, deal.id)).filter(isPending);
        from = Math.max(now, ...pending.map((f) => f.dueAt));
      } else {
        const cancelled = await cancelPending(db, deal.id);
        if (cancelled > 0) await appendEvent(db, deal.id, 'cadence-cancelled', { cancelled }, now);
      }
      const appended = input.mode === 'append';
      // Appended, the steps start after the last pending one (its "same day" step would repeat it).
      const steps = cadenceDueDates(cadence, from, settings).filter((s) => !appended || s.dueAt > from);
      const followUps = steps.map((step) =>
        newFollowUp(
          deal.id,
          cadenceId,
          step.index,
          step.count,
          step.dueAt,
          step.channel,
          step.templateKind,
          now,
        ),
      );
      // Added after a paused deal's steps, they wait with them; otherwise the deal runs again.
      const keepsPause = appended && deal.status === 'paused';
      if (keepsPause) for (const f of followUps) f.status = 'paused';
      await db.followUps.bulkAdd(followUps);
      const next: Deal = keepsPause
        ? { ...deal, cadence: { cadenceId, startedAt: now }, updatedAt: now }
        : {
            ...deal,
            cadence: { cadenceId, startedAt: now },
            status: 'active',
            ...NOT_PAUSED,
            updatedAt: now,
          };
      await db.deals.put(next);
      await appendEvent(db, deal.id, 'cadence-started', { cadenceId, followUpCount: followUps.length }, now);
      return followUps;
    });
  });
}

export interface SingleFollowUp {
  dealId: Id;
  /** A quick pick (its date in the rep's working time), or a moment after now. */
  when: { pick: QuickPick } | { at: number };
  channel: Channel;
  templateKind: TemplateKind | null;
}

/**
 * One follow-up picked by hand, beside any running cadence. A paused deal gets it paused; an
 * answered or closed deal becomes active again, since the rep chose to follow it up.
 */
export function scheduleSingle(db: AppDB, input: SingleFollowUp, now: number): Promise<Result<FollowUp>> {
  return attempt(async () => {
    const { dealId, when } = input;
    const dueAt = 'pick' in when ? quickPickDueAt(when.pick, now, await getSettings(db)) : when.at;
    if (!Number.isFinite(dueAt) || dueAt <= now) refuse('followUpPast');
    return db.transaction('rw', [db.deals, db.followUps, db.events], async () => {
      const deal = requireOpenDeal(await requireDeal(db, dealId));
      const followUp = newFollowUp(dealId, null, 0, 1, dueAt, input.channel, input.templateKind, now);
      if (deal.status === 'paused') followUp.status = 'paused';
      await db.followUps.add(followUp);
      if (deal.status !== 'paused' && deal.status !== 'active') {
        await db.deals.put({ ...deal, status: 'active', updatedAt: now });
      }
      await appendEvent(db, dealId, 'cadence-started', { cadenceId: null, followUpCount: 1 }, now);
      return followUp;
    });
  });
}

/** Stops the deal's cadence: every pending follow-up is cancelled. */
export function cancelCadence(db: AppDB, input: { dealId: Id }, now: number): Promise<Result<Deal>> {
  return attempt(() =>
    db.transaction('rw', [db.deals, db.followUps, db.events], async () => {
      const deal = await requireDeal(db, input.dealId);
      const cancelled = await cancelPending(db, deal.id);
      const next: Deal = { ...deal, cadence: null, updatedAt: now };
      await db.deals.put(next);
      await appendEvent(db, deal.id, 'cadence-cancelled', { cancelled }, now);
      return next;
    }),
  );
}

const NOT_DUE: Record<Exclude<FollowUpStatus, 'due'>, ProblemKey> = {
  done: 'followUpAlreadyDone',
  skipped: 'followUpAlreadySkipped',
  cancelled: 'followUpCancelled',
  paused: 'followUpPaused',
};

/** Only a 'due' follow-up can be handled. */
async function requireDue(db: AppDB, id: Id): Promise<FollowUp> {
  const followUp = await requireFollowUp(db, id);
  if (followUp.status !== 'due') refuse(NOT_DUE[followUp.status]);
  return followUp;
}

export function completeFollowUp(
  db: AppDB,
  input: { followUpId: Id; note?: string },
  now: number,
): Promise<Result<FollowUp>> {
  return attempt(() =>
    db.transaction('rw', [db.followUps, db.events], async () => {
      const followUp = await requireDue(db, input.followUpId);
      const next: FollowUp = { ...followUp, status: 'done', handledAt: now, note: (input.note ?? '').trim() };
      await db.followUps.put(next);
      await appendEvent(
        db,
        followUp.dealId,
        'follow-up-done',
        { followUpId: followUp.id, stepIndex: followUp.stepIndex, note: next.note },
        now,
      );
      return next;
    }),
  );
}

export function skipFollowUp(db: AppDB, input: { followUpId: Id }, now: number): Promise<Result<FollowUp>> {
  return attempt(() =>
    db.transaction('rw', [db.followUps, db.events], async () => {
      const followUp = await requireDue(db, input.followUpId);
      const next: FollowUp = { ...followUp, status: 'skipped', handledAt: now };
      await db.followUps.put(next);
      await appendEvent(
        db,
        followUp.dealId,
        'follow-up-skipped',
        { followUpId: followUp.id, stepIndex: followUp.stepIndex },
        now,
      );
      return next;
    }),
  );
}

/**
 * Moves a due follow-up later: a preset (in the rep's working time, from its due time when that is
 * still ahead) or a moment picked after now; snoozedFrom keeps the original due instant. A snooze
 * never moves a follow-up earlier: the new instant must be after both now and its due instant.
 */
export function snoozeFollowUp(
  db: AppDB,
  input: { followUpId: Id; choice: SnoozeChoice },
  now: number,
): Promise<Result<FollowUp>> {
  return attempt(async () => {
    const settings = await getSettings(db);
    return db.transaction('rw', [db.followUps, db.events], async () => {
      const followUp = await requireDue(db, input.followUpId);
      const until = snoozeTarget(input.choice, followUp, now, settings);
      if (!Number.isFinite(until) || until <= now) refuse('snoozePast');
      if (until <= followUp.dueAt) refuse('snoozeEarlier');
      const next: FollowUp = {
        ...followUp,
        dueAt: until,
        snoozedFrom: followUp.snoozedFrom ?? followUp.dueAt,
      };
      await db.followUps.put(next);
      await appendEvent(
        db,
        followUp.dealId,
        'follow-up-snoozed',
        { followUpId: followUp.id, from: followUp.dueAt, to: until },
        now,
      );
      return next;
    });
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
