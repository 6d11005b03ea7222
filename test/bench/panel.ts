// The thread panel in the webmail: in-place navigations between fixture threads (the e2e's own
// swapThreadInPage), timed inside the page from the moment the thread's DOM is in until the
// panel's shadow root says ready for it; the main-thread time (CDP Performance.getMetrics) and the
// page's heap (CDP, after GC) of the same navigations with and without the extension.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { WebmailServer } from '../e2e/harness';
import { openFixtureIn } from '../e2e/harness';
import { fixtureOf, swapThreadInPage, threadIdOf } from '../e2e/helpers';

/** Quiet time after each navigation, in both browsers, so trailing work (debounced observers) counts. */
export const SETTLE_MS = 250;
/** Navigations before measuring, so both browsers have compiled and warmed the same code. */
export const WARM_UP_NAVIGATIONS = 3;
const PANEL_TIMEOUT_MS = 10_000;

export interface Webmail {
  name: 'Gmail' | 'Outlook';
  script: string;
  threads: string[];
}

/** The webmails and the threads the panel is navigated through (all on one origin per webmail). */
export const WEBMAILS: Webmail[] = [
  {
    name: 'Gmail',
    script: 'gmail',
    threads: [
      'gmail-02-four-messages-cc',
      'gmail-03-fr-followup-last',
      'gmail-04-alias-reply',
      'gmail-05-inline-reply-open',
      'gmail-06-preview-pane',
      'gmail-08-search-second-account',
      'gmail-09-no-subject-mailing-list',
      'gmail-01-single-sent-by-me',
    ],
  },
  {
    name: 'Outlook',
    script: 'outlook',
    threads: [
      'outlook-01-office-three-messages',
      'outlook-04-fr-inline-reply',
      'outlook-05-popout-compose',
      'demo-outlook-pilot',
      'demo-outlook-fr',
    ],
  },
];

export interface NavigationRun {
  panelMs: number[];
  visible: number;
  taskS: number;
  scriptS: number;
  layoutS: number;
  styleS: number;
  heapAfterLoad: number;
  heapAfterNavigations: number;
}

interface Fixture {
  html: string;
  url: string;
  threadId: string;
}

/**
 * Installs `relanceBench.navigate(i, waitForPanel, settleMs)` in the page: swapThreadInPage(fixture
 * i), then — with the extension — the milliseconds until a MutationObserver sees the panel ready for
 * the new thread; then `settleMs` of quiet.
 */
async function installNavigator(page: Page, fixtures: Fixture[]): Promise<void> {
  await page.evaluate(`window.relanceSwapThread = ${swapThreadInPage.toString()};`);
  await page.evaluate(
    ({ fixtures, timeoutMs }) => {
      const readyPanel = (threadId: string) => {
        for (const host of document.querySelectorAll('relance-panel')) {
          const panel = host.shadowRoot?.querySelector('[data-testid=panel]');
          if (
            panel?.getAttribute('data-status') === 'ready' &&
            panel.getAttribute('data-thread-id') === threadId
          )
            return panel;
        }
        return null;
      };
      const whenReady = (threadId: string) =>
        new Promise<number>((done) => {
          const watched = new Set<ShadowRoot>();
          const finish = (at: number) => {
            observer.disconnect();
            clearTimeout(timer);
            done(at);
          };
          const check = () => {
            const at = performance.now();
            for (const host of document.querySelectorAll('relance-panel')) {
              if (host.shadowRoot && !watched.has(host.shadowRoot)) {
                watched.add(host.shadowRoot);
                observer.observe(host.shadowRoot, { childList: true, subtree: true, attributes: true });
              }
            }
            if (readyPanel(threadId)) finish(at);
          };
          const observer = new MutationObserver(check);
          observer.observe(document, { childList: true, subtree: true });
          const timer = setTimeout(() => finish(Number.NaN), timeoutMs);
          check();
        });
      const scope = window as unknown as {
        relanceSwapThread: (fixture: { html: string; url: string }) => void;
        relanceBench: unknown;
      };
      scope.relanceBench = {
        async navigate(index: number, waitForPanel: boolean, settleMs: number) {
          const fixture = fixtures[index % fixtures.length];
          if (!fixture) throw new Error('no fixture');
          scope.relanceSwapThread(fixture);
          // The thread's DOM is in the page: nothing of the extension has run since (its
          // MutationObserver callbacks come at the next microtask checkpoint, after this line).
          const appeared = performance.now();
          let ms = Number.NaN;
          let visible = false;
          if (waitForPanel) {
            ms = (await whenReady(fixture.threadId)) - appeared;
            visible = (readyPanel(fixture.threadId)?.getClientRects().length ?? 0) > 0;
          }
          await new Promise((done) => setTimeout(done, settleMs));
          return { ms, visible };
        },
      };
    },
    { fixtures, timeoutMs: PANEL_TIMEOUT_MS },
  );
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** The page's used JS heap after two garbage collections. */
async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** The navigations of one webmail in one browser. */
export async function runNavigations(
  context: BrowserContext,
  server: WebmailServer,
  webmail: Webmail,
  withExtension: boolean,
  navigations: number,
): Promise<NavigationRun> {
  const fixtures: Fixture[] = await Promise.all(
    webmail.threads.map(async (name) => ({
      ...(await fixtureOf({ server }, name)),
      threadId: await threadIdOf({ server }, name),
    })),
  );
  const page = await openFixtureIn(context, server, webmail.threads[0] ?? '');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await installNavigator(page, fixtures);
  // Start from the same state: the first thread's panel ready (with the extension), then quiet.
  if (withExtension) {
    await page
      .locator('relance-panel [data-testid=panel][data-status=ready]')
      .waitFor({ timeout: PANEL_TIMEOUT_MS });
  }
  await new Promise((done) => setTimeout(done, 500));
  const heapAfterLoad = await usedHeap(cdp);
  const navigate = (index: number) =>
    page.evaluate(
      ({ index, waitForPanel, settleMs }) =>
        (
          window as unknown as {
            relanceBench: {
              navigate(i: number, w: boolean, s: number): Promise<{ ms: number; visible: boolean }>;
            };
          }
        ).relanceBench.navigate(index, waitForPanel, settleMs),
      { index, waitForPanel: withExtension, settleMs: SETTLE_MS },
    );
  // fixture 0 is open: go on from fixture 1, so every navigation changes the thread.
  let index = 1;
  for (let i = 0; i < WARM_UP_NAVIGATIONS; i += 1) await navigate(index++);
  const before = await metrics(cdp);
  const panelMs: number[] = [];
  let visible = 0;
  for (let i = 0; i < navigations; i += 1) {
    const result = await navigate(index++);
    panelMs.push(result.ms);
    if (result.visible) visible += 1;
  }
  const after = await metrics(cdp);
  const heapAfterNavigations = await usedHeap(cdp);
  await cdp.detach().catch(() => {});
  await page.close();
  const delta = (name: string) => (after[name] ?? 0) - (before[name] ?? 0);
  return {
    panelMs,
    visible,
    taskS: delta('TaskDuration'),
    scriptS: delta('ScriptDuration'),
    layoutS: delta('LayoutDuration'),
    styleS: delta('RecalcStyleDuration'),
    heapAfterLoad,
    heapAfterNavigations,
  };
}
