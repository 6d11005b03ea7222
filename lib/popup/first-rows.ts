// The popup's first rows, read as soon as its script runs: at the same time as the rep's language
// is set up, not after the first render (issue 23: first due row ≤ 100 ms). The reads are the
// popup's own (loadPopupData: each section by index, with a limit), straight from IndexedDB — the
// worker is not asked, so nothing it does at start-up delays them. Only what the first frame
// shows is read and rendered: the popup's live query reads each section's whole first page right
// after (components/popup/use-popup.ts), and those rows follow in the next frames.
import type { AppDB } from '../db/schema';
import { loadPopupData, type PopupData, type SectionLimits } from './queries';
import { SECTIONS, type Section } from './sections';

/**
 * Rows in the popup's first render: about what its 600 px show at once. Reading and rendering
 * every section's first page (3 × 20 rows) before the first row reached the screen cost tens of
 * milliseconds of reads and ~40 ms of script on a 2-core machine.
 */
export const FIRST_FRAME_ROWS = 6;
const FIRST_FRAME_LIMITS: SectionLimits = {
  overdue: FIRST_FRAME_ROWS,
  today: FIRST_FRAME_ROWS,
  upcoming: FIRST_FRAME_ROWS,
};

/** The first rows at `now`, or undefined when they cannot be read (the popup's live query retries). */
export function firstPopupData(db: AppDB, now: number, uiLanguage: string): Promise<PopupData | undefined> {
  return loadPopupData(db, now, uiLanguage, FIRST_FRAME_LIMITS).catch((error: unknown) => {
    console.warn('[relance] first rows', error);
    return undefined;
  });
}

/** How many rows of each section the first frame shows: FIRST_FRAME_ROWS in all, in reading order. */
export function firstFrameCaps(data: Pick<PopupData, 'sections'>): Record<Section, number> {
  let left = FIRST_FRAME_ROWS;
  const caps = {} as Record<Section, number>;
  for (const section of SECTIONS) {
    caps[section] = Math.min(left, data.sections[section].rows.length);
    left -= caps[section];
  }
  return caps;
}
