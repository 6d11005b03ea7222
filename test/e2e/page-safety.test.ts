// The webmail is never harmed: every Gmail and Outlook fixture page is opened in a Chromium running
// Relance and in a plain Chromium without it, on the same server, and compared. With the extension:
// no error from it in the page, no global added to the page's main world (the content scripts run
// in an isolated world), the same computed styles on the page's own elements, and a hostile page
// stylesheet that does not reach into the panel's shadow root.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/chromium.mjs';
import {
  FIXTURE_DIRS,
  launchPlain,
  launchRelance,
  type PlainBrowser,
  type Relance,
  startWebmailServer,
  type WebmailServer,
} from './harness';
import { contentScriptSettled } from './helpers';

const PAGE_DIRS = ['webmail', 'gmail-extra', 'outlook-extra'].map((dir) => join(ROOT, 'test/fixtures', dir));
const FIXTURE_NAMES = PAGE_DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length)),
).sort();
/** The pages with a thread open (their expected reading has one): the panel appears there. */
const THREADS = new Set(
  FIXTURE_NAMES.filter((name) => {
    const dir = PAGE_DIRS.find((d) => existsSync(join(d, `${name}.expected.json`)));
    return dir && JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')).thread;
  }),
);
const STYLE_PROPERTIES = [
  'font-family',
  'font-size',
  'color',
  'background-color',
  'margin',
  'padding',
  'display',
  'width',
];
const HOSTILE_CSS =
  '* { color: red !important; font-size: 40px !important; } button { display:none !important }';

/** The page's main-world globals (page.evaluate runs in the main world, as the webmail's scripts). */
const globalsOf = (page: Page) => page.evaluate(() => Object.getOwnPropertyNames(window).sort());

/** The first 200 of the page's own elements (the panel's host and anything in it left out), with their styles. */
function stylesOf(page: Page): Promise<string[]> {
  return page.evaluate((properties) => {
    const path = (element: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = element; e; e = e.parentElement) {
        // Counted without the panel's host, which shifts its later siblings.
        const siblings = [...(e.parentElement?.children ?? [e])].filter(
          (c) => c.localName !== 'relance-panel',
        );
        const index = siblings.indexOf(e);
        parts.unshift(`${e.localName}:${index}`);
      }
      return parts.join('>');
    };
    return [...document.querySelectorAll('*')]
      .filter((e) => !e.closest('relance-panel'))
      .slice(0, 200)
      .map((e) => {
        const style = getComputedStyle(e);
        return `${path(e)} ${properties.map((p) => `${p}=${style.getPropertyValue(p)}`).join('; ')}`;
      });
  }, STYLE_PROPERTIES);
}

/** What the rep sees of the panel: each button's visibility, color and size, and the panel's text. */
function panelLook(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('relance-panel')?.shadowRoot;
    const panel = root?.querySelector('[data-testid=panel]');
    if (!root || !panel) throw new Error('no panel');
    const look = (e: Element) => {
      const style = getComputedStyle(e);
      return { color: style.color, fontSize: style.fontSize, display: style.display };
    };
    return {
      panel: look(panel),
      buttons: [...root.querySelectorAll('button')].map((b) => ({
        text: b.textContent,
        visible: b.checkVisibility(),
        ...look(b),
      })),
    };
  });
}

let server: WebmailServer;
let relance: Relance;
let plain: PlainBrowser;
const plainErrors: string[] = [];

beforeAll(async () => {
  server = await startWebmailServer({ pageDirs: FIXTURE_DIRS });
  [relance, plain] = await Promise.all([launchRelance({ server }), launchPlain(server)]);
  plain.context.on('weberror', (e) => plainErrors.push(String(e.error())));
});
afterAll(async () => {
  await relance?.close();
  await plain?.close();
  await server?.close();
});

describe('the webmail is never harmed', () => {
  it('compares every Gmail and Outlook fixture page, most of them threads', () => {
    // 15 shared pages + 10 Gmail + 9 Outlook extras at the time of writing: none forgotten.
    expect(FIXTURE_NAMES.length).toBeGreaterThanOrEqual(34);
    expect(THREADS.size).toBeGreaterThanOrEqual(28);
    for (const name of FIXTURE_NAMES) expect(server.pages.has(name)).toBe(true);
  });

  // The names, known before the server starts: every *.html of the three folders.
  // Several pages at a time (each its own tabs; openFixture takes its turn for the server's choice).
  it.concurrent.for(FIXTURE_NAMES)(
    'leaves %s as it is without Relance, and keeps it out of the panel',
    async (name, { expect }) => {
      const fixture = server.pages.get(name);
      if (!fixture) throw new Error(`no page ${name}`);
      const report: string[] = [];
      const [withIt, without] = await Promise.all([relance.openFixture(name), plain.context.newPage()]);
      // This page whatever another test selected meanwhile for the same URL.
      await without.setExtraHTTPHeaders({ 'X-Relance-Page': name });
      await without.goto(fixture.url, { waitUntil: 'load' });

      const hasThread = THREADS.has(name);
      if (hasThread)
        await withIt
          .locator('relance-panel [data-testid=panel][data-status=ready]')
          .waitFor({ timeout: 10_000 });
      // No thread: the content script has read the page and left it alone.
      else expect(await contentScriptSettled(withIt)).toMatchObject({ mounted: false });

      const [globalsWith, globalsWithout] = await Promise.all([globalsOf(withIt), globalsOf(without)]);
      const added = globalsWith.filter((g) => !globalsWithout.includes(g));
      if (added.length > 0) report.push(`globals added: ${added.join(', ')}`);

      const [stylesWith, stylesWithout] = await Promise.all([stylesOf(withIt), stylesOf(without)]);
      expect(stylesWith.length).toBeGreaterThan(20);
      const changed = stylesWith.filter((line, i) => line !== stylesWithout[i]);
      if (changed.length > 0 || stylesWith.length !== stylesWithout.length) {
        const i = stylesWith.findIndex((line, j) => line !== stylesWithout[j]);
        report.push(
          `${changed.length} element styles differ; first:\n  with:    ${stylesWith[i]}\n  without: ${stylesWithout[i]}`,
        );
      }

      if (hasThread) {
        const before = await panelLook(withIt);
        if (before.buttons.length === 0 || before.buttons.some((b) => !b.visible))
          report.push(`panel buttons not all visible before: ${JSON.stringify(before)}`);
        await withIt.addStyleTag({ content: HOSTILE_CSS });
        // The hostile rules took effect in the page before the panel is looked at again.
        await expect.poll(() => withIt.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('40px');
        const after = await panelLook(withIt);
        if (JSON.stringify(after) !== JSON.stringify(before))
          report.push(
            `the page's styles leak into the panel:\n  before: ${JSON.stringify(before)}\n  after:  ${JSON.stringify(after)}`,
          );
      }
      await Promise.all([withIt.close(), without.close()]);
      expect(report).toEqual([]);
    },
  );

  it('saw no error from the extension in any page', () => {
    expect(relance.webmailErrors).toEqual([]);
    expect(relance.workerErrors).toEqual([]);
  });
});
