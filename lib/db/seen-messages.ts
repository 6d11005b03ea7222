// The seenMessages table (schema v4): for each tracked thread, the keys of the messages Relance
// has seen there (lib/mail/new-mail.ts says what is new by them). A derived cache, not in backups:
// a thread with no record (a deal restored from a file, a record from another deal) is seen afresh
// on its next visit, its messages remembered without being called new.
import type { Transaction } from 'dexie';
import type { SeenMessages } from '../mail/new-mail';
import { threadKey as dealThreadKey, type EpochMs, type Id, type Provider } from '../model';
import type { AppDB } from './schema';

export interface SeenMessagesRecord extends SeenMessages {
  /** `provider:threadId` (threadKey): one record per thread, a deal may follow several. */
  threadKey: string;
  dealId: Id;
  updatedAt: EpochMs;
}

/** Dexie's declaration: by thread, and by deal (to drop a deal's records with it). */
export const SEEN_MESSAGES_STORE = 'threadKey, dealId';

export function threadKey(provider: Provider, threadId: string): string {
  return dealThreadKey({ provider, threadId });
}

/** What `dealId` has seen in the thread; null when nothing is recorded for that deal there. */
export async function getSeenMessages(
  db: AppDB,
  dealId: Id,
  provider: Provider,
  threadId: string,
): Promise<SeenMessages | null> {
  const record = await db.seenMessages.get(threadKey(provider, threadId));
  if (!record || record.dealId !== dealId) return null;
  const { keys, newestAt, legacyCount } = record;
  return legacyCount === undefined ? { keys, newestAt } : { keys, newestAt, legacyCount };
}

export async function putSeenMessages(
  db: AppDB,
  input: { dealId: Id; provider: Provider; threadId: string; seen: SeenMessages },
  now: EpochMs,
): Promise<void> {
  await db.seenMessages.put({
    ...input.seen,
    threadKey: threadKey(input.provider, input.threadId),
    dealId: input.dealId,
    updatedAt: now,
  });
}

/**
 * The v4 upgrade: each deal's thread gets a record that keeps today's rule (messages past the
 * stored count are new) until the thread is seen with keys. Version 4 runs after version 3, so every
 * deal has its threadKeys (a deal with several threads gets a record for each).
 */
export async function seedSeenMessages(tx: Transaction): Promise<void> {
  // Version 3 has moved each deal's threads into threads[] and threadKeys; a record of an older
  // shape (provider, threadId) is read too.
  type Stored = {
    id: Id;
    provider?: Provider;
    threadId?: string;
    threads?: { provider: Provider; threadId: string }[];
    threadKeys?: string[];
    seenMessageCount?: number;
    updatedAt?: number;
  };
  const keysOf = (deal: Stored): string[] =>
    deal.threadKeys && deal.threadKeys.length > 0
      ? deal.threadKeys
      : Array.isArray(deal.threads)
        ? deal.threads.map((t) => threadKey(t.provider, t.threadId))
        : deal.provider && deal.threadId
          ? [threadKey(deal.provider, deal.threadId)]
          : [];
  const deals = (await tx.table('deals').toArray()) as Stored[];
  await tx.table('seenMessages').bulkPut(
    deals.flatMap((deal) =>
      keysOf(deal).map(
        (key): SeenMessagesRecord => ({
          threadKey: key,
          dealId: deal.id,
          keys: [],
          newestAt: null,
          legacyCount: deal.seenMessageCount ?? 0,
          updatedAt: deal.updatedAt ?? 0,
        }),
      ),
    ),
  );
}
