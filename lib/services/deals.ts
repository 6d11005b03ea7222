// Deals: tracking a thread, editing the deal, its next step, and the messages it has seen.
// Every use case is `(db, input, now) → Result` and writes the deal and its events together.

import { addYears } from 'date-fns';
import { getDealByThread } from '../db/deals';
import { companyFromEmail } from '../db/email-domains';
import { appendEvent } from '../db/events';
import type { AppDB } from '../db/schema';
import {
  type Contact,
  type Deal,
  type DealThread,
  type Id,
  type NextStep,
  type Provider,
  threadKey,
  withContact,
  withIndexKeys,
  withThreads,
} from '../model';
import { LIMITS } from '../model/limits';
import { requireDeal } from './guards';
import { attempt, type Result, refuse } from './result';

export interface TrackThreadInput {
  provider: Provider;
  threadId: string;
  url: string;
  subject: string;
  account: string | null;
  contact: { name: string; email: string; phone?: string };
  /** When not given, guessed from the contact's email domain (empty for public mailboxes). */
  company?: string;
  seenMessageCount: number;
}

/** Editing the company confirms it: companyGuessed turns false (sending it unchanged confirms a guess). */
export type DealUpdate = Partial<
  Pick<Deal, 'contact' | 'company' | 'offer' | 'value' | 'doneActionIds' | 'lang'>
>;

/**
 * The deal of a thread, created on first call in the first open stage. Two calls racing for the
 * same thread (two tabs, a double click) both miss the look-up; the unique threadKeys
 * index lets only one insert win, and the other returns the winner.
 */
export function trackThread(
  db: AppDB,
  input: TrackThreadInput,
  now: number,
): Promise<Result<{ deal: Deal; created: boolean }>> {
  return attempt(async () => {
    if (input.threadId.trim() === '') refuse('threadIdUnreadable');
    const existing = await getDealByThread(db, input.provider, input.threadId);
    if (existing) return { deal: await refreshThread(db, existing, input, now), created: false };
    try {
      const deal = await db.transaction('rw', [db.deals, db.stages, db.events], async () => {
        const stageId = await firstOpenStageId(db);
        const deal = newDeal(input, stageId, now);
        await db.deals.add(deal);
        await appendEvent(db, deal.id, 'tracked', {}, now);
        await appendEvent(db, deal.id, 'stage-changed', { from: null, to: stageId }, now);
        return deal;
      });
      return { deal, created: true };
    } catch (error) {
      if (!isConstraintError(error)) throw error;
      const winner = await getDealByThread(db, input.provider, input.threadId);
      if (!winner) throw error;
      return { deal: await refreshThread(db, winner, input, now), created: false };
    }
  });
}

/** The unique threadKeys index refused a write: another deal holds that thread. */
export function isConstraintError(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConstraintError';
}

/** 'lead' when it is an open stage, else the open stage with the lowest order. */
async function firstOpenStageId(db: AppDB): Promise<Id> {
  const open = (await db.stages.orderBy('order').toArray()).filter((s) => s.kind === 'open');
  const stage = open.find((s) => s.id === 'lead') ?? open[0];
  return stage ? stage.id : refuse('noOpenStage');
}

function threadOf(input: TrackThreadInput): DealThread {
  const { provider, threadId, url, subject, account } = input;
  return { provider, threadId, url, subject, account };
}

function newDeal(input: TrackThreadInput, stageId: Id, now: number): Deal {
  const contact = cleanContact({ phone: '', ...input.contact });
  const given = input.company?.trim() ?? '';
  const company = given || companyFromEmail(contact.email);
  return withIndexKeys({
    id: crypto.randomUUID(),
    threads: [threadOf(input)],
    contact,
    company,
    companyGuessed: given === '' && company !== '',
    offer: '',
    value: null,
    stageId,
    stageEnteredAt: now,
    doneActionIds: [],
    nextStep: null,
    cadence: null,
    status: 'active',
    pausedAt: null,
    pauseReason: null,
    pausedUntil: null,
    replyLikely: null,
    seenMessageCount: input.seenMessageCount,
    createdAt: now,
    updatedAt: now,
  });
}

/** The webmail may change a thread's URL or subject; an unreadable account keeps the known one. */
async function refreshThread(db: AppDB, deal: Deal, input: TrackThreadInput, now: number): Promise<Deal> {
  const key = threadKey(input);
  let changed = false;
  const threads = deal.threads.map((thread) => {
    if (threadKey(thread) !== key) return thread;
    const next: DealThread = {
      ...thread,
      url: input.url,
      subject: input.subject,
      account: input.account ?? thread.account,
    };
    changed ||= next.url !== thread.url || next.subject !== thread.subject || next.account !== thread.account;
    return next;
  });
  if (!changed) return deal;
  const next = { ...withThreads(deal, threads), updatedAt: now };
  await db.deals.put(next);
  return next;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CURRENCY_SHAPE = /^[A-Z]{3}$/;

function cleanContact(contact: Contact): Contact {
  return {
    name: contact.name.trim(),
    email: contact.email.trim().toLowerCase(),
    phone: contact.phone.trim(),
  };
}

/** Checks and normalises a patch; refuses with what to fix. */
function validateDealUpdate(patch: DealUpdate): DealUpdate {
  const clean: DealUpdate = {};
  if (patch.contact !== undefined) {
    const contact = cleanContact(patch.contact);
    if (contact.email !== '' && !EMAIL_SHAPE.test(contact.email))
      refuse('emailInvalid', { email: contact.email });
    clean.contact = contact;
  }
  if (patch.company !== undefined) clean.company = patch.company.trim();
  if (patch.offer !== undefined) clean.offer = patch.offer.trim();
  if (patch.value !== undefined) {
    if (patch.value === null) clean.value = null;
    else {
      const { amount } = patch.value;
      const currency = patch.value.currency.trim().toUpperCase();
      if (!Number.isFinite(amount) || amount < 0) refuse('valueInvalid');
      if (!CURRENCY_SHAPE.test(currency)) refuse('currencyInvalid');
      clean.value = { amount, currency };
    }
  }
  if (patch.doneActionIds !== undefined) clean.doneActionIds = [...new Set(patch.doneActionIds)];
  if (patch.lang !== undefined) clean.lang = patch.lang;
  return clean;
}

export function updateDeal(
  db: AppDB,
  input: { dealId: Id; patch: DealUpdate },
  now: number,
): Promise<Result<Deal>> {
  return attempt(async () => {
    const clean = validateDealUpdate(input.patch);
    return db.transaction('rw', db.deals, async () => {
      const deal = await requireDeal(db, input.dealId);
      const { contact, ...rest } = clean;
      const next: Deal = {
        ...(contact ? withContact(deal, contact) : deal),
        ...rest,
        companyGuessed: clean.company === undefined ? deal.companyGuessed : false,
        updatedAt: now,
      };
      await db.deals.put(next);
      return next;
    });
  });
}

/** "Always leave with a next step": a date after now, and who does what before it. */
export function setNextStep(
  db: AppDB,
  input: { dealId: Id; nextStep: NextStep },
  now: number,
): Promise<Result<Deal>> {
  return attempt(async () => {
    const { dealId, nextStep } = input;
    if (!Number.isFinite(nextStep.at) || nextStep.at <= now) refuse('nextStepPast');
    if (nextStep.at > addYears(now, LIMITS.nextStepYears).getTime()) refuse('nextStepTooFar');
    const step: NextStep = {
      at: nextStep.at,
      channel: nextStep.channel,
      repAction: nextStep.repAction.trim(),
      prospectAction: nextStep.prospectAction.trim(),
      reason: nextStep.reason.trim(),
    };
    return db.transaction('rw', [db.deals, db.events], async () => {
      const deal = await requireDeal(db, dealId);
      const next: Deal = { ...deal, nextStep: step, updatedAt: now };
      await db.deals.put(next);
      await appendEvent(db, dealId, 'next-step-set', { at: step.at, channel: step.channel }, now);
      return next;
    });
  });
}

/**
 * How many messages of the thread the deal has seen (reply detection compares against it).
 * Composed by the reply use cases inside their work; throws its problem.
 */
export async function recordSeenMessages(db: AppDB, dealId: Id, count: number, now: number): Promise<Deal> {
  if (!Number.isInteger(count) || count < 0) refuse('seenCountInvalid');
  return db.transaction('rw', db.deals, async () => {
    const deal = await requireDeal(db, dealId);
    if (deal.seenMessageCount === count) return deal;
    const next: Deal = { ...deal, seenMessageCount: count, updatedAt: now };
    await db.deals.put(next);
    return next;
  });
}
