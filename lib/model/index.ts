// The domain of Relance. Every id is a string (crypto.randomUUID() or a stable slug for built-ins)
// so the database can later sync without a migration. Every instant is epoch milliseconds.

import { companyDomain } from '../db/email-domains';

export type Id = string;
export type EpochMs = number;

// Every union below is written once, as an `as const` array, and its type derived from it: the zod
// schemas (./schemas.ts), the forms' option lists and the checks all read the same array.

/** The webmails Relance lives in. lib/mail/adapter.ts re-exports this name. */
export const PROVIDERS = ['gmail', 'outlook'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
/** The language setting: one of LANGS, or 'browser' (the browser's own). */
export const LANGUAGE_SETTINGS = ['browser', ...LANGS] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];
/** A text a rep sees, in each language Relance speaks. */
export type LocalizedText = Record<Lang, string>;

/** A span of calendar time, in date-fns `Duration` units (months stay months across DST and month lengths). */
export interface Span {
  months?: number;
  weeks?: number;
  days?: number;
  hours?: number;
  minutes?: number;
}

/**
 * How a rep reaches a prospect. Only ever extended (stored cadences, follow-ups and backups name
 * these): 'visit' is going to the prospect; 'in-person' a meeting face to face; 'social' a message
 * on a social network (LinkedIn…).
 */
export const CHANNELS = ['email', 'phone', 'letter', 'visit', 'in-person', 'video-call', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];

export const TEMPLATE_KINDS = ['relance', 'good-news', 'breakup', 'next-step', 'custom'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

// ---------------------------------------------------------------------------------------------
// Stages

/** open: in the funnel; won: signed; lost: closed without a sale; expansion: after signing (cross-sell, up-sell). */
export const STAGE_KINDS = ['open', 'won', 'lost', 'expansion'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export interface StageAction {
  id: Id;
  label: LocalizedText;
}

export interface Stage {
  id: Id;
  name: LocalizedText;
  /** Position in the funnel, ascending. */
  order: number;
  kind: StageKind;
  /** What a rep does in this stage; a deal ticks them off one by one. */
  actions: StageAction[];
  /** How long a deal usually stays here (null when the team has no figure). */
  usualDuration: Span | null;
  /** Target share (0..1) for this stage, as the team sets it; the funnel compares it to the measured one. */
  targetConversion: number | null;
  /** The cadence that "Schedule follow-up" starts in this stage; null → the global default. */
  defaultCadenceId: Id | null;
  builtin: boolean;
  updatedAt: EpochMs;
}

// ---------------------------------------------------------------------------------------------
// Cadences

export interface CadenceStep {
  /** Delay after the previous step's due date (the first step: after the start). */
  after: Span;
  channel: Channel;
  /** The template suggested when this step falls due (null: none suggested). */
  templateKind: TemplateKind | null;
}

export interface CadenceTail {
  /** Delay between two repetitions, the first one counted from the last fixed step. */
  every: Span;
  /** How many times the tail repeats (a cadence is always finite). */
  times: number;
  channel: Channel;
  templateKind: TemplateKind | null;
}

export interface Cadence {
  id: Id;
  name: LocalizedText;
  steps: CadenceStep[];
  tail: CadenceTail | null;
  /** The closing breakup step, after the tail (or the last step); no answer after it → propose lost. */
  breakup: CadenceStep | null;
  builtin: boolean;
  updatedAt: EpochMs;
}

// ---------------------------------------------------------------------------------------------
// Templates

export interface Template {
  id: Id;
  kind: TemplateKind;
  lang: Lang;
  name: string;
  subject: string;
  body: string;
  builtin: boolean;
  updatedAt: EpochMs;
}

// ---------------------------------------------------------------------------------------------
// Deals

export const DEAL_STATUSES = ['active', 'paused', 'replied', 'won', 'lost'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export interface Contact {
  name: string;
  /** Lower-cased. */
  email: string;
  phone: string;
}

export interface Money {
  amount: number;
  /** ISO 4217 code, e.g. EUR. */
  currency: string;
}

/** "Always leave with a next step": when contact resumes, and who does what before it. */
export interface NextStep {
  at: EpochMs;
  channel: Channel;
  /** What the rep prepares before then. */
  repAction: string;
  /** What the prospect must do before then. */
  prospectAction: string;
  /** Why the pause (optional context for the prospect and the manager). */
  reason: string;
}

/** Where a reply was seen without opening its thread. */
export const REPLY_SOURCES = ['gmail-feed', 'outlook-list'] as const;
export type ReplySource = (typeof REPLY_SOURCES)[number];

export interface ReplyLikely {
  at: EpochMs;
  /** The sender's address (or name, where the list shows no address). */
  from: string;
  source: ReplySource;
}

/** Why a deal is paused, when Relance paused it rather than the rep. */
export const PAUSE_REASONS = { outOfOffice: 'out-of-office', replyLikely: 'reply-likely' } as const;

/**
 * What Relance read in the prospect's new message and did about it, so the rep sees why (issue 21:
 * "Out of office until Mon 14 Dec — from their automatic reply") and can correct it. Only the
 * matched sign is kept of the mail.
 */
export interface ReplyDecision {
  /** answer: the cadence stopped; auto-reply: paused until the return day; opt-out: stopped, lost proposed. */
  kind: 'answer' | 'auto-reply' | 'opt-out';
  at: EpochMs;
  /** The sender's address. */
  from: string;
  /** The sign as written ("Automatic reply", "out of the office", "not interested"); '' for an answer. */
  cue: string;
  /** auto-reply: the first day back (yyyy-MM-dd); null when none was read (a week's pause). */
  returnDay: string | null;
  /** opt-out: why they asked to stop (lib/replies OPT_OUT_REASONS), the "lost" reason proposed. */
  optOut: string | null;
  /** The rep corrected the reading ("It's an answer", "It was automatic"). */
  corrected: boolean;
  /** When the cadence was stopped: what "It was automatic" puts back (the cadence, its pending follow-ups). */
  stopped: { cadence: CadenceState | null; followUpIds: Id[] } | null;
}

export interface CadenceState {
  cadenceId: Id;
  startedAt: EpochMs;
}

/** An email thread of a deal (a deal has zero or more; a thread belongs to one deal at most). */
export interface DealThread {
  provider: Provider;
  threadId: string;
  /** Where the thread opens again (Gmail or Outlook URL). */
  url: string;
  subject: string;
  /** The mailbox the thread was tracked from, when known. */
  account: string | null;
}

/** A thread's key in the deals' unique `threadKeys` index: "gmail:19a68e3a2c7d51b0". */
export function threadKey(thread: Pick<DealThread, 'provider' | 'threadId'>): string {
  return `${thread.provider}:${thread.threadId}`;
}

// ---------------------------------------------------------------------------------------------
// Index keys: fields derived from a deal's threads and contact, kept only for Dexie's indexes (so a
// look-up reads the deals it answers, never every deal). They are written by withIndexKeys and
// nothing else: a deal is built with it, and its threads and contact change only through
// withThreads and withContact. The database upgrade (schema v6) and the backup migration (format 4)
// compute them for older records; a backup whose keys disagree with its deals is refused.

/** The index keys of a deal: what its threads and contact give. */
export type DealIndexKeys = Pick<Deal, 'threadKeys' | 'gmailAccounts' | 'prospectKeys'>;

/** A Gmail thread's mailbox: /mail/u/N/ in its URL, 0 (the first signed-in account) when absent. */
const GMAIL_ACCOUNT_URL = /^https:\/\/mail\.google\.com\/mail\/u\/(\d{1,2})\//;

/** The Gmail mailboxes (/mail/u/N/) of these threads, ascending, each once; none without a Gmail thread. */
export function gmailAccountsOf(threads: readonly Pick<DealThread, 'provider' | 'url'>[]): number[] {
  const indexes = new Set<number>();
  for (const thread of threads) {
    if (thread.provider !== 'gmail') continue;
    const m = GMAIL_ACCOUNT_URL.exec(thread.url);
    indexes.add(m ? Number(m[1]) : 0);
  }
  return [...indexes].sort((a, b) => a - b);
}

/**
 * The keys a message's sender is matched to a deal by, the same on both sides (a deal's
 * prospectKeys, a sender's senderKeys): one deal matches a sender when they share a key. Exactly
 * lib/replies isProspectSide, plus the exact name Outlook's list shows when it shows no address:
 *   email:<address, lower-cased>   the contact themselves
 *   domain:<company domain>        a colleague at the contact's domain (never a public mailbox's)
 *   name:<name, as written>        a list row with only a name
 * One multi-entry index answers the three with one request per message, and folds the case of the
 * address as the rule does (the contact.email index is the stored text, as written).
 */
export function prospectKeysOf(contact: Pick<Contact, 'name' | 'email'>): string[] {
  const email = contact.email.toLowerCase();
  const domain = companyDomain(email);
  return [
    ...(email !== '' ? [`email:${email}`] : []),
    ...(domain !== '' ? [`domain:${domain}`] : []),
    ...(contact.name !== '' ? [`name:${contact.name}`] : []),
  ];
}

/** What to look a sender up by in the prospectKeys index: the address when there is one, else the name. */
export function senderKeys(sender: { email: string; name: string }): string[] {
  if (sender.email === '') return sender.name !== '' ? [`name:${sender.name}`] : [];
  const address = sender.email.trim().toLowerCase();
  if (address === '') return [];
  const domain = companyDomain(address);
  return [`email:${address}`, ...(domain !== '' ? [`domain:${domain}`] : [])];
}

/** The index keys a deal's threads and contact give. */
export function indexKeysOf(deal: Pick<Deal, 'threads' | 'contact'>): DealIndexKeys {
  return {
    threadKeys: deal.threads.map(threadKey),
    gmailAccounts: gmailAccountsOf(deal.threads),
    prospectKeys: prospectKeysOf(deal.contact),
  };
}

/** A deal (or one being built) with its index keys computed: the one writer of those fields. */
export function withIndexKeys(deal: Omit<Deal, keyof DealIndexKeys> & Partial<DealIndexKeys>): Deal;
export function withIndexKeys<D extends Pick<Deal, 'threads' | 'contact'>>(
  deal: D,
): Omit<D, keyof DealIndexKeys> & DealIndexKeys;
export function withIndexKeys<D extends Pick<Deal, 'threads' | 'contact'>>(
  deal: D,
): Omit<D, keyof DealIndexKeys> & DealIndexKeys {
  return { ...deal, ...indexKeysOf(deal) };
}

/** A deal's threads and the index keys written with them (the one way to set `threads`). */
export function withThreads<D extends Pick<Deal, 'threads' | 'contact'> & DealIndexKeys>(
  deal: D,
  threads: DealThread[],
): D {
  return { ...deal, threads, ...indexKeysOf({ threads, contact: deal.contact }) };
}

/** A deal's contact and the index keys written with it (the one way to set `contact`). */
export function withContact<D extends Pick<Deal, 'threads' | 'contact'> & DealIndexKeys>(
  deal: D,
  contact: Contact,
): D {
  return { ...deal, contact, ...indexKeysOf({ threads: deal.threads, contact }) };
}

export interface Deal {
  id: Id;
  /** Its email threads, the first one tracked first; none for a phone lead or a trade-show contact. */
  threads: DealThread[];
  /** threadKey() of each thread, in order: the unique multi-entry index (one thread, one deal). Set with withThreads. */
  threadKeys: string[];
  /**
   * The Gmail mailboxes of its Gmail threads (gmailAccountsOf), for the [status+gmailAccounts]
   * index: which feeds the safety alarm reads. Set with withThreads.
   */
  gmailAccounts: number[];
  contact: Contact;
  /** Who a message seen outside the thread is matched to this deal by (prospectKeysOf): multi-entry index. Set with withContact. */
  prospectKeys: string[];
  company: string;
  /** The company was guessed from the contact's email domain, not confirmed by the rep (templates skip it). */
  companyGuessed: boolean;
  offer: string;
  value: Money | null;
  stageId: Id;
  stageEnteredAt: EpochMs;
  /** Ids of the current stage's actions the rep has ticked for this deal. */
  doneActionIds: Id[];
  nextStep: NextStep | null;
  cadence: CadenceState | null;
  status: DealStatus;
  /** Set while status is 'paused': when, and why. */
  pausedAt: EpochMs | null;
  pauseReason: string | null;
  /** An out-of-office pause ends by itself then (the deal resumes); null for a pause by hand. */
  pausedUntil: EpochMs | null;
  /** A reply seen without opening the thread (Gmail's feed, Outlook's message list), to confirm. */
  replyLikely: ReplyLikely | null;
  /** How many messages of the thread the deal has seen (new mail is told by key: lib/mail/new-mail.ts). */
  seenMessageCount: number;
  /** Relance's reading of the prospect's latest new message, to explain and correct; absent before any. */
  replyDecision?: ReplyDecision | null;
  createdAt: EpochMs;
  updatedAt: EpochMs;
  /** The language the prospect is written to (guessed from the thread, editable); its templates first. */
  lang?: Lang;
  /** Values the rep typed for this deal's templates ({slot}, {offer}…), used where the deal has none. */
  templateValues?: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------
// Follow-ups

/**
 * due: pending (falls due at dueAt); paused: pending but its deal is paused, so it counts nowhere;
 * done / skipped: handled by the rep; cancelled: dropped (a reply, a cancelled cadence, a closed deal).
 */
export const FOLLOW_UP_STATUSES = ['due', 'paused', 'done', 'skipped', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export const PENDING_STATUSES: readonly FollowUpStatus[] = ['due', 'paused'];

/** Still to handle: due, or waiting on a paused deal. */
export function isPending(followUp: Pick<FollowUp, 'status'>): boolean {
  return PENDING_STATUSES.includes(followUp.status);
}

export interface FollowUp {
  id: Id;
  dealId: Id;
  /** The cadence it belongs to; null for a single follow-up picked by hand. */
  cadenceId: Id | null;
  /** 0-based position in its cadence, and the cadence's length ("step 2 of 7" = index 1 of 7). */
  stepIndex: number;
  stepCount: number;
  dueAt: EpochMs;
  channel: Channel;
  templateKind: TemplateKind | null;
  status: FollowUpStatus;
  /** The due instant before the first snooze, null when never snoozed. */
  snoozedFrom: EpochMs | null;
  /** When the rep marked it done or skipped it. */
  handledAt: EpochMs | null;
  note: string;
  createdAt: EpochMs;
}

// ---------------------------------------------------------------------------------------------
// Events: the activity log of a deal

export interface EventDataMap {
  tracked: Record<string, never>;
  'stage-changed': { from: Id | null; to: Id };
  'next-step-set': { at: EpochMs; channel: Channel };
  'cadence-started': { cadenceId: Id | null; followUpCount: number };
  'cadence-cancelled': { cancelled: number };
  'follow-up-done': { followUpId: Id; stepIndex: number; note: string };
  'follow-up-skipped': { followUpId: Id; stepIndex: number };
  'follow-up-snoozed': { followUpId: Id; from: EpochMs; to: EpochMs };
  paused: { reason: string };
  resumed: { pausedForMs: EpochMs };
  reply: { from: string; cancelled: number };
  'template-inserted': { templateId: Id; kind: TemplateKind };
  won: Record<string, never>;
  lost: { reason: string };
  note: { text: string };
  /** A thread added to the deal ("Add to <deal>" in the thread's panel), or detached from it. */
  'thread-added': { provider: Provider; threadId: string; subject: string };
  'thread-removed': { provider: Provider; threadId: string; subject: string };
  /** Pending follow-ups moved after a vacation (the settings' "shift my follow-ups"). */
  'follow-ups-shifted': { from: string; to: string; moved: number };
}
export type EventType = keyof EventDataMap;
/** Every event type, in the order they usually happen (the schemas and filters read this list). */
export const EVENT_TYPES = [
  'tracked',
  'stage-changed',
  'next-step-set',
  'cadence-started',
  'cadence-cancelled',
  'follow-up-done',
  'follow-up-skipped',
  'follow-up-snoozed',
  'follow-ups-shifted',
  'paused',
  'resumed',
  'reply',
  'template-inserted',
  'won',
  'lost',
  'note',
  'thread-added',
  'thread-removed',
] as const satisfies readonly EventType[];
type MissingEventType = Exclude<EventType, (typeof EVENT_TYPES)[number]>;
/** Every key of EventDataMap is in EVENT_TYPES: a type error here names the one forgotten. */
export const EVENT_TYPES_COMPLETE: [MissingEventType] extends [never] ? true : MissingEventType = true;

export type DealEvent = {
  [T in EventType]: { id: Id; dealId: Id; type: T; at: EpochMs; data: EventDataMap[T] };
}[EventType];

// ---------------------------------------------------------------------------------------------
// Settings

export interface DateRange {
  /** Inclusive calendar dates, yyyy-MM-dd in the rep's time zone. */
  from: string;
  to: string;
}

export interface WorkingTime {
  /** Days the rep works, 0 = Sunday … 6 = Saturday (Date#getDay). */
  workingDays: number[];
  /** Local time follow-ups fall due on a working day, HH:mm. */
  followUpTime: string;
  /** Local end of the working day, HH:mm: a same-day step asked later than this moves to the next working day. */
  dayEndTime: string;
  /** IANA time zone; '' means the browser's. */
  timeZone: string;
  /** Days off, yyyy-MM-dd. */
  holidays: string[];
  vacations: DateRange[];
}

/** The one settings record's id. */
export const SETTINGS_ID = 'settings';

export interface Settings extends WorkingTime {
  id: typeof SETTINGS_ID;
  /** 'browser' follows the browser's language. */
  language: LanguageSetting;
  notifications: boolean;
  /** The rep's own addresses besides the signed-in account (aliases), lower-cased. */
  ownAddresses: string[];
  senderName: string;
  /**
   * The rep's webmail appends a signature of its own: templates then leave their `{senderName}`
   * line out, and a missing name is no longer asked for.
   */
  webmailAddsSignature: boolean;
  /** Days of silence after a breakup before Relance proposes to mark the deal lost. */
  breakupWaitDays: number;
  defaultCadenceId: Id;
  updatedAt: EpochMs;
}

// ---------------------------------------------------------------------------------------------
// One-click choices (their dates: lib/cadence)

/** Snoozing a due follow-up (lib/cadence snoozeUntil). */
export const SNOOZE_PRESETS = ['in-1-hour', 'tomorrow-morning', 'next-monday'] as const;
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number];
export type SnoozeChoice = { preset: SnoozePreset } | { at: EpochMs };

/** A single follow-up picked by hand (lib/cadence quickPickDueAt). */
export const QUICK_PICKS = ['later-today', 'tomorrow', 'in-3-days', 'next-week'] as const;
export type QuickPick = (typeof QUICK_PICKS)[number];

/** The presets of a next step (lib/cadence nextStepPresetAt). */
export const NEXT_STEP_PRESETS = ['tomorrow-10', 'in-3-days', 'next-monday-9'] as const;
export type NextStepPreset = (typeof NEXT_STEP_PRESETS)[number];

export { type DealLabelled, dealSubject, dealTitle, dealUrl, dealWho } from './deal-label';
export { resolveLanguage } from './language';
