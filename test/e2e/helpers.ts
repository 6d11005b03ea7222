// What several e2e files do: talk the protocol to the background, read the database, find the
// panel in its shadow root, navigate a webmail page in place as the single-page app does, and wait
// on facts — what the worker and the content script say they have handled — instead of time.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PanelStats } from '../../components/panel/mount';
import { emptyWorkerStats, type WorkerStats } from '../../entrypoints/background/stats';
import type { Relance } from './harness';

export type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** Sends a protocol message the way @webext-core/messaging frames it, from an extension page. */
export async function send(page: Page, type: string, data: unknown): Promise<Answer> {
  const reply = await page.evaluate(
    ({ type, data }) =>
      new Promise<{ res?: Answer; err?: unknown }>((resolve) =>
        chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }, resolve),
      ),
    { type, data },
  );
  if (!reply?.res) throw new Error(`no answer to ${type}: ${JSON.stringify(reply)}`);
  return reply.res;
}

export function value<T>(answer: Answer): T {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

/** Every record of one table of Relance's database, read from an extension page (raw IndexedDB). */
export async function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('relance');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      return await new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, table);
}

/** The thread panel on a webmail page (Playwright's CSS pierces the open shadow root). */
export function panelOf(page: Page): Locator {
  return page.locator('relance-panel [data-testid=panel]');
}

/**
 * Runs IN the page (self-contained: page.evaluate sends its source): replaces the body's content by
 * another fixture's and moves the URL in place, as Gmail and Outlook do (hash for Gmail, history for
 * Outlook). Relance's own host stays where it is (Gmail keeps the body; it swaps what is inside).
 */
export function swapThreadInPage({ html, url }: { html: string; url: string }): void {
  const next = new DOMParser().parseFromString(html, 'text/html');
  for (const child of [...document.body.children]) if (child.localName !== 'relance-panel') child.remove();
  for (const child of [...next.body.children]) document.body.append(document.adoptNode(child));
  document.title = next.title;
  const target = new URL(url);
  if (target.pathname + target.search === location.pathname + location.search) location.hash = target.hash;
  else history.pushState(null, '', target.href);
}

/** A fixture page's HTML and URL, as the server serves it. */
export async function fixtureOf(
  relance: Pick<Relance, 'server'>,
  name: string,
): Promise<{ html: string; url: string }> {
  const fixture = relance.server.pages.get(name);
  if (!fixture) throw new Error(`no fixture page ${name}`);
  return { html: await readFile(fixture.file, 'utf8'), url: fixture.url };
}

/** The thread id the adapter must read from a fixture page (its NAME.expected.json). */
export async function threadIdOf(relance: Pick<Relance, 'server'>, name: string): Promise<string> {
  const page = relance.server.pages.get(name);
  if (!page) throw new Error(`no page ${name}`);
  const expected = JSON.parse(await readFile(page.file.replace(/\.html$/, '.expected.json'), 'utf8'));
  return expected.thread.threadId;
}

/**
 * Navigates `page` to another fixture without a reload, as Gmail and Outlook do: the body is
 * replaced by the other page's and the URL changes in place (swapThreadInPage). `fill` rewrites the
 * page's HTML first (a page written as a template, e.g. dates around today).
 */
export async function navigateInPlace(
  relance: Relance,
  page: Page,
  name: string,
  fill: (html: string) => string = (html) => html,
): Promise<void> {
  const { html, url } = await fixtureOf(relance, name);
  await page.evaluate(swapThreadInPage, { html: fill(html), url });
}

/** Opens the panel's details (the drawer) unless they are open already (the rep's choice is remembered). */
export async function openDetails(panel: Locator): Promise<void> {
  const toggle = panel.locator('[data-testid=details-toggle]');
  await toggle.waitFor({ timeout: 10_000 });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await panel.locator('[data-testid=details]').waitFor();
}

/** Opens a fixture, tracks its thread from the panel and schedules the default cadence. */
export async function trackAndSchedule(relance: Relance, name: string): Promise<Page> {
  const page = await relance.openFixture(name);
  const panel = panelOf(page);
  await panel.locator('[data-testid=track]').click({ timeout: 10_000 });
  await openDetails(panel);
  await panel.locator('[data-testid=schedule]').click();
  await panel.locator('[data-testid=confirm-schedule]').click();
  await expect.poll(() => panel.locator('[data-testid=timeline-step]').count()).toBeGreaterThan(5);
  return page;
}

const AXE_SOURCE = readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (through the DevTools protocol, so an extension page's CSP does not
 * block it) on `include` — a selector, or a [host, inner] pair to reach into a shadow root — and
 * returns the serious and critical violations.
 */
export async function seriousA11yViolations(
  page: Page,
  include?: string | string[],
): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(await AXE_SOURCE);
  return page.evaluate(
    async ({ include }) => {
      const scope = globalThis as unknown as {
        axe?: { run: (ctx: unknown, opts: unknown) => Promise<unknown> };
      };
      const axe = scope.axe;
      if (!axe) throw new Error('axe-core did not load');
      const context = include ? { include: [Array.isArray(include) ? include : [include]] } : document;
      const result = (await axe.run(context, { resultTypes: ['violations'] })) as {
        violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
      };
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => JSON.stringify(n.target)),
        }));
    },
    { include },
  );
}

/** What the service worker has handled since it started (entrypoints/background/stats.ts). */
export async function workerStats(relance: Relance): Promise<WorkerStats> {
  const stats = await (await relance.serviceWorker()).evaluate(() => globalThis.__relanceStats);
  if (!stats) throw new Error('the worker exposes no __relanceStats');
  return stats;
}

/**
 * Waits until the worker's counters say `done` (given the counters read before the action): a
 * worker that restarted meanwhile starts from zero, so `done` then sees a fresh `before`.
 */
export async function waitForWorker(
  relance: Relance,
  before: WorkerStats,
  done: (now: WorkerStats, before: WorkerStats) => boolean,
  timeout = 15_000,
): Promise<WorkerStats> {
  let last: WorkerStats | null = null;
  await expect
    .poll(
      async () => {
        last = await workerStats(relance);
        const base = last.startedAt === before.startedAt ? before : emptyWorkerStats(last.startedAt);
        return done(last, base);
      },
      { timeout },
    )
    .toBe(true);
  if (!last) throw new Error('no worker stats');
  return last;
}

/** Fires a Relance alarm and waits until the worker has handled it (notified, badge and alarms rebuilt). */
export async function fireAlarmAndWait(relance: Relance, name: string): Promise<WorkerStats> {
  const before = await workerStats(relance);
  await relance.fireAlarm(name);
  return waitForWorker(relance, before, (now, base) => (now.alarms[name] ?? 0) > (base.alarms[name] ?? 0));
}

/**
 * Reads the content script's own counters (components/panel/mount.ts) in its isolated world,
 * through one DevTools session on the page: the page's main world never sees them.
 */
async function withPanelStats<T>(
  page: Page,
  use: (read: () => Promise<PanelStats | null>) => Promise<T>,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts = new Map<number, { origin: string; type?: string }>();
    cdp.on('Runtime.executionContextCreated', ({ context }) =>
      contexts.set(context.id, { origin: context.origin, type: context.auxData?.type }),
    );
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) =>
      contexts.delete(executionContextId),
    );
    await cdp.send('Runtime.enable');
    const read = async (): Promise<PanelStats | null> => {
      for (const [id, context] of contexts) {
        if (context.type !== 'isolated' || !context.origin.startsWith('chrome-extension://')) continue;
        const { result } = await cdp
          .send('Runtime.evaluate', {
            expression: 'JSON.stringify(globalThis.__relancePanelStats ?? null)',
            contextId: id,
            returnByValue: true,
          })
          .catch(() => ({ result: { value: 'null' } }));
        const stats = JSON.parse(String(result.value ?? 'null')) as PanelStats | null;
        if (stats) return stats;
      }
      return null;
    };
    return await use(read);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The content script's counters now; null before it runs. */
export function panelStats(page: Page): Promise<PanelStats | null> {
  return withPanelStats(page, (read) => read());
}

/**
 * Waits until the content script has read the page at least once and has nothing left to do
 * (a plain loop, not expect.poll: concurrent tests call it too).
 */
export function contentScriptSettled(page: Page, timeout = 10_000): Promise<PanelStats> {
  return withPanelStats(page, async (read) => {
    const deadline = Date.now() + timeout;
    for (;;) {
      const stats = await read();
      if (stats && stats.syncs > 0 && !stats.busy) return stats;
      if (Date.now() > deadline) {
        throw new Error(`the content script did not settle within ${timeout} ms: ${JSON.stringify(stats)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}

/** A Gmail thread as the content script reports it: one message from the prospect (for seeding deals). */
export function gmailSnapshot(threadId: string, name: string, email: string, subject: string) {
  return {
    provider: 'gmail',
    threadId,
    subject,
    account: 'jordan.lee@acme.test',
    messages: [{ from: { name, email }, to: [], cc: [], key: 'id:m1' }],
    lastMessageFromAccount: false,
    hasCompose: false,
  };
}
