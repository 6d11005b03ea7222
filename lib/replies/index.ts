export { autoReplyLanguage, isAutoReply } from './auto-reply';
export {
  type ClassifyContext,
  classifyMessage,
  domainOf,
  isProspectSide,
  type MessageKind,
} from './classify';
export { type FeedEntry, gmailAccountIndex, parseGmailFeed } from './feed';
export { findReturnDate } from './return-date';
export {
  classifyNewMessages,
  gmailAccountsToWatch,
  isWaiting,
  type NewMessages,
  outOfOfficeUntil,
} from './watch';
