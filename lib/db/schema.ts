// The database. Rule: a schema change is a NEW entry appended to SCHEMA_HISTORY (with an upgrade
// function when existing records must change); an entry already shipped is never edited nor
// removed, because Dexie needs every past declaration to upgrade a rep's database from any older
// version. Each new version also gets a test in schema.test.ts that opens a database written by the
// previous version and checks nothing is lost.
import { Dexie, type DexieOptions, type Table, type Transaction } from 'dexie';
import type { Cadence, Deal, DealEvent, FollowUp, Settings, Stage, Template } from '../model';
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
    upgrade: async (tx) => {
      await tx
        .table('deals')
        .toCollection()
        .modify((deal: Record<string, unknown>) => {
          deal.pausedUntil ??= null;
          deal.replyLikely ??= null;
        });
    },
  },
  // v4 (issue 20): the message keys seen in each tracked thread (lib/mail/new-mail.ts), a derived
  // cache outside backups. Only the new table: Dexie inherits the others from the version before.
  // Existing deals keep today's count rule (legacyCount) until their thread is seen again.
  { version: 4, stores: { seenMessages: SEEN_MESSAGES_STORE }, upgrade: seedSeenMessages },
];

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
