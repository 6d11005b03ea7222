// The one typed protocol between the content scripts and the background. Content scripts never open
// IndexedDB: every read and write of a deal goes through these messages, each answered by a use
// case of lib/services. Payloads are validated again in the background (schemas.ts): a page can
// send anything. The extension's own pages (popup, options) call lib/services directly on the
// shared database, then say `settingsChanged` so the worker rebuilds alarms and badge.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ScheduledStep } from '../cadence/schedule';
import type { ListRow, ThreadSnapshot } from '../mail/adapter';
import type {
  Channel,
  Contact,
  Deal,
  FollowUp,
  Id,
  Lang,
  Money,
  NextStep,
  Provider,
  QuickPick,
  SnoozeChoice,
  TemplateKind,
} from '../model';
import type { DealCandidate } from '../services/deal-threads';
import type { PanelState } from '../services/panel';
import type { ErrorCode, Result, ServiceError } from '../services/result';
import type { RenderedTemplate } from '../services/templates';
import type { TemplateVariable } from '../templates/variables';

/** What every handler answers (the application layer's Result): never a thrown error across the boundary. */
export type { DealCandidate, ErrorCode, PanelState, RenderedTemplate, Result, ServiceError };

/** The thread as the content script saw it, plus where it lives. */
export interface ThreadRef {
  snapshot: ThreadSnapshot;
  url: string;
}

/** A step of a cadence as it would be scheduled (lib/cadence cadenceDueDates). */
export type ScheduledPreview = ScheduledStep;

export interface DealPatch {
  contact?: Contact;
  company?: string;
  offer?: string;
  value?: Money | null;
  doneActionIds?: Id[];
  /** The language the deal's emails are written in. */
  lang?: Lang;
}

export interface ProtocolMap {
  getPanelState(data: ThreadRef): Result<PanelState>;
  /** `texts` (readMessageTexts) lets the deal's language be guessed from the thread. */
  trackThread(
    data: ThreadRef & { contact: { name: string; email: string }; texts?: string[] },
  ): Result<PanelState>;
  updateDeal(data: { dealId: Id; patch: DealPatch }): Result<Deal>;
  setStage(data: { dealId: Id; stageId: Id }): Result<Deal>;
  setNextStep(data: { dealId: Id; nextStep: NextStep }): Result<Deal>;
  previewCadence(data: { dealId: Id; cadenceId?: Id }): Result<ScheduledPreview[]>;
  /** While follow-ups are pending, `mode` says whether the cadence replaces them or follows them. */
  scheduleCadence(data: { dealId: Id; cadenceId?: Id; mode?: 'replace' | 'append' }): Result<FollowUp[]>;
  scheduleSingle(data: {
    dealId: Id;
    when: { pick: QuickPick } | { at: number };
    channel: Channel;
    templateKind: TemplateKind | null;
  }): Result<FollowUp>;
  completeFollowUp(data: { followUpId: Id; note?: string }): Result<FollowUp>;
  skipFollowUp(data: { followUpId: Id }): Result<FollowUp>;
  snoozeFollowUp(data: { followUpId: Id; choice: SnoozeChoice }): Result<FollowUp>;
  pauseDeal(data: { dealId: Id; reason?: string }): Result<Deal>;
  resumeDeal(data: { dealId: Id }): Result<Deal>;
  cancelCadence(data: { dealId: Id }): Result<Deal>;
  /** New messages seen in a tracked thread; `texts` (readMessageTexts) lets auto-replies be told apart. */
  reportMessages(data: { dealId: Id; snapshot: ThreadSnapshot; texts?: string[] }): Result<Deal>;
  /** `replyHasSignature`: the reply box holds the webmail's signature, so the template signs nothing. */
  renderTemplate(data: { dealId: Id; templateId: Id; replyHasSignature?: boolean }): Result<RenderedTemplate>;
  /** Values typed for a template's missing variables: remembered on the deal (the name, in the settings). */
  saveTemplateValues(data: { dealId: Id; values: Partial<Record<TemplateVariable, string>> }): Result<Deal>;
  /** The panel's details opened or closed: remembered in Relance's database. */
  setPanelDetails(data: { open: boolean }): Result<null>;
  logTemplateInserted(data: { dealId: Id; templateId: Id }): Result<null>;
  markLost(data: { dealId: Id; reason?: string }): Result<Deal>;
  /** The rep opened a likely reply's thread: it was an answer (stop), or not (resume). */
  confirmReply(data: { dealId: Id; replied: boolean }): Result<Deal>;
  /**
   * The rep corrects Relance's reading of the prospect's reply: "It's an answer" (stop the cadence)
   * or "It was automatic" (bring the cadence back, paused until `until`; a week when absent).
   */
  correctReply(data: {
    dealId: Id;
    as: 'answer' | 'automatic';
    until?: number;
    /** The day the rep picked ('yyyy-MM-dd'): paused until its follow-up moment. */
    returnDay?: string;
  }): Result<Deal>;
  /** The message list's rows (Outlook): unread ones from a prospect pause their deal. */
  reportListRows(data: { rows: ListRow[] }): Result<{ flagged: Id[] }>;
  /**
   * An extension page (popup, options) wrote through lib/services itself (a follow-up done,
   * settings, templates, cadences, stages, an import): the background rebuilds alarms and badge
   * from the database, as after any write of its own.
   */
  settingsChanged(): Result<null>;
  /** A language's UI strings, for a content script whose rep chose another language than the browser's. */
  getCatalog(data: { lang: Lang }): Result<Record<string, { message: string }>>;
  /** The open deals an untracked thread's contact (or their company's domain) already has: "Add to <deal>". */
  findDealCandidates(data: { email: string }): Result<DealCandidate[]>;
  /** "Add to <deal>": the thread joins that deal (refused when it belongs to another one). */
  attachThread(data: ThreadRef & { dealId: Id }): Result<PanelState>;
  /** The thread leaves its deal; the deal stays (with its other threads, or none). */
  detachThread(data: { dealId: Id; provider: Provider; threadId: string }): Result<Deal>;
}

export type MessageType = keyof ProtocolMap;

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;
