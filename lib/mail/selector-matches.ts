// Test support (never shipped): how many elements a selector matches on each saved page of a
// webmail, written the way selectors.matches.ts lists it — "02 04×2 x11 demo-inbox": the pages'
// short ids (gmail-02 → 02, outlook-extra-10 → extra-10, demo-gmail-inbox → demo-inbox), ×N when
// more than one element. The whole document is counted, decoys included: the point is that every
// alternative still finds something on some page, so a dead one is seen at once.
import type { Provider } from './adapter';
import { openPage, type SavedPage, savedPages } from './saved-pages';

function shortId(page: SavedPage): string {
  return page.id.replace(/^(gmail|outlook)-/, '').replace(/^demo-(gmail|outlook)-/, 'demo-');
}

let documents: { page: SavedPage; doc: Document }[] | null = null;

/** Parses every saved page once (a few seconds on a busy machine: call it from a beforeAll). */
export function loadSavedPages(): void {
  documents ??= savedPages().map((page) => ({ page, doc: openPage(page).doc }));
}

function pagesOf(provider: Provider): { page: SavedPage; doc: Document }[] {
  loadSavedPages();
  return (documents ?? []).filter((entry) => entry.page.provider === provider);
}

/** "02 04×2 x11" for a selector on every saved page of the provider ('' when it matches nothing). */
export function matchesOnPages(provider: Provider, selector: string): string {
  return pagesOf(provider)
    .flatMap(({ page, doc }) => {
      const count = doc.querySelectorAll(selector).length;
      if (count === 0) return [];
      return [count === 1 ? shortId(page) : `${shortId(page)}×${count}`];
    })
    .join(' ');
}
