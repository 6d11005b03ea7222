// No panel where no thread is open (issue 20), on every webmail host: Gmail's inbox, settings and the
// demo's inbox at mail.google.com; Outlook's message list alone and with an empty reading pane at
// outlook.office.com, outlook.live.com and outlook.cloud.microsoft.
//
// A panel that does not appear can only be asserted against facts, never after a pause:
//   1. the content script has run its first read of the page: WXT's context posts its
//      "content-script-started" message to the window just before main() reads the page, in the
//      same task, so the page sees the message after that read;
//   2. the webmail then opens a thread in place: the panel appears, for that thread — the content
//      script is alive and reading — and the page's own observer, which follows the panel's host
//      and every thread id its shadow root ever showed, saw it inserted only after the thread came
//      and showing that thread only (a panel mounted for the list would have shown the list's
//      reading first);
//   3. the webmail goes back to the page without a thread: the panel leaves (it read no thread there).
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import { navigateInPlace, panelOf } from './helpers';

interface PanelLog {
  started: boolean;
  /** Each time the page saw a relance-panel host inserted, the step it was at (0: before any thread). */
  inserted: number[];
  /** Every thread id the panel ever showed (data-thread-id of its root), in order. */
  threadIds: string[];
  step: number;
}

declare global {
  interface Window {
    relancePanelLog?: PanelLog;
  }
}

/** Installed in every page before its own scripts: what the page itself can see of the content script. */
function watchForPanel(): void {
  const log: PanelLog = { started: false, inserted: [], threadIds: [], step: 0 };
  window.relancePanelLog = log;
  window.addEventListener('message', (event) => {
    const type = (event.data as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && type.endsWith('wxt:content-script-started')) log.started = true;
  });
  // The panel's host is the page's (an open shadow root): what it shows can be followed from here.
  const followed = new WeakSet<ShadowRoot>();
  const noteThread = (root: ShadowRoot) => {
    const id = root.querySelector('[data-testid="panel"]')?.getAttribute('data-thread-id');
    if (typeof id === 'string' && log.threadIds.at(-1) !== id) log.threadIds.push(id);
  };
  const follow = (host: Element) => {
    const root = host.shadowRoot;
    if (!root || followed.has(root)) return;
    followed.add(root);
    noteThread(root);
    const options = { childList: true, subtree: true, attributes: true, attributeFilter: ['data-thread-id'] };
    new MutationObserver(() => noteThread(root)).observe(root, options);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element)) continue;
        const host = node.localName === 'relance-panel' ? node : node.querySelector('relance-panel');
        if (!host) continue;
        log.inserted.push(log.step);
        follow(host);
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

const CASES: { host: string; page: string; thread: string; content: string }[] = [
  {
    host: 'mail.google.com',
    page: 'gmail-07-inbox-only',
    thread: 'gmail-02-four-messages-cc',
    content: 'tr[role="row"]',
  },
  {
    host: 'mail.google.com',
    page: 'gmail-x05-settings',
    thread: 'gmail-02-four-messages-cc',
    content: '[role="main"]',
  },
  {
    host: 'mail.google.com',
    page: 'demo-gmail-inbox',
    thread: 'demo-gmail-considering',
    content: 'tr[role="row"]',
  },
  {
    host: 'outlook.office.com',
    page: 'outlook-06-list-only',
    thread: 'outlook-01-office-three-messages',
    content: '[role="option"]',
  },
  {
    host: 'outlook.office.com',
    page: 'outlook-extra-12-empty-pane-office',
    thread: 'outlook-01-office-three-messages',
    content: '#ReadingPaneContainerId [role="heading"]',
  },
  {
    host: 'outlook.office.com',
    page: 'outlook-extra-09-list-unread-reply',
    thread: 'outlook-01-office-three-messages',
    content: '[role="option"]',
  },
  {
    host: 'outlook.live.com',
    page: 'outlook-extra-13-empty-pane-live',
    thread: 'outlook-02-live-personal-no-account',
    content: '#ReadingPaneContainerId [role="heading"]',
  },
  {
    host: 'outlook.cloud.microsoft',
    page: 'outlook-extra-14-empty-pane-cloud-fr',
    thread: 'outlook-03-cloud-microsoft-inline-reply',
    content: '#ReadingPaneContainerId [role="heading"]',
  },
];

describe('no panel where no thread is open', () => {
  let relance: Relance;

  beforeAll(async () => {
    relance = await launchRelance();
    await relance.context.addInitScript(watchForPanel);
  });
  afterAll(async () => {
    await relance?.close();
  });

  async function threadIdOf(name: string): Promise<string> {
    const fixture = relance.server.pages.get(name);
    if (!fixture) throw new Error(`no page ${name}`);
    return JSON.parse(await readFile(fixture.file.replace(/\.html$/, '.expected.json'), 'utf8')).thread
      .threadId;
  }

  const log = (page: Page) => page.evaluate(() => window.relancePanelLog ?? null);

  it('serves every page where the webmail serves it', () => {
    for (const { host, page, thread } of CASES) {
      expect(new URL(relance.server.pages.get(page)?.url ?? 'about:blank').host).toBe(host);
      expect(new URL(relance.server.pages.get(thread)?.url ?? 'about:blank').host).toBe(host);
    }
  });

  it.each(CASES)(
    '$page at $host: no panel; a thread opened in place shows one; back, it leaves',
    async ({ page: name, thread, content }) => {
      const page = await relance.openFixture(name);
      // The page is there, and the content script has read it.
      await page.locator(content).first().waitFor({ state: 'attached', timeout: 10_000 });
      await expect.poll(async () => (await log(page))?.started, { timeout: 10_000 }).toBe(true);

      await page.evaluate(() => {
        if (window.relancePanelLog) window.relancePanelLog.step = 1;
      });
      await navigateInPlace(relance, page, thread);
      const panel = panelOf(page);
      await expect.poll(() => panel.isVisible(), { timeout: 10_000 }).toBe(true);
      expect(await panel.getAttribute('data-thread-id')).toBe(await threadIdOf(thread));
      // Inserted only once the thread came, and showing that thread only: never the page without one.
      const seen = await log(page);
      expect(seen?.inserted.length).toBeGreaterThan(0);
      expect(seen?.inserted.every((step) => step === 1)).toBe(true);
      expect(seen?.threadIds).toEqual([await threadIdOf(thread)]);

      await navigateInPlace(relance, page, name);
      await expect.poll(() => page.locator('relance-panel').count(), { timeout: 10_000 }).toBe(0);
      expect(relance.webmailErrors).toEqual([]);
      await page.close();
    },
  );

  it.each([
    'gmail-x11-super-collapsed',
    'gmail-x13-collapsed-without-ids',
    'outlook-extra-10-deeplink-popout',
    'outlook-extra-11-newest-first-sender-titles',
  ])('%s (a thread in a new shape) gets its panel, for its thread', async (name) => {
    const page = await relance.openFixture(name);
    const panel = panelOf(page);
    await expect.poll(() => panel.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await panel.getAttribute('data-thread-id')).toBe(await threadIdOf(name));
    await expect.poll(() => panel.getAttribute('data-status')).toBe('ready');
    await page.close();
  });
});
