// Runtime validation of every message the background receives (background only: zod stays out of
// the content script's bundle). A schema per message type of ProtocolMap, derived from the record
// schemas of lib/model/schemas.ts (one limit, one union, written once); `satisfies` keeps them in
// step with the protocol's types. Message envelopes are not strict (a sender's extra key is
// dropped); the records they carry are.
import { z } from 'zod';
import { MESSAGE_TEXT_LIMIT } from '../mail/adapter';
import { QUICK_PICKS } from '../model';
import {
  channelSchema,
  contactSchema,
  dealSchema,
  followUpSchema,
  idSchema,
  instantSchema,
  LIMITS,
  langSchema,
  lostReasonSchema,
  nextStepSchema,
  pauseReasonSchema,
  personNameSchema,
  providerSchema,
  snoozeChoiceSchema,
  subjectSchema,
  templateKindSchema,
  threadIdSchema,
  urlSchema,
} from '../model/schemas';
import { TEMPLATE_VARIABLES } from '../templates/variables';
import type { MessageType, ProtocolMap } from './protocol';

/** An address as a page shows it: trimmed and lower-cased, then within the model's limit. */
const email = z.string().trim().toLowerCase().max(LIMITS.email);
const person = z.object({ name: personNameSchema, email });

/** How many messages, recipients and list rows a page may report at once. */
const PAGE_LIMITS = { messages: 1000, recipients: 500, listRows: 500 } as const;

const snapshot = z.object({
  provider: providerSchema,
  threadId: threadIdSchema,
  subject: subjectSchema,
  account: email.nullable(),
  messages: z
    .array(
      z.object({
        from: person,
        to: z.array(person).max(PAGE_LIMITS.recipients),
        cc: z.array(person).max(PAGE_LIMITS.recipients),
        // Who the message is and when it was sent (lib/mail/new-mail.ts tells new mail by them).
        key: z.string().max(LIMITS.messageKey),
        sentAt: instantSchema.nullable().optional(),
      }),
    )
    .max(PAGE_LIMITS.messages),
  lastMessageFromAccount: z.boolean(),
  hasCompose: z.boolean(),
});

const threadRef = z.object({
  snapshot,
  url: urlSchema.refine((u) => URL.canParse(u) && new URL(u).protocol === 'https:', 'must be an https URL'),
});

const dealId = z.object({ dealId: idSchema });
const followUpId = z.object({ followUpId: idSchema });

type Schemas = { [K in MessageType]: z.ZodType<Parameters<ProtocolMap[K]>[0]> };

export const messageSchemas = {
  getPanelState: threadRef,
  trackThread: threadRef.extend({
    contact: person,
    texts: z.array(z.string().max(MESSAGE_TEXT_LIMIT)).max(PAGE_LIMITS.messages).optional(),
  }),
  updateDeal: dealId.extend({
    patch: dealSchema
      .pick({ company: true, offer: true, value: true, doneActionIds: true })
      .extend({ lang: langSchema })
      .extend({ contact: contactSchema.extend({ email }) })
      .partial(),
  }),
  setStage: dealId.extend({ stageId: idSchema }),
  setNextStep: dealId.extend({ nextStep: nextStepSchema }),
  previewCadence: dealId.extend({ cadenceId: idSchema.optional() }),
  scheduleCadence: dealId.extend({
    cadenceId: idSchema.optional(),
    mode: z.enum(['replace', 'append']).optional(),
  }),
  scheduleSingle: dealId.extend({
    when: z.union([z.object({ pick: z.enum(QUICK_PICKS) }), z.object({ at: instantSchema })]),
    channel: channelSchema,
    templateKind: templateKindSchema.nullable(),
  }),
  completeFollowUp: followUpId.extend({ note: followUpSchema.shape.note.optional() }),
  skipFollowUp: followUpId,
  snoozeFollowUp: followUpId.extend({ choice: snoozeChoiceSchema }),
  pauseDeal: dealId.extend({ reason: pauseReasonSchema.optional() }),
  resumeDeal: dealId,
  cancelCadence: dealId,
  reportMessages: dealId.extend({
    snapshot,
    texts: z.array(z.string().max(MESSAGE_TEXT_LIMIT)).max(PAGE_LIMITS.messages).optional(),
  }),
  renderTemplate: dealId.extend({ templateId: idSchema, replyHasSignature: z.boolean().optional() }),
  saveTemplateValues: dealId.extend({
    values: z.partialRecord(z.enum(TEMPLATE_VARIABLES), z.string().max(LIMITS.offer)),
  }),
  setPanelDetails: z.object({ open: z.boolean() }),
  logTemplateInserted: dealId.extend({ templateId: idSchema }),
  markLost: dealId.extend({ reason: lostReasonSchema.optional() }),
  confirmReply: dealId.extend({ replied: z.boolean() }),
  correctReply: dealId.extend({
    as: z.enum(['answer', 'automatic']),
    until: instantSchema.optional(),
    returnDay: z.iso.date().optional(),
  }),
  reportListRows: z.object({
    rows: z
      .array(z.object({ from: person, subject: subjectSchema, unread: z.boolean() }))
      .max(PAGE_LIMITS.listRows),
  }),
  // No payload (null tolerated: some senders frame "nothing" as null).
  settingsChanged: z.union([z.undefined(), z.null()]).transform(() => undefined),
  getCatalog: z.object({ lang: langSchema }),
  findDealCandidates: z.object({ email }),
  attachThread: threadRef.extend({ dealId: idSchema }),
  detachThread: dealId.extend({ provider: providerSchema, threadId: threadIdSchema }),
} satisfies Schemas;
