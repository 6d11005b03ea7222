// The seenMessages table (schema v4): for each tracked thread, the keys of the messages Relance
// has seen there (lib/mail/new-mail.ts says what is new by them). A derived cache, not in backups:
// a thread with no record (a deal restored from a file, a record from another deal) is seen afresh
// on its next visit, its messages remembered without being called new.
import type { Transaction } from 'dexie';
import type { SeenMessages } from '../mail/new-mail';
import type { EpochMs, Id, Provider } from '../model';
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
  return `${provider}:${threadId}`;
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
 * stored count are new) until the thread is seen with keys. Reads both deal shapes: one thread
 * (provider, threadId: versions 1-2) or threads[] (version 3, a deal with several threads).
 */
export async function seedSeenMessages(tx: Transaction): Promise<void> {
  type Stored = {
    id: Id;
    provider?: Provider;
    threadId?: string;
    threads?: { provider: Provider; threadId: string }[];
    seenMessageCount?: number;
    updatedAt?: number;
  };
  const deals = (await tx.table('deals').toArray()) as Stored[];
  const records: SeenMessagesRecord[] = [];
  for (const deal of deals) {
    const threads = Array.isArray(deal.threads)
      ? deal.threads
      : deal.provider && deal.threadId
        ? [{ provider: deal.provider, threadId: deal.threadId }]
        : [];
    for (const thread of threads) {
      records.push({
        threadKey: threadKey(thread.provider, thread.threadId),
        dealId: deal.id,
        keys: [],
        newestAt: null,
        // The count was the deal's first thread's (the only one before version 3).
        legacyCount: deal.seenMessageCount ?? 0,
        updatedAt: deal.updatedAt ?? 0,
      });
    }
  }
  await tx.table('seenMessages').bulkPut(records);
}
