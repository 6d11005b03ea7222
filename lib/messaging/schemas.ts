// Runtime validation of every message the background receives (background only: zod stays out of
// the content script's bundle). A schema per message type of ProtocolMap; `satisfies` keeps them
// in step with the protocol's types.
import { z } from 'zod';
import { MESSAGE_TEXT_LIMIT } from '../mail/adapter';
import { CHANNELS, TEMPLATE_KINDS } from '../model';
import type { MessageType, ProtocolMap } from './protocol';

// No code generation: an extension's CSP forbids eval, so zod validates without its JIT.
z.config({ jitless: true });

const id = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);
const instant = z.number().int().finite().min(0).max(8.64e15);
const email = z.string().trim().toLowerCase().max(320);
const person = z.object({ name: text(300), email });

const snapshot = z.object({
  provider: z.enum(['gmail', 'outlook']),
  threadId: z.string().min(1).max(500),
  subject: text(2000),
  account: email.nullable(),
  messages: z
    .array(z.object({ from: person, to: z.array(person).max(500), cc: z.array(person).max(500) }))
    .max(1000),
  lastMessageFromAccount: z.boolean(),
  hasCompose: z.boolean(),
});

const threadRef = z.object({
  snapshot,
  url: z
    .string()
    .max(4000)
    .refine((u) => URL.canParse(u) && new URL(u).protocol === 'https:', 'must be an https URL'),
});

const channel = z.enum(CHANNELS);
const templateKind = z.enum(TEMPLATE_KINDS);

const nextStep = z.object({
  at: instant,
  channel,
  repAction: text(2000),
  prospectAction: text(2000),
  reason: text(2000),
});

const money = z.object({
  amount: z.number().finite().min(0).max(1e12),
  currency: z.string().regex(/^[A-Z]{3}$/, 'a 3-letter currency code such as EUR'),
});

const snoozeChoice = z.union([
  z.object({ preset: z.enum(['in-1-hour', 'tomorrow-morning', 'next-monday']) }),
  z.object({ at: instant }),
]);

type Schemas = { [K in MessageType]: z.ZodType<Parameters<ProtocolMap[K]>[0]> };

export const messageSchemas = {
  getPanelState: threadRef,
  trackThread: threadRef.extend({ contact: person }),
  updateDeal: z.object({
    dealId: id,
    patch: z
      .object({
        contact: z.object({ name: text(300), email, phone: text(60) }).optional(),
        company: text(300).optional(),
        offer: text(500).optional(),
        value: money.nullable().optional(),
        doneActionIds: z.array(id).max(200).optional(),
      })
      .strict(),
  }),
  setStage: z.object({ dealId: id, stageId: id }),
  setNextStep: z.object({ dealId: id, nextStep }),
  previewCadence: z.object({ dealId: id, cadenceId: id.optional() }),
  scheduleCadence: z.object({ dealId: id, cadenceId: id.optional() }),
  scheduleSingle: z.object({
    dealId: id,
    when: z.union([
      z.object({ pick: z.enum(['later-today', 'tomorrow', 'in-3-days', 'next-week']) }),
      z.object({ at: instant }),
    ]),
    channel,
    templateKind: templateKind.nullable(),
  }),
  completeFollowUp: z.object({ followUpId: id, note: text(5000).optional() }),
  skipFollowUp: z.object({ followUpId: id }),
  snoozeFollowUp: z.object({ followUpId: id, choice: snoozeChoice }),
  pauseDeal: z.object({ dealId: id, reason: text(500).optional() }),
  resumeDeal: z.object({ dealId: id }),
  cancelCadence: z.object({ dealId: id }),
  reportMessages: z.object({
    dealId: id,
    snapshot,
    texts: z.array(text(MESSAGE_TEXT_LIMIT)).max(1000).optional(),
  }),
  renderTemplate: z.object({ dealId: id, templateId: id }),
  logTemplateInserted: z.object({ dealId: id, templateId: id }),
  markLost: z.object({ dealId: id, reason: text(2000).optional() }),
  confirmReply: z.object({ dealId: id, replied: z.boolean() }),
  reportListRows: z.object({
    rows: z.array(z.object({ from: person, subject: text(2000), unread: z.boolean() })).max(500),
  }),
  // No payload (null tolerated: some senders frame "nothing" as null).
  settingsChanged: z.union([z.undefined(), z.null()]).transform(() => undefined),
  getCatalog: z.object({ lang: z.enum(['en', 'fr']) }),
} satisfies Schemas;
