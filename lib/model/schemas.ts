// The one home of Relance's zod schemas: every record of lib/model, built from the model's
// `as const` arrays, with every limit written once in LIMITS. The message protocol
// (lib/messaging/schemas.ts) and the backup files (lib/backup/schemas.ts) derive from these
// (pick, extend, partial), so a record the protocol can write is a record a backup can restore.
//
// Records are strict: a key the model does not have is an error, not silently dropped, so a file
// from elsewhere (or a hand-edited one) is refused rather than half-read. `satisfies z.ZodType<T>`
// keeps each schema in step with its model type: a field added to the model and not here fails the
// type check. The rules of the settings form (times like 09:00, a known time zone, dates…) are here
// too, so saving the settings and restoring a backup check the same thing.
import { z } from 'zod';
import {
  type Cadence,
  type CadenceStep,
  type CadenceTail,
  CHANNELS,
  type Contact,
  DEAL_STATUSES,
  type Deal,
  type DealEvent,
  type DealThread,
  type EventDataMap,
  FOLLOW_UP_STATUSES,
  type FollowUp,
  LANGS,
  LANGUAGE_SETTINGS,
  type LocalizedText,
  type Money,
  type NextStep,
  PROVIDERS,
  REPLY_SOURCES,
  SETTINGS_ID,
  type Settings,
  SNOOZE_PRESETS,
  type SnoozeChoice,
  type Span,
  STAGE_KINDS,
  type Stage,
  TEMPLATE_KINDS,
  type Template,
} from './index';
import { LIMITS } from './limits';

// No code generation: an extension's CSP forbids eval, so zod validates without its JIT.
z.config({ jitless: true });

export { LIMITS };

const text = (max: number) => z.string().max(max);

// ---------------------------------------------------------------------------------------------
// Building blocks

export const idSchema = z.string().min(1, 'must not be empty').max(LIMITS.id);
export const instantSchema = z.number().int().min(0).max(LIMITS.instant);
export const countSchema = z.number().int().min(0).max(LIMITS.count);
export const providerSchema = z.enum(PROVIDERS);
export const langSchema = z.enum(LANGS);
export const channelSchema = z.enum(CHANNELS);
export const templateKindSchema = z.enum(TEMPLATE_KINDS);
export const threadIdSchema = z.string().min(1).max(LIMITS.threadId);
export const subjectSchema = text(LIMITS.subject);
export const personNameSchema = text(LIMITS.name);
export const emailSchema = text(LIMITS.email);
export const urlSchema = text(LIMITS.url);
export const noteSchema = text(LIMITS.note);
export const pauseReasonSchema = text(LIMITS.pauseReason);
export const lostReasonSchema = text(LIMITS.lostReason);

export const localizedSchema = z.strictObject({
  en: text(LIMITS.localized),
  fr: text(LIMITS.localized),
}) satisfies z.ZodType<LocalizedText>;

const spanUnit = z.number().int().min(0).max(LIMITS.spanUnit).optional();
export const spanSchema = z.strictObject({
  months: spanUnit,
  weeks: spanUnit,
  days: spanUnit,
  hours: spanUnit,
  minutes: spanUnit,
}) satisfies z.ZodType<Span>;

/**
 * A number as JSON keeps it: JSON writes -0 as 0, so a record holding -0 would not come back
 * from a backup unchanged. Every fractional number in a record goes through it.
 */
const asJsonKeepsIt = (n: number): number => (n === 0 ? 0 : n);

export const moneySchema = z.strictObject({
  amount: z.number().finite().min(0).max(LIMITS.money).transform(asJsonKeepsIt),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code such as EUR'),
}) satisfies z.ZodType<Money>;

export const contactSchema = z.strictObject({
  name: personNameSchema,
  email: emailSchema,
  phone: text(LIMITS.phone),
}) satisfies z.ZodType<Contact>;

export const nextStepSchema = z.strictObject({
  at: instantSchema,
  channel: channelSchema,
  repAction: text(LIMITS.nextStepText),
  prospectAction: text(LIMITS.nextStepText),
  reason: text(LIMITS.nextStepText),
}) satisfies z.ZodType<NextStep>;

export const snoozeChoiceSchema = z.union([
  z.strictObject({ preset: z.enum(SNOOZE_PRESETS) }),
  z.strictObject({ at: instantSchema }),
]) satisfies z.ZodType<SnoozeChoice>;

// ---------------------------------------------------------------------------------------------
// The process: stages, cadences, templates

export const stageSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  order: z.number().finite().transform(asJsonKeepsIt),
  kind: z.enum(STAGE_KINDS),
  actions: z.array(z.strictObject({ id: idSchema, label: localizedSchema })).max(LIMITS.stageActions),
  usualDuration: spanSchema.nullable(),
  targetConversion: z.number().min(0).max(1).transform(asJsonKeepsIt).nullable(),
  defaultCadenceId: idSchema.nullable(),
  builtin: z.boolean(),
  updatedAt: instantSchema,
}) satisfies z.ZodType<Stage>;

export const cadenceStepSchema = z.strictObject({
  after: spanSchema,
  channel: channelSchema,
  templateKind: templateKindSchema.nullable(),
}) satisfies z.ZodType<CadenceStep>;

export const cadenceTailSchema = z.strictObject({
  every: spanSchema,
  times: z.number().int().min(0).max(LIMITS.tailTimes),
  channel: channelSchema,
  templateKind: templateKindSchema.nullable(),
}) satisfies z.ZodType<CadenceTail>;

export const cadenceSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  steps: z.array(cadenceStepSchema).max(LIMITS.cadenceSteps),
  tail: cadenceTailSchema.nullable(),
  breakup: cadenceStepSchema.nullable(),
  builtin: z.boolean(),
  updatedAt: instantSchema,
}) satisfies z.ZodType<Cadence>;

export const templateSchema = z.strictObject({
  id: idSchema,
  kind: templateKindSchema,
  lang: langSchema,
  name: personNameSchema,
  subject: subjectSchema,
  body: text(LIMITS.templateBody),
  builtin: z.boolean(),
  updatedAt: instantSchema,
}) satisfies z.ZodType<Template>;

// ---------------------------------------------------------------------------------------------
// Deals, follow-ups, events

const calendarDate = (message: string) =>
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, message);

export const dealThreadSchema = z.strictObject({
  provider: providerSchema,
  threadId: threadIdSchema,
  url: urlSchema,
  subject: subjectSchema,
  account: emailSchema.nullable(),
}) satisfies z.ZodType<DealThread>;

/** threadKey(): the provider, a colon, the thread id. */
export const threadKeySchema = z.string().max(LIMITS.threadId + 20);
/** A Gmail mailbox index, /mail/u/N/ (one or two digits). */
export const gmailAccountSchema = z.number().int().min(0).max(99);
/** prospectKeysOf(): "email:", "domain:" or "name:", then an address, a domain or a name. */
export const prospectKeySchema = z.string().max(Math.max(LIMITS.email, LIMITS.name) + 10);

export const dealSchema = z.strictObject({
  id: idSchema,
  threads: z.array(dealThreadSchema).max(LIMITS.dealThreads),
  threadKeys: z.array(threadKeySchema).max(LIMITS.dealThreads),
  gmailAccounts: z.array(gmailAccountSchema).max(LIMITS.dealThreads),
  contact: contactSchema,
  prospectKeys: z.array(prospectKeySchema).max(3),
  company: personNameSchema,
  companyGuessed: z.boolean(),
  offer: text(LIMITS.offer),
  value: moneySchema.nullable(),
  stageId: idSchema,
  stageEnteredAt: instantSchema,
  doneActionIds: z.array(idSchema).max(LIMITS.doneActionIds),
  nextStep: nextStepSchema.nullable(),
  cadence: z.strictObject({ cadenceId: idSchema, startedAt: instantSchema }).nullable(),
  status: z.enum(DEAL_STATUSES),
  pausedAt: instantSchema.nullable(),
  pauseReason: pauseReasonSchema.nullable(),
  pausedUntil: instantSchema.nullable(),
  replyLikely: z
    .strictObject({ at: instantSchema, from: emailSchema, source: z.enum(REPLY_SOURCES) })
    .nullable(),
  seenMessageCount: countSchema,
  replyDecision: z
    .strictObject({
      kind: z.enum(['answer', 'auto-reply', 'opt-out']),
      at: instantSchema,
      from: emailSchema,
      cue: text(LIMITS.replyCue),
      returnDay: calendarDate('must be a date such as 2026-12-14').nullable(),
      optOut: text(LIMITS.replyCue).nullable(),
      corrected: z.boolean(),
      stopped: z
        .strictObject({
          cadence: z.strictObject({ cadenceId: idSchema, startedAt: instantSchema }).nullable(),
          followUpIds: z.array(idSchema).max(LIMITS.tailTimes + LIMITS.cadenceSteps + 1),
        })
        .nullable(),
    })
    .nullable()
    .optional(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  // Added after format 2 shipped, optional (no index, so no Dexie version): older records have none.
  lang: langSchema.optional(),
  templateValues: z.record(z.string().max(LIMITS.id), text(LIMITS.offer)).optional(),
}) satisfies z.ZodType<Deal>;

export const followUpSchema = z.strictObject({
  id: idSchema,
  dealId: idSchema,
  cadenceId: idSchema.nullable(),
  stepIndex: countSchema,
  stepCount: countSchema,
  dueAt: instantSchema,
  channel: channelSchema,
  templateKind: templateKindSchema.nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  snoozedFrom: instantSchema.nullable(),
  handledAt: instantSchema.nullable(),
  note: noteSchema,
  createdAt: instantSchema,
}) satisfies z.ZodType<FollowUp>;

/** Each event type's data; a key missing or extra here is a type error (the map's keys are EventType). */
export const eventDataSchemas = {
  tracked: z.strictObject({}),
  'stage-changed': z.strictObject({ from: idSchema.nullable(), to: idSchema }),
  'next-step-set': z.strictObject({ at: instantSchema, channel: channelSchema }),
  'cadence-started': z.strictObject({ cadenceId: idSchema.nullable(), followUpCount: countSchema }),
  'cadence-cancelled': z.strictObject({ cancelled: countSchema }),
  'follow-up-done': z.strictObject({ followUpId: idSchema, stepIndex: countSchema, note: noteSchema }),
  'follow-up-skipped': z.strictObject({ followUpId: idSchema, stepIndex: countSchema }),
  'follow-up-snoozed': z.strictObject({ followUpId: idSchema, from: instantSchema, to: instantSchema }),
  'follow-ups-shifted': z.strictObject({
    from: text(LIMITS.calendarDate),
    to: text(LIMITS.calendarDate),
    moved: countSchema,
  }),
  paused: z.strictObject({ reason: pauseReasonSchema }),
  resumed: z.strictObject({ pausedForMs: instantSchema }),
  reply: z.strictObject({ from: emailSchema, cancelled: countSchema }),
  'template-inserted': z.strictObject({ templateId: idSchema, kind: templateKindSchema }),
  won: z.strictObject({}),
  lost: z.strictObject({ reason: lostReasonSchema }),
  note: z.strictObject({ text: noteSchema }),
  'thread-added': z.strictObject({
    provider: providerSchema,
    threadId: threadIdSchema,
    subject: subjectSchema,
  }),
  'thread-removed': z.strictObject({
    provider: providerSchema,
    threadId: threadIdSchema,
    subject: subjectSchema,
  }),
} satisfies { [T in keyof EventDataMap]: z.ZodType<EventDataMap[T]> };

const event = <T extends keyof EventDataMap>(type: T) =>
  z.strictObject({
    id: idSchema,
    dealId: idSchema,
    type: z.literal(type),
    at: instantSchema,
    data: eventDataSchemas[type],
  });

export const eventSchema = z.discriminatedUnion('type', [
  event('tracked'),
  event('stage-changed'),
  event('next-step-set'),
  event('cadence-started'),
  event('cadence-cancelled'),
  event('follow-up-done'),
  event('follow-up-skipped'),
  event('follow-up-snoozed'),
  event('follow-ups-shifted'),
  event('paused'),
  event('resumed'),
  event('reply'),
  event('template-inserted'),
  event('won'),
  event('lost'),
  event('note'),
  event('thread-added'),
  event('thread-removed'),
]) satisfies z.ZodType<DealEvent>;

// ---------------------------------------------------------------------------------------------
// Settings: the rules of the settings form, for saving and for restoring alike

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const dayOfWeek = z
  .number()
  .int('Working days must be days of the week.')
  .min(0, 'Working days must be days of the week.')
  .max(6, 'Working days must be days of the week.');
const unique = <T>(list: readonly T[]) => [...new Set(list)];
const breakupWaitMessage = 'The wait after a breakup email must be a whole number of days.';

/** Every settings field, checked and normalised (days sorted, addresses lower-cased, names trimmed…). */
export const settingsFieldsSchema = z.strictObject({
  workingDays: z
    .array(dayOfWeek)
    .overwrite((days) => unique(days).sort((a, b) => a - b))
    .min(1, 'Pick at least one working day.')
    .max(7),
  followUpTime: z.string().regex(CLOCK_TIME, 'The follow-up time must look like 09:00.'),
  dayEndTime: z.string().regex(CLOCK_TIME, 'The end of day must look like 18:00.'),
  timeZone: text(LIMITS.timeZone).refine((zone) => zone === '' || isTimeZone(zone), {
    error: (issue) => `“${String(issue.input)}” is not a time zone Relance knows, such as Europe/Paris.`,
  }),
  holidays: z
    .array(calendarDate('Days off must be dates such as 2026-12-25.'))
    .overwrite((days) => unique(days).sort())
    .max(LIMITS.holidays),
  vacations: z
    .array(
      z
        .strictObject({
          from: calendarDate('Vacations must be dates such as 2026-08-01.'),
          to: calendarDate('Vacations must be dates such as 2026-08-01.'),
        })
        .refine((v) => v.from <= v.to, 'A vacation must end on or after the day it starts.'),
    )
    .max(LIMITS.vacations),
  language: z.enum(LANGUAGE_SETTINGS),
  notifications: z.boolean(),
  ownAddresses: z
    .array(emailSchema)
    .overwrite((addresses) => unique(addresses.map((a) => a.trim().toLowerCase()).filter((a) => a !== '')))
    .max(LIMITS.ownAddresses),
  senderName: personNameSchema.trim(),
  webmailAddsSignature: z.boolean(),
  breakupWaitDays: z
    .number()
    .int(breakupWaitMessage)
    .min(0, breakupWaitMessage)
    .max(LIMITS.breakupWaitDays, breakupWaitMessage),
  defaultCadenceId: idSchema,
});

export const settingsSchema = settingsFieldsSchema.extend({
  id: z.literal(SETTINGS_ID),
  // Added after format 2 shipped: a file written before it means "Relance signs" (false).
  webmailAddsSignature: z.boolean().default(false),
  updatedAt: instantSchema,
}) satisfies z.ZodType<Settings>;

/** What a rep may change of the settings in one save: any field, each checked as above. */
export const settingsPatchSchema = settingsFieldsSchema.partial();
export type SettingsPatch = z.input<typeof settingsPatchSchema>;
