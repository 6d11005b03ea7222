// A deal is not a thread: the deals a thread about to be tracked could join (its contact's, or its
// company's domain's), adding a thread to a deal, and detaching one. One thread belongs to one deal
// at most (the unique multi-entry threadKeys index); a deal may keep any number of threads, none too.
import { dealsByProspectKeys, getDealByThread } from '../db/deals';
import { appendEvent } from '../db/events';
import type { AppDB } from '../db/schema';
import {
  type Deal,
  type DealThread,
  type Id,
  type Provider,
  senderKeys,
  threadKey,
  withThreads,
} from '../model';
import { isConstraintError } from './deals';
import { requireDeal } from './guards';
import { attempt, type Result, refuse } from './result';

/** A deal the thread could be added to, and why it was offered. */
export interface DealCandidate {
  dealId: Id;
  /** The contact's name, else their email, else the company: how the bar names the deal. */
  name: string;
  company: string;
  stageId: Id;
  match: 'email' | 'domain';
}

/** How many candidates the bar is offered (the best first). */
export const CANDIDATE_LIMIT = 3;

/** A deal still in play: neither signed nor lost. */
const isOpenDeal = (deal: Deal) => deal.status !== 'won' && deal.status !== 'lost';

/**
 * The open deals a thread with this contact could join: the contact's own deals first, then the
 * deals of colleagues at the same company domain — never for a public mailbox's domain (gmail.com,
 * outlook.fr…). Read by the prospectKeys index (schema v6): the address and the company domain, one
 * look-up each, the same keys a reply is matched by (lib/model senderKeys).
 */
export async function candidateDeals(db: AppDB, email: string): Promise<DealCandidate[]> {
  const address = email.trim().toLowerCase();
  if (address === '') return [];
  return db.transaction('r', db.deals, async () => {
    const found = await dealsByProspectKeys(db, senderKeys({ email: address, name: '' }));
    const isOwn = (deal: Deal) => deal.prospectKeys.includes(`email:${address}`);
    const newestFirst = (a: Deal, b: Deal) => b.updatedAt - a.updatedAt;
    const offer = (deals: Deal[], match: DealCandidate['match']) =>
      deals
        .filter(isOpenDeal)
        .sort(newestFirst)
        .map(
          (d): DealCandidate => ({
            dealId: d.id,
            name: d.contact.name || d.contact.email || d.company,
            company: d.company,
            stageId: d.stageId,
            match,
          }),
        );
    return [
      ...offer(found.filter(isOwn), 'email'),
      ...offer(
        found.filter((d) => !isOwn(d)),
        'domain',
      ),
    ].slice(0, CANDIDATE_LIMIT);
  });
}

export function findDealCandidates(db: AppDB, input: { email: string }): Promise<Result<DealCandidate[]>> {
  return attempt(() => candidateDeals(db, input.email));
}

/**
 * "Add to <deal>": the thread joins the deal's threads, with its event, in one transaction. Adding
 * a thread the deal already has changes nothing; a thread of another deal is refused (detach it
 * there first) — also when another tab tracked it a moment before (the unique index decides).
 */
export function attachThread(
  db: AppDB,
  input: { dealId: Id; thread: DealThread },
  now: number,
): Promise<Result<Deal>> {
  return attempt(async () => {
    const { thread } = input;
    if (thread.threadId.trim() === '') refuse('threadIdUnreadable');
    try {
      return await db.transaction('rw', [db.deals, db.events], async () => {
        const deal = await requireDeal(db, input.dealId);
        const key = threadKey(thread);
        if (deal.threadKeys.includes(key)) return deal;
        const owner = await getDealByThread(db, thread.provider, thread.threadId);
        if (owner) refuse('threadOnOtherDeal');
        const next: Deal = { ...withThreads(deal, [...deal.threads, { ...thread }]), updatedAt: now };
        await db.deals.put(next);
        await appendEvent(
          db,
          deal.id,
          'thread-added',
          { provider: thread.provider, threadId: thread.threadId, subject: thread.subject },
          now,
        );
        return next;
      });
    } catch (error) {
      if (isConstraintError(error)) refuse('threadOnOtherDeal');
      throw error;
    }
  });
}

/** Detaches a thread from its deal (the deal stays, with its other threads or none). */
export function detachThread(
  db: AppDB,
  input: { dealId: Id; provider: Provider; threadId: string },
  now: number,
): Promise<Result<Deal>> {
  return attempt(() =>
    db.transaction('rw', [db.deals, db.events], async () => {
      const deal = await requireDeal(db, input.dealId);
      const key = threadKey(input);
      const thread = deal.threads.find((t) => threadKey(t) === key);
      if (!thread) return refuse('threadNotOnDeal');
      const next: Deal = {
        ...withThreads(
          deal,
          deal.threads.filter((t) => t !== thread),
        ),
        updatedAt: now,
      };
      await db.deals.put(next);
      await appendEvent(
        db,
        deal.id,
        'thread-removed',
        { provider: thread.provider, threadId: thread.threadId, subject: thread.subject },
        now,
      );
      return next;
    }),
  );
}
