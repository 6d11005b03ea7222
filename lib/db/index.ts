// The database: the Dexie schema (every version kept), and the repositories — reads, and the
// low-level writes the use cases of lib/services compose inside their transactions.
export {
  activeGmailAccounts,
  countReplyLikely,
  dealsByProspectKeys,
  dealsWithNextStepBetween,
  dealsWithReplyToConfirm,
  getDeal,
  getDealByThread,
  recentDeals,
} from './deals';
export { companyFromEmail, isPublicEmailDomain, PUBLIC_EMAIL_DOMAINS } from './email-domains';
export { appendEvent, eventsForDeal } from './events';
export { db } from './instance';
export {
  FEED_SEEN_KEY,
  getMeta,
  LIST_SEEN_KEY,
  type MetaKey,
  type MetaValues,
  NOTIFIED_KEY,
  putMeta,
  SEEDED_IDS_KEY,
} from './meta';
export { cancelPending } from './pending';
export {
  countDue,
  dueFollowUps,
  followUpsDueBetween,
  followUpsForDeal,
  nextDueAfter,
  overdueFollowUps,
  pendingFollowUps,
} from './queries';
export type { MetaRecord, SchemaVersion } from './schema';
export { AppDB, DB_NAME, SCHEMA_HISTORY, SCHEMA_VERSION, threadsFromV2, V2_THREAD_FIELDS } from './schema';
export { seedDefaults } from './seed';
export { getSettings, SETTINGS_ID } from './settings';
