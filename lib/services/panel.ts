// What the thread panel shows for one thread: the deal (or none yet), its follow-ups, the stages,
// cadences and templates to pick from, and the moments its presets propose, all in the rep's
// language, zone and working time. A read; the panel asks it through the protocol.
import {
  availableQuickPicks,
  endOfLocalDay,
  NEXT_STEP_PRESETS,
  nextStepPresetAt,
  quickPickDueAt,
  resolveTimeZone,
} from '../cadence';
import { getDealByThread } from '../db/deals';
import { eventsForDeal } from '../db/events';
import { getMeta, PANEL_DETAILS_KEY, putMeta } from '../db/meta';
import { followUpsForDeal } from '../db/queries';
import type { AppDB } from '../db/schema';
import { getSettings } from '../db/settings';
import {
  type Cadence,
  type Deal,
  type DealEvent,
  type FollowUp,
  type Id,
  type Lang,
  type NextStepPreset,
  type Provider,
  type QuickPick,
  resolveLanguage,
  type Stage,
  type Template,
} from '../model';
import { lostProposal } from '../panel/logic';
import { cadenceForDeal } from './follow-ups';
import { attempt, type Result } from './result';

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
  /** The language the deal's emails are written in (its own, else the rep's): its templates first. */
  dealLang: Lang;
  /** Whether the details under the bar are open, as the rep left them (setPanelDetails). */
  detailsOpen: boolean;
  /** The deal's latest events, newest first (Notes & history). */
  history: Pick<DealEvent, 'id' | 'type' | 'at'>[];
}

/** How many events the panel's history shows. */
export const PANEL_HISTORY_LIMIT = 12;

export interface PanelStateInput {
  /** The thread on screen. */
  thread: { provider: Provider; threadId: string };
  /** The browser's UI language (browser.i18n.getUILanguage()), for a rep whose setting is 'browser'. */
  uiLanguage: string;
}

export function getPanelState(db: AppDB, input: PanelStateInput, now: number): Promise<Result<PanelState>> {
  return attempt(async () => {
    const deal = await getDealByThread(db, input.thread.provider, input.thread.threadId);
    return panelStateFor(db, deal ?? null, input.uiLanguage, now);
  });
}

/** The panel's state for a deal (or for a thread not tracked yet: null). */
export async function panelStateFor(
  db: AppDB,
  deal: Deal | null,
  uiLanguage: string,
  now: number,
): Promise<PanelState> {
  const settings = await getSettings(db);
  const lang = resolveLanguage(settings.language, uiLanguage);
  const [stages, cadences, templates, followUps, events, detailsOpen] = await Promise.all([
    db.stages.orderBy('order').toArray(),
    db.cadences.toArray(),
    db.templates.toArray(),
    deal ? followUpsForDeal(db, deal.id) : Promise.resolve([]),
    deal ? eventsForDeal(db, deal.id) : Promise.resolve([]),
    getMeta(db, PANEL_DETAILS_KEY),
  ]);
  const dealLang = deal?.lang ?? lang;
  const timeZone = resolveTimeZone(settings);
  const suggestedCadenceId = deal ? await cadenceForDeal(db, deal, settings) : settings.defaultCadenceId;
  return {
    deal,
    stages,
    followUps,
    cadences: cadences.map(({ id, name }) => ({ id, name })),
    suggestedCadenceId,
    // The deal's language; a custom template in the other language still shows.
    templates: templates
      .filter((t) => t.lang === dealLang || !t.builtin)
      .map(({ id, kind, name, lang: l, builtin }) => ({ id, kind, name, lang: l, builtin })),
    lang,
    timeZone,
    breakupWaitDays: settings.breakupWaitDays,
    now,
    endOfToday: endOfLocalDay(now, timeZone),
    presets: {
      nextStep: NEXT_STEP_PRESETS.map((id) => ({ id, at: nextStepPresetAt(id, now, settings) })),
      quickPicks: availableQuickPicks(now, settings).map((id) => ({
        id,
        at: quickPickDueAt(id, now, settings),
      })),
    },
    proposeLost: deal ? lostProposal(deal, followUps, events, settings.breakupWaitDays, now) : null,
    dealLang,
    detailsOpen: detailsOpen ?? false,
    history: [...events]
      .sort((a, b) => b.at - a.at)
      .slice(0, PANEL_HISTORY_LIMIT)
      .map(({ id, type, at }) => ({ id, type, at })),
  };
}

/** The rep opened or closed the panel's details: remembered for every thread (Relance's database). */
export function setPanelDetails(db: AppDB, input: { open: boolean }, _now: number): Promise<Result<null>> {
  return attempt(async () => {
    await putMeta(db, PANEL_DETAILS_KEY, input.open);
    return null;
  });
}
