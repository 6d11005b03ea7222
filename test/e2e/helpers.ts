// What several e2e files do: talk the protocol to the background, read the database, find the
// panel in its shadow root, and navigate a webmail page in place as the single-page app does.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
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
 * Navigates `page` to another fixture without a reload, as Gmail and Outlook do: the body is
 * replaced by the other page's and the URL changes in place (hash for Gmail, history for Outlook).
 * `fill` rewrites the page's HTML first (a page written as a template, e.g. dates around today).
 */
export async function navigateInPlace(
  relance: Relance,
  page: Page,
  name: string,
  fill: (html: string) => string = (html) => html,
): Promise<void> {
  const fixture = relance.server.pages.get(name);
  if (!fixture) throw new Error(`no fixture page ${name}`);
  const html = fill(await readFile(fixture.file, 'utf8'));
  await page.evaluate(
    ({ html, url }) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      // Relance's own host stays where it is (Gmail keeps the body; it swaps what is inside).
      for (const child of [...document.body.children])
        if (child.localName !== 'relance-panel') child.remove();
      for (const child of [...next.body.children]) document.body.append(document.adoptNode(child));
      document.title = next.title;
      const target = new URL(url);
      if (target.pathname + target.search === location.pathname + location.search)
        location.hash = target.hash;
      else history.pushState(null, '', target.href);
    },
    { html, url: fixture.url },
  );
}

/** Opens a fixture, tracks its thread from the panel and schedules the default cadence. */
export async function trackAndSchedule(relance: Relance, name: string): Promise<Page> {
  const page = await relance.openFixture(name);
  const panel = panelOf(page);
  await panel.locator('[data-testid=track]').click({ timeout: 10_000 });
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
