// What a rep does with a follow-up that fell due: done, skipped or snoozed. Only a 'due' one.
import type { FollowUp, FollowUpStatus, Id } from '../model';
import { MESSAGES, RelanceError } from './errors';
import { appendEvent } from './events';
import { requireFollowUp } from './guards';
import type { AppDB } from './schema';

const NOT_DUE: Record<Exclude<FollowUpStatus, 'due'>, string> = {
  done: 'This follow-up is already marked done.',
  skipped: 'This follow-up was already skipped.',
  cancelled: 'This follow-up was cancelled (the prospect replied, or its cadence was stopped).',
  paused: 'This deal is paused — resume it before handling its follow-ups.',
};

async function requireDue(db: AppDB, id: Id): Promise<FollowUp> {
  const followUp = await requireFollowUp(db, id);
  if (followUp.status !== 'due') throw new RelanceError('conflict', NOT_DUE[followUp.status]);
  return followUp;
}

export function completeFollowUp(db: AppDB, id: Id, note: string, now: number): Promise<FollowUp> {
  return db.transaction('rw', [db.followUps, db.events], async () => {
    const followUp = await requireDue(db, id);
    const next: FollowUp = { ...followUp, status: 'done', handledAt: now, note: note.trim() };
    await db.followUps.put(next);
    await appendEvent(
      db,
      followUp.dealId,
      'follow-up-done',
      { followUpId: id, stepIndex: followUp.stepIndex, note: next.note },
      now,
    );
    return next;
  });
}

export function skipFollowUp(db: AppDB, id: Id, now: number): Promise<FollowUp> {
  return db.transaction('rw', [db.followUps, db.events], async () => {
    const followUp = await requireDue(db, id);
    const next: FollowUp = { ...followUp, status: 'skipped', handledAt: now };
    await db.followUps.put(next);
    await appendEvent(
      db,
      followUp.dealId,
      'follow-up-skipped',
      { followUpId: id, stepIndex: followUp.stepIndex },
      now,
    );
    return next;
  });
}

/**
 * Moves a due follow-up to a later instant; snoozedFrom keeps the original due instant. A snooze
 * never moves a follow-up earlier: `until` must be after both now and its current due instant.
 */
export async function snoozeFollowUp(db: AppDB, id: Id, until: number, now: number): Promise<FollowUp> {
  if (!Number.isFinite(until) || until <= now) throw new RelanceError('past-date', MESSAGES.snoozePast);
  return db.transaction('rw', [db.followUps, db.events], async () => {
    const followUp = await requireDue(db, id);
    if (until <= followUp.dueAt) throw new RelanceError('past-date', MESSAGES.snoozeEarlier);
    const next: FollowUp = { ...followUp, dueAt: until, snoozedFrom: followUp.snoozedFrom ?? followUp.dueAt };
    await db.followUps.put(next);
    await appendEvent(
      db,
      followUp.dealId,
      'follow-up-snoozed',
      { followUpId: id, from: followUp.dueAt, to: until },
      now,
    );
    return next;
  });
}
