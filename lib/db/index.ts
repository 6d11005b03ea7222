export {
  markLost,
  markReplied,
  markWon,
  pauseAutomatically,
  pauseDeal,
  resumeDeal,
  resumeDueDeals,
  setStage,
} from './deal-lifecycle';
export type { DealUpdate, TrackThreadInput } from './deals';
export {
  getDeal,
  getDealByThread,
  recordSeenMessages,
  setNextStep,
  trackThread,
  updateDeal,
  validateDealUpdate,
} from './deals';
export { companyFromEmail, isPublicEmailDomain, PUBLIC_EMAIL_DOMAINS } from './email-domains';
export type { RelanceErrorCode } from './errors';
export { RelanceError } from './errors';
export { eventsForDeal, logEvent } from './events';
export { completeFollowUp, skipFollowUp, snoozeFollowUp } from './follow-up-actions';
export type { SingleFollowUp } from './follow-ups';
export { cadenceForDeal, cancelCadence, previewCadence, scheduleSingle, startCadence } from './follow-ups';
export { db } from './instance';
export {
  countDue,
  dueFollowUps,
  followUpsDueBetween,
  followUpsForDeal,
  nextDueAfter,
  overdueFollowUps,
} from './queries';
export type { MetaRecord, SchemaVersion } from './schema';
export { AppDB, DB_NAME, SCHEMA_HISTORY, SCHEMA_VERSION } from './schema';
export { SEEDED_IDS_KEY, seedDefaults } from './seed';
export type { SettingsPatch } from './settings';
export { getSettings, SETTINGS_ID, saveSettings, validateSettingsPatch } from './settings';
