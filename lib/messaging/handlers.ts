// The background's answers to the protocol: each message is validated (schemas.ts), then answered by
// its use case of lib/services, whose Result crosses the boundary as it is. Nothing thrown crosses
// it, and the worker keeps serving after a malformed message. entrypoints/background/messages.ts
// registers these with the browser.
import { z } from 'zod';
import type { AppDB } from '../db/schema';
import type { Lang } from '../model';
import { guessDealLang } from '../services/deal-lang';
import { attachThread, detachThread, findDealCandidates } from '../services/deal-threads';
import { setNextStep, trackThread, updateDeal } from '../services/deals';
import {
  cancelCadence,
  completeFollowUp,
  previewCadence,
  scheduleCadence,
  scheduleSingle,
  skipFollowUp,
  snoozeFollowUp,
} from '../services/follow-ups';
import { markLost, pauseDeal, resumeDeal, setStage } from '../services/lifecycle';
import { getPanelState, panelStateFor, setPanelDetails } from '../services/panel';
import {
  confirmReply,
  correctReply,
  rememberThread,
  reportListRows,
  reportMessages,
} from '../services/replies';
import { attempt, failure, ok, type Result, refuse, toFailure } from '../services/result';
import { logTemplateInserted, renderTemplate, saveTemplateValues } from '../services/templates';
import type { MessageType, ProtocolMap } from './protocol';
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
  /** Told of every message answered (the worker's counters for tests: entrypoints/background/stats.ts). */
  onHandled?: (type: MessageType, ok: boolean) => void;
}

type Answer<K extends MessageType> = ReturnType<ProtocolMap[K]>;
type Input<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
export type Handlers = { [K in MessageType]: (data: unknown) => Promise<Answer<K>> };

/** Messages that only read: no alarm or badge rebuild after them. */
const READ_ONLY: ReadonlySet<MessageType> = new Set([
  'getPanelState',
  'previewCadence',
  'renderTemplate',
  'getCatalog',
  'findDealCandidates',
  // A preference of the panel's: nothing the alarms or the badge read.
  'setPanelDetails',
]);

export function createHandlers(deps: HandlerDeps): Handlers {
  const { db, now } = deps;

  const impl: { [K in MessageType]: (data: Input<K>) => Promise<Answer<K>> } = {
    getPanelState: ({ snapshot }) =>
      getPanelState(db, { thread: snapshot, uiLanguage: deps.uiLanguage() }, now()),
    async trackThread({ snapshot, url, contact, texts }) {
      const t = now();
      const tracked = await trackThread(
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
        t,
      );
      if (!tracked.ok) return tracked;
      // What the thread shows now is seen: only messages after it are new mail.
      const remembered = await rememberThread(db, { dealId: tracked.value.deal.id, snapshot }, t);
      if (!remembered.ok) return remembered;
      let deal = tracked.value.deal;
      // A new deal speaks the thread's language (the rep can change it in the prospect's details).
      if (tracked.value.created && deal.lang === undefined && texts && texts.some((x) => x.trim() !== '')) {
        const lang = guessDealLang(texts, deps.uiLanguage());
        const updated = await updateDeal(db, { dealId: deal.id, patch: { lang } }, t);
        if (updated.ok) deal = updated.value;
      }
      const state = deal;
      return attempt(() => panelStateFor(db, state, deps.uiLanguage(), t));
    },
    updateDeal: (input) => updateDeal(db, input, now()),
    setStage: (input) => setStage(db, input, now()),
    setNextStep: (input) => setNextStep(db, input, now()),
    previewCadence: (input) => previewCadence(db, input, now()),
    scheduleCadence: (input) => scheduleCadence(db, input, now()),
    scheduleSingle: (input) => scheduleSingle(db, input, now()),
    completeFollowUp: (input) => completeFollowUp(db, input, now()),
    skipFollowUp: (input) => skipFollowUp(db, input, now()),
    snoozeFollowUp: (input) => snoozeFollowUp(db, input, now()),
    pauseDeal: (input) => pauseDeal(db, input, now()),
    resumeDeal: (input) => resumeDeal(db, input, now()),
    cancelCadence: (input) => cancelCadence(db, input, now()),
    reportMessages: (input) => reportMessages(db, input, now()),
    renderTemplate: (input) => renderTemplate(db, input, now()),
    saveTemplateValues: (input) => saveTemplateValues(db, input, now()),
    setPanelDetails: (input) => setPanelDetails(db, input, now()),
    logTemplateInserted: (input) => logTemplateInserted(db, input, now()),
    markLost: (input) => markLost(db, input, now()),
    confirmReply: (input) => confirmReply(db, input, now()),
    correctReply: (input) => correctReply(db, input, now()),
    reportListRows: (input) => reportListRows(db, input, now()),
    // A page wrote through lib/services itself: not in READ_ONLY, so afterWrite runs, which is the point.
    settingsChanged: async () => ok(null),
    findDealCandidates: (input) => findDealCandidates(db, input),
    async attachThread({ snapshot, url, dealId }) {
      const t = now();
      const { provider, threadId, subject, account } = snapshot;
      const attached = await attachThread(
        db,
        { dealId, thread: { provider, threadId, url, subject, account } },
        t,
      );
      if (!attached.ok) return attached;
      // What the thread shows now is seen: only messages after it are new mail.
      const remembered = await rememberThread(db, { dealId, snapshot }, t);
      if (!remembered.ok) return remembered;
      return attempt(() => panelStateFor(db, attached.value, deps.uiLanguage(), t));
    },
    detachThread: (input) => detachThread(db, input, now()),
    getCatalog: ({ lang }) =>
      attempt(async () => {
        if (!deps.loadCatalog) refuse('catalogNotFound');
        return deps.loadCatalog(lang);
      }),
  };

  /** Validates, runs the use case, rebuilds reminders after a write: always a Result. */
  async function answer(type: MessageType, data: unknown): Promise<Result<unknown>> {
    const schema: z.ZodType = messageSchemas[type];
    const parsed = schema.safeParse(data);
    if (!parsed.success) return failure('invalidMessage', { type, detail: z.prettifyError(parsed.error) });
    const run = impl[type] as (data: unknown) => Promise<Result<unknown>>;
    try {
      const result = await run(parsed.data);
      if (result.ok && !READ_ONLY.has(type)) await deps.afterWrite();
      return result;
    } catch (error) {
      return toFailure(error);
    }
  }

  const handlers = {} as Record<MessageType, (data: unknown) => Promise<Result<unknown>>>;
  for (const type of Object.keys(impl) as MessageType[]) {
    handlers[type] = async (data) => {
      const result = await answer(type, data);
      deps.onHandled?.(type, result.ok);
      return result;
    };
  }
  return handlers as Handlers;
}
