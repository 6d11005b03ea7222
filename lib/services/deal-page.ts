// The deals page's own use cases: a deal without a thread (a phone lead, a trade-show contact), a
// note, and bulk actions on a selection — each bulk action runs the same use case as one deal does
// (the panel's stage chips, pause, stop, lost), all of them in ONE transaction: a failure, or the
// page closing halfway, leaves every deal as it was.
import { addYears } from 'date-fns';
import { companyFromEmail } from '../db/email-domains';
import { appendEvent } from '../db/events';
import type { AppDB } from '../db/schema';
import { type Contact, type Deal, type Id, type Money, type NextStep, withIndexKeys } from '../model';
import { LIMITS } from '../model/limits';
import { updateDeal } from './deals';
import { cancelCadence, scheduleCadence } from './follow-ups';
import { requireDeal, requireStage } from './guards';
import { markLost, pauseDeal, resumeDeal, setStage } from './lifecycle';
import { attempt, RelanceError, type Result, refuse } from './result';

export interface NewDealInput {
  contact: Contact;
  company: string;
  offer: string;
  value: Money | null;
  stageId: Id;
  nextStep: NextStep | null;
  /** Starts this cadence at once (its steps may be phone calls or visits); null: none. */
  cadenceId: Id | null;
}

/** "New deal" on the deals page: a deal with no thread, its stage, next step and cadence. */
export function createDeal(db: AppDB, input: NewDealInput, now: number): Promise<Result<Deal>> {
  return attempt(async () => {
    const contact: Contact = {
      name: input.contact.name.trim(),
      email: input.contact.email.trim().toLowerCase(),
      phone: input.contact.phone.trim(),
    };
    const typed = input.company.trim();
    const company = typed || companyFromEmail(contact.email);
    if (!contact.name && !contact.email && !contact.phone && !company) refuse('dealNeedsSomeone');
    const step = input.nextStep;
    if (step) {
      if (!Number.isFinite(step.at) || step.at <= now) refuse('nextStepPast');
      if (step.at > addYears(now, LIMITS.nextStepYears).getTime()) refuse('nextStepTooFar');
    }
    const tables = [db.deals, db.stages, db.events, db.followUps, db.cadences, db.settings, db.templates];
    return db.transaction('rw', tables, async () => {
      const stage = await requireStage(db, input.stageId);
      const id = crypto.randomUUID();
      const deal: Deal = withIndexKeys({
        id,
        threads: [],
        contact: { name: '', email: '', phone: '' },
        company: '',
        companyGuessed: false,
        offer: '',
        value: null,
        stageId: stage.id,
        stageEnteredAt: now,
        doneActionIds: [],
        nextStep: null,
        cadence: null,
        status: stage.kind === 'won' ? 'won' : stage.kind === 'lost' ? 'lost' : 'active',
        pausedAt: null,
        pauseReason: null,
        pausedUntil: null,
        replyLikely: null,
        seenMessageCount: 0,
        createdAt: now,
        updatedAt: now,
      });
      await db.deals.add(deal);
      await appendEvent(db, id, 'tracked', {}, now);
      await appendEvent(db, id, 'stage-changed', { from: null, to: stage.id }, now);
      // The contact's fields through the one validation of a deal's edits (the email's shape, the value).
      const edited = unwrapOrThrow(
        await updateDeal(
          db,
          { dealId: id, patch: { contact, company, offer: input.offer, value: input.value } },
          now,
        ),
      );
      let result: Deal = { ...edited, companyGuessed: typed === '' && company !== '' };
      if (step) {
        result = {
          ...result,
          nextStep: {
            ...step,
            repAction: step.repAction.trim(),
            prospectAction: step.prospectAction.trim(),
            reason: step.reason.trim(),
          },
        };
      }
      await db.deals.put(result);
      if (step) await appendEvent(db, id, 'next-step-set', { at: step.at, channel: step.channel }, now);
      if (input.cadenceId !== null)
        unwrapOrThrow(await scheduleCadence(db, { dealId: id, cadenceId: input.cadenceId }, now));
      return (await db.deals.get(id)) ?? result;
    });
  });
}

/** A note on a deal, kept in its history with its time. */
export function addNote(db: AppDB, input: { dealId: Id; text: string }, now: number): Promise<Result<Deal>> {
  return attempt(async () => {
    const text = input.text.trim();
    if (text === '') refuse('noteEmpty');
    if (text.length > LIMITS.note)
      refuse('recordInvalid', { what: 'The note', detail: `over ${LIMITS.note} characters` });
    return db.transaction('rw', [db.deals, db.events], async () => {
      const deal = await requireDeal(db, input.dealId);
      const next: Deal = { ...deal, updatedAt: now };
      await db.deals.put(next);
      await appendEvent(db, deal.id, 'note', { text }, now);
      return next;
    });
  });
}

export type BulkAction =
  | { kind: 'stage'; stageId: Id }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'stop-cadence' }
  | { kind: 'lost'; reason: string };

export interface BulkOutcome {
  /** Deals the action changed. */
  changed: number;
  /** Deals it did not apply to (already paused, not paused, closed…), left as they were. */
  skipped: number;
}

/** A composed use case's refusal, thrown on so the whole transaction aborts and the refusal is answered. */
function unwrapOrThrow<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const error = new RelanceError(result.error.key, result.error.params);
  Object.assign(error.failure, { error: result.error });
  throw error;
}

/**
 * One action on many deals, all or nothing: one transaction over every table the use cases touch,
 * each deal through the same use case as one deal alone. `onProgress` is told after each deal.
 */
export function bulkUpdate(
  db: AppDB,
  input: { dealIds: readonly Id[]; action: BulkAction },
  now: number,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Result<BulkOutcome>> {
  return attempt(async () => {
    const ids = [...new Set(input.dealIds)];
    const { action } = input;
    if (action.kind === 'stage') await requireStage(db, action.stageId);
    return db.transaction('rw', db.tables, async () => {
      const outcome: BulkOutcome = { changed: 0, skipped: 0 };
      for (const [i, dealId] of ids.entries()) {
        const deal = await requireDeal(db, dealId);
        const open = deal.status === 'active' || deal.status === 'paused';
        switch (action.kind) {
          case 'stage':
            if (deal.stageId === action.stageId) outcome.skipped += 1;
            else {
              unwrapOrThrow(await setStage(db, { dealId, stageId: action.stageId }, now));
              outcome.changed += 1;
            }
            break;
          case 'pause':
            if (deal.status !== 'active') outcome.skipped += 1;
            else {
              unwrapOrThrow(await pauseDeal(db, { dealId }, now));
              outcome.changed += 1;
            }
            break;
          case 'resume':
            if (deal.status !== 'paused') outcome.skipped += 1;
            else {
              unwrapOrThrow(await resumeDeal(db, { dealId }, now));
              outcome.changed += 1;
            }
            break;
          case 'stop-cadence':
            if (deal.cadence === null && !open) outcome.skipped += 1;
            else {
              unwrapOrThrow(await cancelCadence(db, { dealId }, now));
              outcome.changed += 1;
            }
            break;
          case 'lost':
            if (deal.status === 'lost') outcome.skipped += 1;
            else {
              unwrapOrThrow(await markLost(db, { dealId, reason: action.reason }, now));
              outcome.changed += 1;
            }
            break;
        }
        onProgress(i + 1, ids.length);
      }
      return outcome;
    });
  });
}
