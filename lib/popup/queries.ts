// The popup's reads, straight from IndexedDB by index (the popup runs in the extension's origin).
// Built for a big pipeline: each section reads at most `limit` follow-ups (+1, to know there are
// more) through [status+dueAt], and only the deals of those rows. Counting a section is a separate
// read: with 10,000 overdue follow-ups an index count takes hundreds of milliseconds in Chromium,
// and the first rows must not wait for it.
import { Dexie } from 'dexie';
import { resolveTimeZone } from '../cadence/working-time';
import { dealsWithNextStepBetween } from '../db/deals';
import type { AppDB } from '../db/schema';
import { getSettings } from '../db/settings';
import {
  type Deal,
  type FollowUp,
  type Id,
  type Lang,
  resolveLanguage,
  type Settings,
  type Stage,
} from '../model';
import { type Appointment, todaysAppointments } from './appointments';
import { type FollowUpRow, followUpRow } from './rows';
import { type PopupWindow, popupWindow, SECTIONS, type Section, sectionBounds } from './sections';

/** How many rows a section shows at first, and how many more each "show more" adds (the popup
 * shows about five at once; rendering 3 × 50 rows cost ~0.5 s on a busy 2-core machine). */
export const PAGE_SIZE = 20;

export type SectionLimits = Record<Section, number>;
export const FIRST_LIMITS: SectionLimits = { overdue: PAGE_SIZE, today: PAGE_SIZE, upcoming: PAGE_SIZE };

export interface SectionPage {
  rows: FollowUpRow[];
  /** The section holds more follow-ups than the rows read. */
  more: boolean;
}

export type SectionTotals = Record<Section, number>;

export interface PopupData {
  window: PopupWindow;
  lang: Lang;
  settings: Settings;
  sections: Record<Section, SectionPage>;
}

function sectionQuery(db: AppDB, section: Section, w: PopupWindow) {
  const b = sectionBounds(section, w);
  const lower = b.lower === Number.NEGATIVE_INFINITY ? Dexie.minKey : b.lower;
  return db.followUps
    .where('[status+dueAt]')
    .between(['due', lower], ['due', b.upper], b.includeLower, b.includeUpper);
}

/** The first `limit` follow-ups of a section, in order, and whether it holds more. */
export async function loadSectionFollowUps(
  db: AppDB,
  section: Section,
  w: PopupWindow,
  limit: number,
): Promise<{ followUps: FollowUp[]; more: boolean }> {
  const read = await sectionQuery(db, section, w)
    .limit(limit + 1)
    .toArray();
  return { followUps: read.slice(0, limit), more: read.length > limit };
}

/** How many follow-ups each section holds: index counts, no record read. */
export async function countSections(db: AppDB, w: PopupWindow): Promise<SectionTotals> {
  const [overdue, today, upcoming] = await Promise.all(SECTIONS.map((s) => sectionQuery(db, s, w).count()));
  return { overdue: overdue ?? 0, today: today ?? 0, upcoming: upcoming ?? 0 };
}

/** Everything the follow-up sections show at `now` (read in the rep's zone and language). */
export async function loadPopupData(
  db: AppDB,
  now: number,
  uiLanguage: string,
  limits: SectionLimits = FIRST_LIMITS,
): Promise<PopupData> {
  const settings = await getSettings(db);
  const w = popupWindow(now, resolveTimeZone(settings));
  const lang = resolveLanguage(settings.language, uiLanguage);
  const [pages, stages] = await Promise.all([
    Promise.all(SECTIONS.map((s) => loadSectionFollowUps(db, s, w, limits[s]))),
    db.stages.toArray(),
  ]);
  const dealIds = [...new Set(pages.flatMap((p) => p.followUps.map((f) => f.dealId)))];
  const deals = new Map<Id, Deal>();
  for (const deal of await db.deals.bulkGet(dealIds)) if (deal) deals.set(deal.id, deal);
  const stageById = new Map<string, Stage>(stages.map((s) => [s.id, s]));
  const sections = {} as Record<Section, SectionPage>;
  SECTIONS.forEach((section, i) => {
    const page = pages[i] ?? { followUps: [], more: false };
    sections[section] = {
      more: page.more,
      rows: page.followUps.map((f) => followUpRow(f, deals.get(f.dealId), stageById, lang)),
    };
  });
  return { window: w, lang, settings, sections };
}

/**
 * Today's next-step appointments: a range of the deals' next-step index (lib/db/deals.ts), so
 * only today's deals are read, whatever the size of the pipeline.
 */
export async function loadAppointments(db: AppDB, now: number): Promise<Appointment[]> {
  const settings = await getSettings(db);
  const w = popupWindow(now, resolveTimeZone(settings));
  return todaysAppointments(await dealsWithNextStepBetween(db, w.startOfToday, w.endOfToday), w);
}
