export { domainOf } from '../db/email-domains';
export { type AutoReplySign, autoReplyLanguage, autoReplySign, isAutoReply } from './auto-reply';
export {
  type ClassifyContext,
  classifyMessage,
  classifyReply,
  isProspectSide,
  type MessageKind,
  type ReadOptions,
  type ReplyContent,
  type ReplyReading,
} from './classify';
export { type FeedEntry, parseGmailFeed } from './feed';
export { detectLanguage, REPLY_LANGUAGES, type ReplyLanguage } from './language';
export { OPT_OUT_REASONS, type OptOutReason, type OptOutSign, optOutSign } from './opt-out';
export { absenceStartsAfter, findReturnDate, type ReturnDateHints } from './return-date';
export {
  gmailAccountsToWatch,
  isWaiting,
  type NewMessagesReading,
  outOfOfficeUntil,
  readNewMessages,
} from './watch';
