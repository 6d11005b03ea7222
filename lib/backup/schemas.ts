// Strict zod schemas of every record a backup carries, one per type of lib/model. Strict: a key the
// model does not have is an error, not silently dropped, so a file from elsewhere (or a hand-edited
// one) is refused rather than half-read. `satisfies z.ZodType<T>` keeps each schema in step with
// its model type: a field added to the model and not here fails the type check.
// Limits (string lengths, list sizes) are generous for real data and stop a hostile file early.
import { z } from 'zod';
import { SEEDED_IDS_KEY } from '../db/seed';
import { validateSettingsPatch } from '../db/settings';
import {
  type Cadence,
  type CadenceStep,
  type CadenceTail,
  CHANNELS,
  type Deal,
  type DealEvent,
  type FollowUp,
  type LocalizedText,
  type Settings,
  type Span,
  type Stage,
  TEMPLATE_KINDS,
  type Template,
} from '../model';

// No code generation: an extension's CSP forbids eval, so zod validates without its JIT.
z.config({ jitless: true });

export const id = z.string().min(1, 'must not be empty').max(200);
const text = (max: number) => z.string().max(max);
const instant = z.number().int().min(0).max(8.64e15);
const count = z.number().int().min(0).max(1_000_000);
const channel = z.enum(CHANNELS);
const templateKind = z.enum(TEMPLATE_KINDS);
const lang = z.enum(['en', 'fr']);

const localized = z.strictObject({ en: text(500), fr: text(500) }) satisfies z.ZodType<LocalizedText>;

const spanUnit = z.number().int().min(0).max(100_000).optional();
export const spanSchema = z.strictObject({
  months: spanUnit,
  weeks: spanUnit,
  days: spanUnit,
  hours: spanUnit,
  minutes: spanUnit,
}) satisfies z.ZodType<Span>;

export const stageSchema = z.strictObject({
  id,
  name: localized,
  order: z.number().finite(),
  kind: z.enum(['open', 'won', 'lost', 'expansion']),
  actions: z.array(z.strictObject({ id, label: localized })).max(100),
  usualDuration: spanSchema.nullable(),
  targetConversion: z.number().min(0).max(1).nullable(),
  defaultCadenceId: id.nullable(),
  builtin: z.boolean(),
  updatedAt: instant,
}) satisfies z.ZodType<Stage>;

const step = z.strictObject({
  after: spanSchema,
  channel,
  templateKind: templateKind.nullable(),
}) satisfies z.ZodType<CadenceStep>;

const tail = z.strictObject({
  every: spanSchema,
  times: z.number().int().min(0).max(1000),
  channel,
  templateKind: templateKind.nullable(),
}) satisfies z.ZodType<CadenceTail>;

export const cadenceSchema = z.strictObject({
  id,
  name: localized,
  steps: z.array(step).max(200),
  tail: tail.nullable(),
  breakup: step.nullable(),
  builtin: z.boolean(),
  updatedAt: instant,
}) satisfies z.ZodType<Cadence>;

export const templateSchema = z.strictObject({
  id,
  kind: templateKind,
  lang,
  name: text(300),
  subject: text(2000),
  body: text(50_000),
  builtin: z.boolean(),
  updatedAt: instant,
}) satisfies z.ZodType<Template>;

export const dealSchema = z.strictObject({
  id,
  provider: z.enum(['gmail', 'outlook']),
  threadId: z.string().min(1).max(500),
  url: text(4000),
  subject: text(2000),
  account: text(320).nullable(),
  contact: z.strictObject({ name: text(300), email: text(320), phone: text(60) }),
  company: text(300),
  offer: text(500),
  value: z
    .strictObject({
      amount: z.number().finite().min(0).max(1e12),
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code such as EUR'),
    })
    .nullable(),
  stageId: id,
  stageEnteredAt: instant,
  doneActionIds: z.array(id).max(200),
  nextStep: z
    .strictObject({
      at: instant,
      channel,
      repAction: text(2000),
      prospectAction: text(2000),
      reason: text(2000),
    })
    .nullable(),
  cadence: z.strictObject({ cadenceId: id, startedAt: instant }).nullable(),
  status: z.enum(['active', 'paused', 'replied', 'won', 'lost']),
  pausedAt: instant.nullable(),
  pauseReason: text(500).nullable(),
  pausedUntil: instant.nullable(),
  replyLikely: z
    .strictObject({ at: instant, from: text(320), source: z.enum(['gmail-feed', 'outlook-list']) })
    .nullable(),
  seenMessageCount: count,
  createdAt: instant,
  updatedAt: instant,
}) satisfies z.ZodType<Deal>;

export const followUpSchema = z.strictObject({
  id,
  dealId: id,
  cadenceId: id.nullable(),
  stepIndex: count,
  stepCount: count,
  dueAt: instant,
  channel,
  templateKind: templateKind.nullable(),
  status: z.enum(['due', 'paused', 'done', 'skipped', 'cancelled']),
  snoozedFrom: instant.nullable(),
  handledAt: instant.nullable(),
  note: text(5000),
  createdAt: instant,
}) satisfies z.ZodType<FollowUp>;

const event = <T extends string, D extends z.ZodType>(type: T, data: D) =>
  z.strictObject({ id, dealId: id, type: z.literal(type), at: instant, data });
const empty = z.strictObject({});

export const eventSchema = z.discriminatedUnion('type', [
  event('tracked', empty),
  event('stage-changed', z.strictObject({ from: id.nullable(), to: id })),
  event('next-step-set', z.strictObject({ at: instant, channel })),
  event('cadence-started', z.strictObject({ cadenceId: id.nullable(), followUpCount: count })),
  event('cadence-cancelled', z.strictObject({ cancelled: count })),
  event('follow-up-done', z.strictObject({ followUpId: id, stepIndex: count, note: text(5000) })),
  event('follow-up-skipped', z.strictObject({ followUpId: id, stepIndex: count })),
  event('follow-up-snoozed', z.strictObject({ followUpId: id, from: instant, to: instant })),
  event('paused', z.strictObject({ reason: text(500) })),
  event('resumed', z.strictObject({ pausedForMs: instant })),
  event('reply', z.strictObject({ from: text(320), cancelled: count })),
  event('template-inserted', z.strictObject({ templateId: id, kind: templateKind })),
  event('won', empty),
  event('lost', z.strictObject({ reason: text(500) })),
  event('note', z.strictObject({ text: text(5000) })),
]) satisfies z.ZodType<DealEvent>;

export const settingsSchema = z
  .strictObject({
    id: z.literal('settings'),
    workingDays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    followUpTime: text(5),
    dayEndTime: text(5),
    timeZone: text(100),
    holidays: z.array(text(10)).max(2000),
    vacations: z.array(z.strictObject({ from: text(10), to: text(10) })).max(500),
    language: z.enum(['browser', 'en', 'fr']),
    notifications: z.boolean(),
    ownAddresses: z.array(text(320)).max(100),
    senderName: text(300),
    webmailAddsSignature: z.boolean().default(false), // files written before it have none: false
    breakupWaitDays: z.number().int().min(0).max(3650),
    defaultCadenceId: id,
    updatedAt: instant,
  })
  // The same rules as the settings form (times like 09:00, known time zone, dates…), from lib/db.
  .superRefine((settings, ctx) => {
    const { id: _id, updatedAt: _updatedAt, ...patch } = settings;
    try {
      validateSettingsPatch(patch);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
    }
  }) satisfies z.ZodType<Settings>;

/** meta holds caches besides the one fact worth keeping: which built-ins were seeded (so deleted ones stay deleted). */
export const metaSchema = z.strictObject({
  key: z.literal(SEEDED_IDS_KEY),
  value: z.array(text(300)).max(10_000),
});

const table = <T extends z.ZodType>(schema: T, max: number) => z.array(schema).max(max);

/** Tables of "Share my process": how a team works, no prospect in it. */
export const processDataSchema = z.strictObject({
  stages: table(stageSchema, 500),
  cadences: table(cadenceSchema, 500),
  templates: table(templateSchema, 2000),
});

/** Everything: the process plus the rep's deals, their follow-ups and history, settings, and seeded ids. */
export const fullDataSchema = processDataSchema.extend({
  deals: table(dealSchema, 100_000),
  followUps: table(followUpSchema, 1_000_000),
  events: table(eventSchema, 1_000_000),
  settings: table(settingsSchema, 1),
  meta: table(metaSchema, 1),
});

export type ProcessData = z.infer<typeof processDataSchema>;
export type FullData = z.infer<typeof fullDataSchema>;
