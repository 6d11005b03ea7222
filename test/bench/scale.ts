// A seeded pipeline (1,000 deals / 10,000 follow-ups, then 10,000 / 100,000): a few hundred deals
// lived by the product's use cases in an extension page (page-module.ts), copied into the
// extension's database up to each scale, then: the popup's first due row from its navigation start
// in fresh tabs, the deals page's first rows (fresh tabs) and a search keystroke, the product's
// reads timed where they run, and protocol round trips that rebuild the badge and the alarms.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_DIR } from '../../scripts/chromium.mjs';
import type { Relance } from '../e2e/harness';
import { PAGE_GLOBAL } from './bundle';
import type * as PageModule from './page-module';

/**
 * The pipelines, in deals (the default cadence gives each ten follow-ups): the budgets' 10,000;
 * RELANCE_BENCH_SCALES=1000,10000 adds a smaller one (~1 minute more).
 */
export const SCALES = (process.env.RELANCE_BENCH_SCALES ?? '10000')
  .split(',')
  .map((n) => ({ deals: Number(n) }))
  .filter((s) => Number.isInteger(s.deals) && s.deals > 0)
  .sort((a, b) => a.deals - b.deals);
/** Deals lived through the use cases (RELANCE_BENCH_LIVED); the scales are copies of them. */
export const LIVED_DEALS = Number(process.env.RELANCE_BENCH_LIVED ?? '200');
if (!Number.isInteger(LIVED_DEALS) || LIVED_DEALS < 1)
  throw new Error('RELANCE_BENCH_LIVED must be an integer ≥ 1');
export const POPUP_RUNS = 5;
export const DEALS_RUNS = 5;
/** The search keystrokes typed into the deals page, each one changing the rows (their count). */
export const SEARCH_KEYS = ['1', '2', '3', '4', 'Backspace', 'Backspace', 'Backspace', 'Backspace'];
export const QUERY_RUNS = 9;
export const ROUND_TRIP_RUNS = 9;
/** Deals per transaction while seeding (the use cases nest in it). */
export const SEED_BATCH = 100;
/** Quiet time after seeding (IndexedDB compacts after a bulk write), before the measurements. */
const SETTLE_AFTER_SEED_MS = 3_000;

type PageApi = typeof PageModule;

export interface ScaleRun {
  counts: PageModule.SeedCounts;
  /** Deals lived through the use cases, and how long that took (the first scale only). */
  lived: number;
  seedS: number;
  /** Copies of them written into the extension's database, and how long that took. */
  copies: number;
  restoreS: number;
  dealsFirstRowsMs: number[];
  dealsSearchMs: number[];
  popupMs: number[];
  /** The same measure for a trivial page of the extension (FLOOR_PAGE), opened between the popup's. */
  floorMs: number[];
  shellMs: number[];
  domContentLoadedMs: number[];
  queries: Record<string, { ms: number; answer: number }>;
  trips: Record<string, { ms: number; last: string }>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** An extension page with the bench's page module loaded (evaluated through CDP: no CSP applies). */
export async function openBenchPage(relance: Relance, code: string): Promise<Page> {
  const page = await relance.context.newPage();
  // Any document of the extension's origin reaches its database; the manifest runs no script of its own.
  await page.goto(relance.extensionUrl('manifest.json'));
  await page.evaluate(code);
  return page;
}

function call<K extends keyof PageApi>(
  page: Page,
  name: K,
  ...args: Parameters<PageApi[K]>
): Promise<Awaited<ReturnType<PageApi[K]>>> {
  return page.evaluate(
    ({ global, name, args }: { global: string; name: string; args: unknown[] }) => {
      const api = (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[
        global
      ];
      const fn = api?.[name];
      if (!fn) throw new Error(`no ${String(name)} in the bench page module`);
      // Dexie's errors cross the DevTools protocol as their class name alone: say what they were.
      return Promise.resolve(fn(...args)).catch((error: unknown) => {
        const e = error as { name?: string; message?: string; inner?: { name?: string; message?: string } };
        throw new Error(
          `${String(name)}: ${e.name}: ${e.message}${e.inner ? ` (${e.inner.name}: ${e.inner.message})` : ''}`,
        );
      });
    },
    { global: PAGE_GLOBAL, name, args },
  ) as Promise<Awaited<ReturnType<PageApi[K]>>>;
}

/**
 * Protocol round trips from an extension page (the @webext-core/messaging framing), timed around
 * chrome.runtime.sendMessage: median of each.
 */
function timeRoundTrips(page: Page, runs: number, skipIds: string[]) {
  return page.evaluate(
    async ({ runs, skipIds }) => {
      const send = (type: string, data: unknown) =>
        new Promise((done) =>
          chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }, done),
        );
      const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.ceil(v.length / 2) - 1] ?? Number.NaN;
      const time = async (message: (i: number) => [string, unknown]) => {
        const times: number[] = [];
        let last: unknown;
        for (let i = 0; i < runs; i += 1) {
          const [type, data] = message(i);
          const t0 = performance.now();
          last = await send(type, data);
          times.push(performance.now() - t0);
        }
        return { ms: med(times), last: JSON.stringify(last).slice(0, 120) };
      };
      return {
        // Read-only, answered 'not-found' at once: the messaging overhead alone.
        readOnly: await time(() => ['renderTemplate', { dealId: 'bench-none', templateId: 'bench-none' }]),
        // No write of its own: validation + the badge and alarms rebuilt.
        recompute: await time(() => ['settingsChanged', undefined]),
        // One write (a due follow-up skipped, its event logged) + the rebuild.
        skip: await time((i) => ['skipFollowUp', { followUpId: skipIds[i] ?? 'bench-none' }]),
      };
    },
    { runs, skipIds },
  );
}

/**
 * The floor of the popup's figure: an extension page with nothing but one module script that
 * appends a [data-testid=popup-row], opened in fresh tabs exactly as popup.html is. What it takes
 * (the tab, the navigation, the page's contexts and extension bindings, one script's load) is
 * what no change to the popup's code can remove on this machine. Written into the built extension
 * for the popup's runs only, then removed.
 */
const FLOOR_PAGE = {
  html: 'bench-floor.html',
  script: 'bench-floor.js',
  htmlText:
    '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8"><title>Relance</title>' +
    '<script type="module" src="/bench-floor.js"></script></head><body><div id="root"></div></body></html>\n',
  scriptText:
    "const row = document.createElement('div');\nrow.dataset.testid = 'popup-row';\n" +
    "row.textContent = 'row';\ndocument.getElementById('root').append(row);\n",
};

async function withFloorPage<T>(run: () => Promise<T>): Promise<T> {
  const html = join(EXTENSION_DIR, FLOOR_PAGE.html);
  const script = join(EXTENSION_DIR, FLOOR_PAGE.script);
  await writeFile(html, FLOOR_PAGE.htmlText);
  await writeFile(script, FLOOR_PAGE.scriptText);
  try {
    return await run();
  } finally {
    await rm(html, { force: true });
    await rm(script, { force: true });
  }
}

/**
 * Opens popup.html (or the floor page, `waitLoaded` false) in a fresh tab: performance.now() (from its navigation start) when the first
 * [data-testid=popup-row] is in the DOM, seen by a MutationObserver installed before the popup's
 * scripts run, and — to tell the code's cost from the data's — when #root first had content and
 * DOMContentLoaded.
 */
async function popupFirstRowOnce(context: BrowserContext, popupUrl: string, waitLoaded = true) {
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      const scope = window as Window & { relanceBenchFirstRow?: number; relanceBenchShell?: number };
      const observer = new MutationObserver(() => {
        if (scope.relanceBenchShell === undefined && document.getElementById('root')?.firstElementChild)
          scope.relanceBenchShell = performance.now();
        if (scope.relanceBenchFirstRow === undefined && document.querySelector('[data-testid=popup-row]')) {
          scope.relanceBenchFirstRow = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(popupUrl);
    const handle = await page.waitForFunction(
      () => {
        const scope = window as Window & { relanceBenchFirstRow?: number; relanceBenchShell?: number };
        if (scope.relanceBenchFirstRow === undefined) return null;
        const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return {
          firstRow: scope.relanceBenchFirstRow,
          shell: scope.relanceBenchShell ?? Number.NaN,
          domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN,
        };
      },
      undefined,
      { timeout: 30_000, polling: 50 },
    );
    const timing = (await handle.jsonValue()) as {
      firstRow: number;
      shell: number;
      domContentLoaded: number;
    };
    // Every read of the popup done (its data-loaded fact) before the next run, so a run never
    // waits behind the previous one's reads.
    if (waitLoaded) await page.locator('.popup[data-loaded=true]').waitFor({ timeout: 30_000 });
    return timing;
  } finally {
    await page.close().catch(() => {});
  }
}

async function popupFirstRow(context: BrowserContext, popupUrl: string, waitLoaded = true) {
  try {
    return await popupFirstRowOnce(context, popupUrl, waitLoaded);
  } catch (error) {
    // Seen once on this machine: the tab closed under Playwright. Say so, try again once.
    console.error(`popup run failed (retrying once): ${error instanceof Error ? error.message : error}`);
    return popupFirstRowOnce(context, popupUrl, waitLoaded);
  }
}

/**
 * Opens deals.html in a fresh tab: performance.now() (from its navigation start) when the first
 * [data-testid=deal-row] is in the DOM, seen by a MutationObserver installed before the page's
 * scripts run; then waits for every row to be read (data-complete) before the next run.
 */
async function dealsFirstRowsOnce(context: BrowserContext, dealsUrl: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      const scope = window as Window & { relanceBenchFirstRow?: number };
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-testid=deal-row]')) {
          scope.relanceBenchFirstRow = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(dealsUrl);
    const handle = await page.waitForFunction(
      () => (window as Window & { relanceBenchFirstRow?: number }).relanceBenchFirstRow ?? null,
      undefined,
      { timeout: 30_000, polling: 50 },
    );
    const ms = (await handle.jsonValue()) as number;
    // Every row read (data-complete) before the next run: a tab closed earlier left its reads of
    // every row running in the database, and the next run's first rows waited behind them.
    await page.locator('[data-testid=deals-page][data-complete=true]').waitFor({ timeout: 60_000 });
    return ms;
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * The deals page with every row read: each of SEARCH_KEYS pressed in its search field, timed from
 * the keydown event to the moment a MutationObserver sees the count of rows change (the rows and
 * their count are one render). NaN for a keystroke whose count did not change within 10 s.
 */
async function dealsSearch(context: BrowserContext, dealsUrl: string): Promise<number[]> {
  const page = await context.newPage();
  try {
    await page.goto(dealsUrl);
    await page.locator('[data-testid=deals-page][data-complete=true]').waitFor({ timeout: 60_000 });
    const search = page.getByTestId('deals-search');
    await search.focus();
    const times: number[] = [];
    for (const key of SEARCH_KEYS) {
      await page.evaluate(() => {
        const scope = window as Window & { relanceBench?: { down: number; changed: Promise<number> } };
        const count = document.querySelector('[data-testid=deals-count]');
        const before = count?.textContent ?? '';
        let down = Number.NaN;
        document.addEventListener('keydown', (e) => (down = e.timeStamp), { capture: true, once: true });
        const changed = new Promise<number>((done) => {
          const timer = setTimeout(() => done(Number.NaN), 10_000);
          const observer = new MutationObserver(() => {
            if ((count?.textContent ?? '') !== before) {
              observer.disconnect();
              clearTimeout(timer);
              done(performance.now() - down);
            }
          });
          if (count) observer.observe(count, { childList: true, subtree: true, characterData: true });
        });
        scope.relanceBench = { down, changed };
      });
      await page.keyboard.press(key);
      times.push(
        await page.evaluate(
          () =>
            (window as Window & { relanceBench?: { changed: Promise<number> } }).relanceBench?.changed ??
            Number.NaN,
        ),
      );
    }
    return times;
  } finally {
    await page.close().catch(() => {});
  }
}

/** Every scale in turn on the same database (each one replaces the one before). */
export async function runScales(
  relance: Relance,
  code: string,
  log: (line: string) => void,
): Promise<ScaleRun[]> {
  const page = await openBenchPage(relance, code);
  const runs: ScaleRun[] = [];
  try {
    const lived = Math.min(LIVED_DEALS, SCALES.at(-1)?.deals ?? 0);
    log(`Living a pipeline of ${lived.toLocaleString('en-US')} deals through the use cases…`);
    const started = Date.now();
    await call(page, 'live', { count: lived, now: Date.now(), batch: SEED_BATCH });
    const seedS = (Date.now() - started) / 1000;
    for (const scale of SCALES) {
      const now = Date.now();
      log(`Copying them into the extension’s database: ${scale.deals.toLocaleString('en-US')} deals…`);
      const written = await call(page, 'writeCopies', { deals: scale.deals, now });
      const counts = written.counts;
      // The badge as a rep would see it after such an import.
      await page.evaluate(
        () =>
          new Promise((done) =>
            chrome.runtime.sendMessage(
              { id: 1, type: 'settingsChanged', data: undefined, timestamp: 1 },
              done,
            ),
          ),
      );
      await sleep(SETTLE_AFTER_SEED_MS);
      // One uncounted open of each: their code then comes from the cache, as for a rep who opened
      // the popup before. The floor's opens alternate with the popup's, so both meet the same
      // machine.
      const popupUrl = relance.extensionUrl('popup.html');
      const floorUrl = relance.extensionUrl(FLOOR_PAGE.html);
      const popup: Awaited<ReturnType<typeof popupFirstRow>>[] = [];
      const floorMs: number[] = [];
      await withFloorPage(async () => {
        await popupFirstRow(relance.context, popupUrl);
        await popupFirstRow(relance.context, floorUrl, false);
        for (let i = 0; i < POPUP_RUNS; i += 1) {
          popup.push(await popupFirstRow(relance.context, popupUrl));
          floorMs.push((await popupFirstRow(relance.context, floorUrl, false)).firstRow);
        }
      });
      const dealsUrl = relance.extensionUrl('deals.html');
      await dealsFirstRowsOnce(relance.context, dealsUrl);
      const dealsFirstRowsMs = [];
      for (let i = 0; i < DEALS_RUNS; i += 1)
        dealsFirstRowsMs.push(await dealsFirstRowsOnce(relance.context, dealsUrl));
      const dealsSearchMs = await dealsSearch(relance.context, dealsUrl);
      const ids = await call(page, 'dueIds', QUERY_RUNS + ROUND_TRIP_RUNS);
      const queries = await call(page, 'timeQueries', {
        runs: QUERY_RUNS,
        now: Date.now(),
        skipIds: ids.slice(0, QUERY_RUNS),
      });
      const trips = await timeRoundTrips(page, ROUND_TRIP_RUNS, ids.slice(QUERY_RUNS));
      runs.push({
        counts,
        lived,
        seedS,
        copies: written.copies,
        restoreS: written.ms / 1000,
        dealsFirstRowsMs,
        dealsSearchMs,
        popupMs: popup.map((p) => p.firstRow),
        floorMs,
        shellMs: popup.map((p) => p.shell),
        domContentLoadedMs: popup.map((p) => p.domContentLoaded),
        queries,
        trips,
      });
    }
  } finally {
    await page.close().catch(() => {});
  }
  return runs;
}
