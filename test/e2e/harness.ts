// The end-to-end harness: the built extension (.output/chrome-mv3) in real Chromium, with the saved
// webmail pages served under their real host names (scripts/webmail-server.mjs), so the content
// scripts run exactly as on mail.google.com and outlook.office.com. See DESIGN.md, "End-to-end
// tests in real Chromium".
//
//   const relance = await launchRelance();               // in beforeAll
//   const page = await relance.openFixture('gmail-02-four-messages-cc');
//   await (await relance.serviceWorker()).evaluate(() => chrome.alarms.getAll());
//   expect(relance.workerErrors).toEqual([]);
//   await relance.close();                               // in afterAll
//
// Server: each launch starts its own webmail server (a few milliseconds) serving FIXTURE_DIRS and
// closes it on close(); `relaunch()` keeps it (same port, same selections). To share one server
// between several launches in a file, start it in beforeAll with `startWebmailServer` and pass it
// as `server`: then the caller closes it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import {
  assertExtensionBuilt,
  chromiumArgs,
  chromiumEnv,
  EXTENSION_DIR,
  findChromium,
  ROOT,
  unpackedExtensionId,
} from '../../scripts/chromium.mjs';
import { startWebmailServer, type WebmailServer } from '../../scripts/webmail-server.mjs';

export type {
  CannedResponse,
  FixturePage,
  LoggedRequest,
  WebmailServer,
} from '../../scripts/webmail-server.mjs';
export { EXTENSION_DIR, findChromium, startWebmailServer };

/** The folders of pages a launch serves by default: the shared webmail pages, ours, and the demo mailbox. */
export const FIXTURE_DIRS = [
  join(ROOT, 'test/fixtures/webmail'),
  join(ROOT, 'test/fixtures/gmail-extra'),
  join(ROOT, 'test/fixtures/outlook-extra'),
  join(ROOT, 'test/fixtures/demo'),
];

export interface LaunchOptions {
  /** A profile folder to use and keep. Default: a new temporary one, removed by close(). */
  profileDir?: string;
  /**
   * Chromium's UI language (`chrome.i18n`) and the pages' navigator.language. Debian's Chromium
   * needs the `chromium-l10n` package for anything but English: without it the launch fails.
   */
  locale?: 'en' | 'fr';
  /** A server to share (the caller closes it). Default: one started for this launch. */
  server?: WebmailServer;
}

export interface Relance {
  /** The persistent browser context running the extension. */
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly server: WebmailServer;
  readonly profileDir: string;
  /**
   * Console errors, uncaught exceptions and unhandled rejections of the service worker and of the
   * extension's pages (popup, options…) since this launch, one line each: `[background.js] …`.
   */
  readonly workerErrors: string[];
  /**
   * The same for the webmail pages (content scripts included), without the pages' own
   * "Failed to load resource" noise for assets the server does not have.
   */
  readonly webmailErrors: string[];
  /** `chrome-extension://ID/` + path. */
  extensionUrl(path: string): string;
  /**
   * A handle on the running service worker, started first if it had stopped (by a message posted
   * from a short-lived chrome-extension://ID/manifest.json tab).
   */
  serviceWorker(): Promise<Worker>;
  /** Selects the page on the server and opens it in a new tab at its fixture URL; waits for load. */
  openFixture(name: string): Promise<Page>;
  /** popup.html in a new tab. */
  openPopup(): Promise<Page>;
  /** options.html in a new tab. */
  openOptions(): Promise<Page>;
  /** Makes the alarm `name` fire now: `chrome.alarms.create(name, { when: Date.now() + 50 })`. */
  fireAlarm(name: string): Promise<void>;
  /**
   * Stops the service worker (CDP ServiceWorker.stopWorker, as Chrome does when it is idle) and
   * starts it again on a new global scope, running background.js from the top; its handle.
   */
  restartWorker(): Promise<Worker>;
  /** Closes the browser and launches it again on the same profile and server; this one is then closed. */
  relaunch(): Promise<Relance>;
  /** Closes the browser, then the server and the temporary profile if this launch made them. */
  close(): Promise<void>;
}

const WORKER_START_TIMEOUT = 20_000;

/** A Chromium with the same flags and window as a Relance launch, without the extension (to compare). */
export interface PlainBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchPlain(server: WebmailServer): Promise<PlainBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'relance-plain-'));
  const args = chromiumArgs({ hostRules: server.hostRules }).filter(
    (arg) => !arg.startsWith('--disable-extensions-except=') && !arg.startsWith('--load-extension='),
  );
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1440, height: 900 },
    args,
    env: chromiumEnv(),
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      await removeProfile(profileDir);
    },
  };
}

/**
 * Opens fixture `name` in a new tab of `context` at its URL (asking the server for that page by
 * header, so concurrent tabs on the same URL each get theirs); waits for load.
 */
export async function openFixtureIn(
  context: BrowserContext,
  server: WebmailServer,
  name: string,
): Promise<Page> {
  const fixture = server.pages.get(name);
  if (!fixture) throw new Error(`no fixture page ${name}`);
  const page = await context.newPage();
  await page.setExtraHTTPHeaders({ 'X-Relance-Page': name });
  const response = await page.goto(fixture.url, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`${fixture.url} answered ${response?.status()}`);
  return page;
}

/** Launches Chromium with the built extension and a webmail server. */
export async function launchRelance(options: LaunchOptions = {}): Promise<Relance> {
  const executablePath = findChromium();
  assertExtensionBuilt();
  const ownsServer = options.server === undefined;
  const ownsProfile = options.profileDir === undefined;
  const server = options.server ?? (await startWebmailServer({ pageDirs: FIXTURE_DIRS }));
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'relance-profile-')));
  try {
    return await launch({
      executablePath,
      server,
      profileDir,
      locale: options.locale,
      ownsServer,
      ownsProfile,
    });
  } catch (error) {
    if (ownsServer) await server.close();
    if (ownsProfile) await removeProfile(profileDir);
    throw error;
  }
}

interface LaunchState {
  executablePath: string;
  server: WebmailServer;
  profileDir: string;
  locale: 'en' | 'fr' | undefined;
  ownsServer: boolean;
  ownsProfile: boolean;
}

async function launch(state: LaunchState): Promise<Relance> {
  const { server, profileDir, locale } = state;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: state.executablePath,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1440, height: 900 },
    args: chromiumArgs({ extensionDir: EXTENSION_DIR, hostRules: server.hostRules, locale }),
    env: chromiumEnv(locale),
    ...(locale ? { locale } : {}),
  });
  const extensionId = unpackedExtensionId(EXTENSION_DIR);
  const origin = `chrome-extension://${extensionId}/`;
  const isOurs = (worker: Worker) => worker.url().startsWith(origin);
  const workerErrors: string[] = [];
  const webmailErrors: string[] = [];
  let closed = false;

  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const worker = message.worker();
    const pageUrl = message.page()?.url() ?? '';
    if (worker) {
      if (isOurs(worker)) workerErrors.push(`[${shortUrl(worker.url())}] ${message.text()}`);
    } else if (pageUrl.startsWith(origin)) {
      workerErrors.push(`[${shortUrl(pageUrl)}] ${message.text()}`);
    } else if (pageUrl.startsWith('https://') && !message.text().startsWith('Failed to load resource')) {
      webmailErrors.push(`[${pageUrl}] ${message.text()}`);
    }
  });
  context.on('weberror', (webError) => {
    const pageUrl = webError.page()?.url() ?? '';
    const text = `[${pageUrl.startsWith(origin) ? shortUrl(pageUrl) : pageUrl}] ${errorText(webError.error())}`;
    if (pageUrl.startsWith(origin)) workerErrors.push(text);
    else webmailErrors.push(text);
  });
  context.on('serviceworker', (worker) => {
    if (isOurs(worker)) forwardUncaughtErrors(worker).catch(() => {});
  });

  /** Opens a blank extension document, runs `body` in it, closes it. */
  async function withExtensionDocument<T>(body: (page: Page) => Promise<T>): Promise<T> {
    const page = await context.newPage();
    try {
      // Any document of the extension's origin will do; the manifest has no script of ours.
      await page.goto(`${origin}manifest.json`);
      return await body(page);
    } finally {
      await page.close().catch(() => {});
    }
  }

  /** Starts the worker if it is stopped: a message to it does, like any extension event. */
  function wakeWorker(): Promise<void> {
    return withExtensionDocument(async (page) => {
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        registration?.active?.postMessage('relance-harness:wake');
      });
    });
  }

  async function serviceWorker(): Promise<Worker> {
    const deadline = Date.now() + WORKER_START_TIMEOUT;
    while (Date.now() < deadline) {
      const current = context.serviceWorkers().find(isOurs);
      // A stopped worker keeps its handle, but evaluate() then waits for it to run again.
      if (current && (await responds(current, 1_000))) {
        // Bounded: should the worker stop right now, evaluate() would wait for its restart.
        await Promise.race([forwardUncaughtErrors(current).catch(() => {}), sleep(1_000)]);
        return current;
      }
      await wakeWorker();
      await sleep(100);
    }
    throw new Error(
      `The extension's service worker did not start within ${WORKER_START_TIMEOUT / 1000} s. ` +
        `Did background.js throw while loading? Errors so far: ${JSON.stringify(workerErrors)}`,
    );
  }

  // The worker starts with the browser on a new profile; on a reused one it may wait for an event,
  // which serviceWorker() then sends.
  if (!context.serviceWorkers().some(isOurs)) {
    await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 5_000 }).catch(() => null);
  }
  try {
    const worker = await serviceWorker();
    if (locale) {
      const uiLanguage = await worker.evaluate(() => chrome.i18n.getUILanguage());
      if (!uiLanguage.toLowerCase().startsWith(locale)) {
        throw new Error(
          `Chromium runs in ${uiLanguage}, not ${locale}: its ${locale} translation is missing ` +
            '(Debian: `sudo apt-get install chromium-l10n`).',
        );
      }
    }
  } catch (error) {
    await context.close().catch(() => {});
    throw error;
  }

  let openQueue: Promise<unknown> = Promise.resolve();

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    if (response && !response.ok()) throw new Error(`${path} answered ${response.status()}`);
    return page;
  }

  const relance: Relance = {
    context,
    extensionId,
    server,
    profileDir,
    workerErrors,
    webmailErrors,
    extensionUrl: (path) => `${origin}${path.replace(/^\//, '')}`,
    serviceWorker,
    openFixture(name) {
      // One at a time: the server serves the page selected last for a shared path.
      const opened = openQueue.then(async () => {
        const fixture = server.select(name);
        const page = await context.newPage();
        const response = await page.goto(fixture.url, { waitUntil: 'load' });
        const served = response?.headers()['x-relance-page'];
        if (response?.status() !== 200 || served !== name) {
          throw new Error(`${fixture.url} answered ${response?.status()} with page ${served}, not ${name}`);
        }
        return page;
      });
      openQueue = opened.catch(() => {});
      return opened;
    },
    openPopup: () => openExtensionPage('popup.html'),
    openOptions: () => openExtensionPage('options.html'),
    async fireAlarm(name) {
      const worker = await serviceWorker();
      await worker.evaluate(async (alarm) => {
        await chrome.alarms.create(alarm, { when: Date.now() + 50 });
      }, name);
    },
    async restartWorker() {
      await serviceWorker();
      await withExtensionDocument(async (page) => {
        const cdp = await context.newCDPSession(page);
        const status = new Map<string, string>();
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          for (const version of versions) {
            if (version.scriptURL.startsWith(origin)) status.set(version.versionId, version.runningStatus);
          }
        });
        await cdp.send('ServiceWorker.enable');
        await waitFor(() => [...status.values()].includes('running'), 5_000, 'the running worker version');
        for (const [versionId, runningStatus] of status) {
          if (runningStatus === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId });
        }
        await waitFor(() => [...status.values()].every((s) => s === 'stopped'), 10_000, 'the worker to stop');
        await cdp.send('ServiceWorker.disable').catch(() => {});
        await cdp.detach().catch(() => {});
      });
      // Often the same handle, on a new global scope.
      return serviceWorker();
    },
    async relaunch() {
      closed = true;
      await context.close();
      try {
        return await launch(state);
      } catch (error) {
        if (state.ownsServer) await server.close();
        if (state.ownsProfile) await removeProfile(profileDir);
        throw error;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => {});
      if (state.ownsServer) await server.close();
      if (state.ownsProfile) await removeProfile(profileDir);
    },
  };
  return relance;
}

/**
 * The worker reports its uncaught errors and unhandled rejections to its console, where the
 * harness collects them (Playwright reports a worker's console, not its exceptions). Listeners
 * added after the worker started: errors thrown while background.js first runs are not caught
 * here, but then the worker does not start and serviceWorker() fails.
 */
async function forwardUncaughtErrors(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as typeof globalThis & { relanceHarnessForwarding?: boolean };
    if (scope.relanceHarnessForwarding) return;
    scope.relanceHarnessForwarding = true;
    scope.addEventListener('error', (event: ErrorEvent) => {
      console.error(`Uncaught ${event.error instanceof Error ? event.error.stack : event.message}`);
    });
    scope.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
      const reason: unknown = event.reason;
      console.error(`Unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`);
    });
  });
}

/** Whether the worker runs code within `ms` (a stopped worker's evaluate() waits for a restart). */
function responds(worker: Worker, ms: number): Promise<boolean> {
  const answer = worker.evaluate(() => true).catch(() => false);
  return Promise.race([answer, sleep(ms).then(() => false)]);
}

async function waitFor(condition: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(50);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function shortUrl(url: string): string {
  return url.replace(/^chrome-extension:\/\/[a-p]{32}\//, '');
}

function errorText(error: Error): string {
  return error.stack ?? `${error.name}: ${error.message}`;
}

async function removeProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
}
