// The database. Rule: a schema change is a NEW entry appended to SCHEMA_HISTORY (with an upgrade
// function when existing records must change); an entry already shipped is never edited nor
// removed, because Dexie needs every past declaration to upgrade a rep's database from any older
// version. Each new version also gets a test in schema.test.ts that opens a database written by the
// previous version and checks nothing is lost.
import { Dexie, type DexieOptions, type Table, type Transaction } from 'dexie';
import {
  type Cadence,
  type Deal,
  type DealEvent,
  type DealThread,
  type FollowUp,
  gmailAccountsOf,
  prospectKeysOf,
  type Settings,
  type Stage,
  type Template,
  threadKey,
} from '../model';
import { companyFromEmail } from './email-domains';
import type { MetaRecord } from './meta';
import { SEEN_MESSAGES_STORE, type SeenMessagesRecord, seedSeenMessages } from './seen-messages';

export type { MetaRecord };

export const DB_NAME = 'relance';

export interface SchemaVersion {
  version: number;
  /** Dexie's stores() syntax: the primary key first, then the indexes (null deletes a table). */
  stores: Record<string, string | null>;
  /** Rewrites records written by the previous version, inside Dexie's upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** An upgrade that rewrites every deal of the older version in place (`change` edits the record). */
function eachDeal(change: (deal: Record<string, unknown>) => void): (tx: Transaction) => Promise<void> {
  return async (tx) => {
    await tx.table('deals').toCollection().modify(change);
  };
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // One deal per thread: the unique compound index lets two concurrent "track" calls create one.
      deals: 'id, &[provider+threadId], stageId, status, contact.email, updatedAt',
      // [status+dueAt] alone answers "what is due until T" (a paused deal's follow-ups are 'paused').
      followUps: 'id, [status+dueAt], dealId',
      events: 'id, dealId, [type+at], [dealId+at]',
      stages: 'id, order',
      cadences: 'id',
      templates: 'id, [kind+lang]',
      settings: 'id',
      meta: 'key',
    },
  },
  {
    // Deals gain pausedUntil (an out-of-office pause that ends by itself) and replyLikely (a reply
    // seen in Gmail's feed or Outlook's list, to confirm). No index changes: the stores repeat v1.
    version: 2,
    stores: {
      deals: 'id, &[provider+threadId], stageId, status, contact.email, updatedAt',
      followUps: 'id, [status+dueAt], dealId',
      events: 'id, dealId, [type+at], [dealId+at]',
      stages: 'id, order',
      cadences: 'id',
      templates: 'id, [kind+lang]',
      settings: 'id',
      meta: 'key',
    },
    upgrade: eachDeal((deal) => {
      deal.pausedUntil ??= null;
      deal.replyLikely ??= null;
    }),
  },
  {
    // A deal is not a thread: it has zero or more threads ({provider, threadId, url, subject,
    // account}), and the unique multi-entry index on threadKeys ("gmail:<id>") keeps one thread to
    // one deal. companyGuessed marks a company guessed from the email domain. New indexes for the
    // deals page and the popup's appointments: the next step's and the likely reply's instants, and
    // the creation instant (a deal without a next step or likely reply is simply not in that index).
    // Only deals changed: Dexie 4 inherits the other tables from the version before (shipped
    // re-listing them identically; schema.test.ts checks they are v2's, migrations.test.ts the data).
    version: 3,
    stores: {
      deals:
        'id, &*threadKeys, stageId, status, contact.email, nextStep.at, replyLikely.at, updatedAt, createdAt',
    },
    upgrade: eachDeal((deal) => {
      Object.assign(deal, threadsFromV2(deal));
      for (const key of V2_THREAD_FIELDS) delete deal[key];
    }),
  },
  // v4 (issue 20): the message keys seen in each tracked thread (lib/mail/new-mail.ts), a derived
  // cache outside backups. Only the new table: Dexie inherits the others from the version before.
  // Existing deals keep today's count rule (legacyCount) until their thread is seen again.
  { version: 4, stores: { seenMessages: SEEN_MESSAGES_STORE }, upgrade: seedSeenMessages },
  // v5 (issue 23): indexes, so no periodic tick reads every record. Deals by pausedUntil (the ended
  // out-of-office pauses resumeDueDeals resumes: only deals with a return date are in it); follow-ups
  // by [templateKind+status] (the popup's done breakups; a follow-up without a template is not in
  // it). No record changes, so no upgrade; only the two changed tables are declared.
  {
    version: 5,
    stores: {
      deals:
        'id, &*threadKeys, stageId, status, contact.email, nextStep.at, replyLikely.at, updatedAt, createdAt, pausedUntil',
      followUps: 'id, [status+dueAt], dealId, [templateKind+status]',
    },
  },
  // v6 (issue 23): the safety alarm's Gmail-feed check and Outlook's list rows read by index, never
  // every waiting deal. Deals gain two index keys derived from their threads and contact (lib/model
  // withIndexKeys, the one writer): prospectKeys, multi-entry (email:…, domain:…, name:…), so the
  // deals a sender may be from are one look-up; and gmailAccounts, in a compound index with status,
  // [status+gmailAccounts]: its distinct keys in the 'active' range are the mailboxes to watch (keys
  // only, no record read; an IndexedDB key may hold an array). A multi-entry gmailAccounts would
  // not know which deal is active (a multi-entry index cannot be compound). Only deals change.
  {
    version: 6,
    stores: {
      deals:
        'id, &*threadKeys, stageId, status, contact.email, nextStep.at, replyLikely.at, updatedAt, createdAt, pausedUntil, *prospectKeys, [status+gmailAccounts]',
    },
    upgrade: eachDeal((deal) => {
      Object.assign(deal, indexKeysFromV5(deal));
    }),
  },
];

/**
 * A version-5 deal's new index keys (the database upgrade to v6 and the backup migration 3 → 4 both
 * read this): what lib/model indexKeysOf gives its threads and contact, read defensively (a field
 * missing or of another type counts as empty). Its threadKeys are left as they are.
 */
export function indexKeysFromV5(deal: Record<string, unknown>): Pick<Deal, 'gmailAccounts' | 'prospectKeys'> {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const record = (v: unknown): Record<string, unknown> =>
    v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  const threads = (Array.isArray(deal.threads) ? deal.threads : []).map((t: unknown) => {
    const thread = record(t);
    return {
      provider: thread.provider === 'gmail' ? ('gmail' as const) : ('outlook' as const),
      url: str(thread.url),
    };
  });
  const contact = record(deal.contact);
  return {
    gmailAccounts: gmailAccountsOf(threads),
    prospectKeys: prospectKeysOf({ name: str(contact.name), email: str(contact.email) }),
  };
}

/** The single-thread fields of a version-2 deal, moved into threads[] by version 3. */
export const V2_THREAD_FIELDS = ['provider', 'threadId', 'url', 'subject', 'account'] as const;

/**
 * A version-2 deal's threads and companyGuessed (the database upgrade and the backup migration
 * 2 → 3 both read this): its one thread, and the company counted as guessed while it is still what
 * the email domain gives. A deal without a thread id gets no thread.
 */
export function threadsFromV2(deal: Record<string, unknown>): {
  threads: DealThread[];
  threadKeys: string[];
  companyGuessed: boolean;
} {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const provider = deal.provider === 'outlook' ? 'outlook' : 'gmail';
  const threads: DealThread[] =
    typeof deal.threadId === 'string' && deal.threadId !== ''
      ? [
          {
            provider,
            threadId: deal.threadId,
            url: str(deal.url),
            subject: str(deal.subject),
            account: typeof deal.account === 'string' ? deal.account : null,
          },
        ]
      : [];
  const contact = deal.contact as { email?: unknown } | undefined;
  const company = str(deal.company);
  const guess = companyFromEmail(str(contact?.email));
  return {
    threads,
    threadKeys: threads.map(threadKey),
    companyGuessed:
      typeof deal.companyGuessed === 'boolean' ? deal.companyGuessed : company !== '' && company === guess,
  };
}

export const SCHEMA_VERSION: number = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]?.version ?? 0;

/** Declares every version of SCHEMA_HISTORY up to `upTo` on a Dexie instance. */
export function declareSchema(db: Dexie, upTo: number = SCHEMA_VERSION): void {
  for (const { version, stores, upgrade } of SCHEMA_HISTORY) {
    if (version > upTo) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}

export class AppDB extends Dexie {
  declare deals: Table<Deal, string>;
  declare followUps: Table<FollowUp, string>;
  declare events: Table<DealEvent, string>;
  declare stages: Table<Stage, string>;
  declare cadences: Table<Cadence, string>;
  declare templates: Table<Template, string>;
  declare settings: Table<Settings, string>;
  declare meta: Table<MetaRecord, string>;
  declare seenMessages: Table<SeenMessagesRecord, string>;

  /** `options`: Dexie's (e.g. another IndexedDB implementation, for a database kept in memory). */
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareSchema(this);
  }
}
