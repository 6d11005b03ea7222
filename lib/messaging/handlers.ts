// The background's answers to the protocol. Every message is validated first (schemas.ts); every
// failure becomes an error Result — nothing thrown crosses the message boundary, and the worker
// keeps serving after a malformed message.
import { z } from 'zod';
import {
  CadenceError,
  NEXT_STEP_PRESETS,
  nextStepPresetAt,
  QUICK_PICKS,
  quickPickDueAt,
  resolveTimeZone,
  snoozeUntil,
} from '../cadence';
import type { AppDB } from '../db';
import * as repo from '../db';
import type { Deal, Id, Lang, Settings } from '../model';
import { lostProposal } from '../panel/logic';
import { endOfLocalDay } from '../reminders/clock';
import { applyListRows, applyThreadMessages, confirmReply } from '../replies';
import { renderTemplate, TemplateError, templateValuesForDeal } from '../templates';
import type { ErrorCode, MessageType, PanelState, ProtocolMap, Result } from './protocol';
import { messageSchemas } from './schemas';

export interface HandlerDeps {
  db: AppDB;
  now: () => number;
  /** The browser's UI language (browser.i18n.getUILanguage()). */
  uiLanguage: () => string;
  /** Called after every successful write: the background rebuilds alarms and badge. */
  afterWrite: () => void | Promise<void>;
  /** The UI strings of a language (the extension's _locales), for content scripts. */
  loadCatalog?: (lang: Lang) => Promise<Record<string, { message: string }>>;
}

type Answer<K extends MessageType> = ReturnType<ProtocolMap[K]>;
type Value<K extends MessageType> = Answer<K> extends Result<infer T> ? T : never;
type Input<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
export type Handlers = { [K in MessageType]: (data: unknown) => Promise<Answer<K>> };

/** Messages that only read: no alarm or badge rebuild after them. */
const READ_ONLY: ReadonlySet<MessageType> = new Set([
  'getPanelState',
  'previewCadence',
  'renderTemplate',
  'getCatalog',
]);

export function languageOf(settings: Pick<Settings, 'language'>, uiLanguage: string): Lang {
  if (settings.language !== 'browser') return settings.language;
  return uiLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { db, now } = deps;

  async function panelState(deal: Deal | null): Promise<PanelState> {
    const settings = await repo.getSettings(db);
    const lang = languageOf(settings, deps.uiLanguage());
    const [stages, cadences, templates, followUps, events] = await Promise.all([
      db.stages.orderBy('order').toArray(),
      db.cadences.toArray(),
      db.templates.toArray(),
      deal ? repo.followUpsForDeal(db, deal.id) : Promise.resolve([]),
      deal ? repo.eventsForDeal(db, deal.id) : Promise.resolve([]),
    ]);
    const t = now();
    const timeZone = resolveTimeZone(settings);
    const suggestedCadenceId = deal
      ? await repo.cadenceForDeal(db, deal, settings)
      : settings.defaultCadenceId;
    return {
      deal,
      stages,
      followUps,
      cadences: cadences.map(({ id, name }) => ({ id, name })),
      suggestedCadenceId,
      // The rep's language first; a custom template in the other language still shows.
      templates: templates
        .filter((t) => t.lang === lang || !t.builtin)
        .map(({ id, kind, name, lang: l, builtin }) => ({ id, kind, name, lang: l, builtin })),
      lang,
      timeZone,
      breakupWaitDays: settings.breakupWaitDays,
      now: t,
      endOfToday: endOfLocalDay(t, timeZone),
      presets: {
        nextStep: NEXT_STEP_PRESETS.map((id) => ({ id, at: nextStepPresetAt(id, t, settings) })),
        quickPicks: QUICK_PICKS.map((id) => ({ id, at: quickPickDueAt(id, t, settings) })),
      },
      proposeLost: deal ? lostProposal(deal, followUps, events, settings.breakupWaitDays, t) : null,
    };
  }

  async function requireDeal(dealId: Id): Promise<Deal> {
    const deal = await repo.getDeal(db, dealId);
    if (!deal) throw new repo.RelanceError('not-found', 'This deal no longer exists.');
    return deal;
  }

  const impl: { [K in MessageType]: (data: Input<K>) => Promise<Value<K>> } = {
    async getPanelState({ snapshot }) {
      const deal = await repo.getDealByThread(db, snapshot.provider, snapshot.threadId);
      return panelState(deal ?? null);
    },
    async trackThread({ snapshot, url, contact }) {
      const { deal } = await repo.trackThread(
        db,
        {
          provider: snapshot.provider,
          threadId: snapshot.threadId,
          url,
          subject: snapshot.subject,
          account: snapshot.account,
          contact,
          seenMessageCount: snapshot.messages.length,
        },
        now(),
      );
      return panelState(deal);
    },
    async updateDeal({ dealId, patch }) {
      return repo.updateDeal(db, dealId, patch, now());
    },
    async setStage({ dealId, stageId }) {
      return repo.setStage(db, dealId, stageId, now());
    },
    async setNextStep({ dealId, nextStep }) {
      return repo.setNextStep(db, dealId, nextStep, now());
    },
    async previewCadence({ dealId, cadenceId }) {
      const deal = await requireDeal(dealId);
      const settings = await repo.getSettings(db);
      const id = cadenceId ?? (await repo.cadenceForDeal(db, deal, settings));
      return repo.previewCadence(db, dealId, id, now(), settings);
    },
    async scheduleCadence({ dealId, cadenceId }) {
      const deal = await requireDeal(dealId);
      const settings = await repo.getSettings(db);
      const id = cadenceId ?? (await repo.cadenceForDeal(db, deal, settings));
      const t = now();
      return repo.startCadence(db, dealId, id, t, settings, t);
    },
    async scheduleSingle({ dealId, when, channel, templateKind }) {
      const settings = await repo.getSettings(db);
      const t = now();
      const dueAt = 'pick' in when ? quickPickDueAt(when.pick, t, settings) : when.at;
      return repo.scheduleSingle(db, dealId, { dueAt, channel, templateKind }, t);
    },
    async completeFollowUp({ followUpId, note }) {
      return repo.completeFollowUp(db, followUpId, note ?? '', now());
    },
    async skipFollowUp({ followUpId }) {
      return repo.skipFollowUp(db, followUpId, now());
    },
    async snoozeFollowUp({ followUpId, choice }) {
      const settings = await repo.getSettings(db);
      const t = now();
      // A preset counts from the follow-up's due time when that is still ahead ("in 1 hour" on a
      // step due tomorrow is tomorrow, an hour later): a snooze never moves a follow-up earlier.
      const followUp = await db.followUps.get(followUpId);
      const from = Math.max(t, followUp?.dueAt ?? t);
      const until = 'at' in choice ? snoozeUntil(choice, t, settings) : snoozeUntil(choice, from, settings);
      return repo.snoozeFollowUp(db, followUpId, until, t);
    },
    async pauseDeal({ dealId, reason }) {
      return repo.pauseDeal(db, dealId, reason ?? '', now());
    },
    async resumeDeal({ dealId }) {
      return repo.resumeDeal(db, dealId, now());
    },
    async cancelCadence({ dealId }) {
      return repo.cancelCadence(db, dealId, now());
    },
    async reportMessages({ dealId, snapshot, texts }) {
      const deal = await requireDeal(dealId);
      return applyThreadMessages(db, deal, snapshot, texts ?? [], now());
    },
    async renderTemplate({ dealId, templateId }) {
      const deal = await requireDeal(dealId);
      const template = await db.templates.get(templateId);
      if (!template) throw new repo.RelanceError('not-found', 'This template no longer exists.');
      const settings = await repo.getSettings(db);
      const values = templateValuesForDeal(deal, {
        senderName: settings.senderName,
        lang: template.lang,
        timeZone: resolveTimeZone(settings),
      });
      const rendered = renderTemplate(template, values);
      return { subject: rendered.subject, body: rendered.body, missing: [...rendered.missing] };
    },
    async logTemplateInserted({ dealId, templateId }) {
      const template = await db.templates.get(templateId);
      if (!template) throw new repo.RelanceError('not-found', 'This template no longer exists.');
      await repo.logEvent(db, dealId, 'template-inserted', { templateId, kind: template.kind }, now());
      return null;
    },
    async markLost({ dealId, reason }) {
      return repo.markLost(db, dealId, reason ?? '', now());
    },
    async confirmReply({ dealId, replied }) {
      return confirmReply(db, await requireDeal(dealId), replied, now());
    },
    async reportListRows({ rows }) {
      return applyListRows(db, rows, now());
    },
    // Not in READ_ONLY: the loop below calls deps.afterWrite() once it returns, which is the point.
    async settingsChanged() {
      return null;
    },
    async getCatalog({ lang }) {
      if (!deps.loadCatalog) throw new repo.RelanceError('not-found', 'No catalog here.');
      return deps.loadCatalog(lang);
    },
  };

  const handlers = {} as Record<MessageType, (data: unknown) => Promise<Result<unknown>>>;
  for (const type of Object.keys(impl) as MessageType[]) {
    const schema: z.ZodType = messageSchemas[type];
    const run = impl[type] as (data: unknown) => Promise<unknown>;
    handlers[type] = async (data) => {
      const parsed = schema.safeParse(data);
      if (!parsed.success)
        return fail('invalid-message', `Malformed ${type} message: ${z.prettifyError(parsed.error)}`);
      try {
        const value = await run(parsed.data);
        if (!READ_ONLY.has(type)) await deps.afterWrite();
        return { ok: true, value };
      } catch (error) {
        return toFailure(error);
      }
    };
  }
  return handlers as Handlers;
}

function fail(code: ErrorCode, message: string): { ok: false; error: { code: ErrorCode; message: string } } {
  return { ok: false, error: { code, message } };
}

export function toFailure(error: unknown): { ok: false; error: { code: ErrorCode; message: string } } {
  if (error instanceof repo.RelanceError) return fail(error.code, error.message);
  if (error instanceof CadenceError)
    return fail(error.code === 'past-date' ? 'past-date' : 'invalid', error.message);
  if (error instanceof TemplateError) return fail('invalid', error.message);
  // Unexpected: say so plainly, keep the detail for the developer, keep serving.
  console.warn('[relance] handler failed', error);
  return fail('internal', 'Something went wrong in Relance. Your data is unchanged; please try again.');
}
