// The popup's first rows, read as soon as its script runs: at the same time as the rep's language
// is set up, not after the first render (issue 23: first due row ≤ 100 ms). The reads are the
// popup's own (loadPopupData: each section by index, with a limit), straight from IndexedDB — the
// worker is not asked, so nothing it does at start-up delays them.
import type { AppDB } from '../db/schema';
import { loadPopupData, type PopupData } from './queries';

/** The first rows at `now`, or undefined when they cannot be read (the popup's live query retries). */
export function firstPopupData(db: AppDB, now: number, uiLanguage: string): Promise<PopupData | undefined> {
  return loadPopupData(db, now, uiLanguage).catch((error: unknown) => {
    console.warn('[relance] first rows', error);
    return undefined;
  });
}
