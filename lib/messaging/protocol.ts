// The one typed protocol between the content scripts (and later the popup) and the background.
// Content scripts never open IndexedDB: every read and write of a deal goes through these messages.
// Payloads are validated again in the background (schemas.ts): a page can send anything.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { NextStepPreset, QuickPick } from '../cadence/quick-picks';
import type { SnoozeChoice } from '../cadence/snooze';
import type { ListRow, ThreadSnapshot } from '../mail/adapter';
import type {
  Cadence,
  Channel,
  Contact,
  Deal,
  FollowUp,
  Id,
  Lang,
  Money,
  NextStep,
  Stage,
  Template,
  TemplateKind,
} from '../model';

/** What every handler answers: never a thrown error across the message boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };
export type ErrorCode = 'invalid-message' | 'not-found' | 'invalid' | 'past-date' | 'conflict' | 'internal';

/** The thread as the content script saw it, plus where it lives. */
export interface ThreadRef {
  snapshot: ThreadSnapshot;
  url: string;
}

/** Everything the thread panel needs to draw itself for one thread. */
export interface PanelState {
  deal: Deal | null;
  stages: Stage[];
  followUps: FollowUp[];
  cadences: Pick<Cadence, 'id' | 'name'>[];
  /** The cadence "Schedule follow-up" starts for this deal (its stage's, else the global default). */
  suggestedCadenceId: Id;
  templates: Pick<Template, 'id' | 'kind' | 'name' | 'lang' | 'builtin'>[];
  lang: Lang;
  timeZone: string;
  breakupWaitDays: number;
  now: number;
  /** The end of the rep's local day: a follow-up due before it is due today. */
  endOfToday: number;
  /** The moments the presets propose from now, in the rep's working time. */
  presets: {
    nextStep: { id: NextStepPreset; at: number }[];
    quickPicks: { id: QuickPick; at: number }[];
  };
  /** After a breakup met with silence for breakupWaitDays: propose to mark the deal lost. */
  proposeLost: { silentDays: number } | null;
}

export interface ScheduledPreview {
  index: number;
  count: number;
  dueAt: number;
  channel: Channel;
  templateKind: TemplateKind | null;
  isBreakup: boolean;
}

export interface RenderedTemplate {
  subject: string;
  body: string;
  missing: string[];
}

export interface DealPatch {
  contact?: Contact;
  company?: string;
  offer?: string;
  value?: Money | null;
  doneActionIds?: Id[];
}

export interface ProtocolMap {
  getPanelState(data: ThreadRef): Result<PanelState>;
  trackThread(data: ThreadRef & { contact: { name: string; email: string } }): Result<PanelState>;
  updateDeal(data: { dealId: Id; patch: DealPatch }): Result<Deal>;
  setStage(data: { dealId: Id; stageId: Id }): Result<Deal>;
  setNextStep(data: { dealId: Id; nextStep: NextStep }): Result<Deal>;
  previewCadence(data: { dealId: Id; cadenceId?: Id }): Result<ScheduledPreview[]>;
  scheduleCadence(data: { dealId: Id; cadenceId?: Id }): Result<FollowUp[]>;
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
  renderTemplate(data: { dealId: Id; templateId: Id }): Result<RenderedTemplate>;
  logTemplateInserted(data: { dealId: Id; templateId: Id }): Result<null>;
  markLost(data: { dealId: Id; reason?: string }): Result<Deal>;
  /** The rep opened a likely reply's thread: it was an answer (stop), or not (resume). */
  confirmReply(data: { dealId: Id; replied: boolean }): Result<Deal>;
  /** The message list's rows (Outlook): unread ones from a prospect pause their deal. */
  reportListRows(data: { rows: ListRow[] }): Result<{ flagged: Id[] }>;
  /**
   * The options page wrote to the database itself (settings, templates, cadences, stages, an
   * import): the background rebuilds alarms and badge from it, as after any write of its own.
   */
  settingsChanged(): Result<null>;
  /** A language's UI strings, for a content script whose rep chose another language than the browser's. */
  getCatalog(data: { lang: Lang }): Result<Record<string, { message: string }>>;
}

export type MessageType = keyof ProtocolMap;

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;
