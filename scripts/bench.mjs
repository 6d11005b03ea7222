// `npm run bench`: what Relance costs the webmail and how it scales (issue 12), measured on the
// built extension in real Chromium against the saved webmail pages (scripts/webmail-server.mjs).
// It prints one markdown report and writes it to a file; it never asserts a time (these machines
// are noisy) but exits 1 when a content script is over its size budget.
//
//   npm run bench                        build (npx wxt build), then measure
//   RELANCE_BENCH_NO_BUILD=1 npm run bench   use the last build in .output/chrome-mv3
//   npm run bench -- --out FILE          where the report goes (default .output/bench/results.md)
//   npm run bench -- --navigations N     in-place navigations per webmail (default 30)
//   npm run bench -- --no-scale          skip the seeded-database part (1,000 / 10,000 deals)
//
// What is measured, and how:
// 1. Sizes: content-scripts/{gmail,outlook}.{js,css} raw and gzip -9 (node:zlib).
// 2. Panel: a page of each webmail is opened, then its body is swapped for another thread's as the
//    single-page app does (test/e2e/helpers.ts navigateInPlace, re-implemented here). Inside the
//    page, performance.now() is read right after the swap and again when a MutationObserver sees
//    the `relance-panel` host's shadow root hold [data-testid=panel][data-status=ready] for the new
//    thread — no round trip to Node in between.
// 3. Main-thread time: CDP Performance.getMetrics (TaskDuration, ScriptDuration) before and after
//    the same navigations, in this browser and in a second one launched WITHOUT the extension on
//    the same pages. Each navigation is followed by the same quiet time in both browsers.
// 4. Heap: after the navigations, CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage on the
//    page. Content scripts run in an isolated world of the page's V8 isolate, which the protocol
//    does not report apart: the figure is the page's used heap with the extension minus without.
// 5. Scale: deals and follow-ups shaped like lib/model are written with raw IndexedDB from an
//    extension page (one readwrite transaction per 5,000 records), then, after 3 s of quiet and
//    one uncounted popup open (IndexedDB compacts after a bulk write): the popup's first row
//    (performance.now() from its navigation start, seen by a MutationObserver installed before the
//    page's own scripts), the due-today count on [status+dueAt] and other reads the popup and the
//    worker make (timed in an extension page), and protocol round trips that rebuild the badge and
//    alarms (refreshReminders runs inside them, lib/messaging/handlers afterWrite).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import {
  assertExtensionBuilt,
  chromiumArgs,
  chromiumEnv,
  EXTENSION_DIR,
  findChromium,
  ROOT,
  unpackedExtensionId,
} from './chromium.mjs';
import { startWebmailServer } from './webmail-server.mjs';

/**
 * The size budget of one content script, gzip -9, in bytes (issue 12: "content script ≤ 35 KB
 * gzip"). KB here is 1,000 bytes, as in WXT's build report; raise it to 35 * 1024 if the budget is
 * meant in KiB. Going over fails `npm run bench` (exit code 1).
 */
export const CONTENT_SCRIPT_GZIP_BUDGET = 35 * 1000;

/** The webmails and the threads the panel is navigated through (all on one origin per webmail). */
const WEBMAILS = [
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

const FIXTURE_DIRS = ['test/fixtures/webmail', 'test/fixtures/demo'].map((dir) => join(ROOT, dir));
/** Quiet time after each navigation, in both browsers, so trailing work (debounced observers) counts. */
const SETTLE_MS = 250;
/** Navigations before measuring, so both browsers have compiled and warmed the same code. */
const WARM_UP_NAVIGATIONS = 3;
const PANEL_TIMEOUT_MS = 10_000;
/** The seeded pipelines: deals, and follow-ups per deal (a cadence of about ten steps). */
const SCALES = [
  { deals: 1_000, followUpsPerDeal: 10 },
  { deals: 10_000, followUpsPerDeal: 10 },
];
const POPUP_RUNS = 5;
const QUERY_RUNS = 9;
const ROUND_TRIP_RUNS = 9;
const BATCH = 5_000;
/** Quiet time after seeding, before the scale measurements. */
const SETTLE_AFTER_SEED_MS = 3_000;

const { values: flags } = parseArgs({
  options: {
    out: { type: 'string', default: join(ROOT, '.output', 'bench', 'results.md') },
    navigations: { type: 'string', default: '30' },
    'no-build': { type: 'boolean', default: false },
    'no-scale': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (flags.help) {
  console.log('npm run bench [-- --out FILE] [-- --navigations N] [-- --no-build] [-- --no-scale]');
  process.exit(0);
}
const NAVIGATIONS = Number(flags.navigations);
if (!Number.isInteger(NAVIGATIONS) || NAVIGATIONS < 2)
  throw new Error('--navigations must be an integer ≥ 2');

// ---------------------------------------------------------------------------------------------
// Small helpers

/** @param {number[]} values @param {number} q 0..1, nearest rank */
function quantile(values, q) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
/** @param {number[]} values */
const median = (values) => quantile(values, 0.5);
/** @param {number} ms */
const fmtMs = (ms) => (Number.isFinite(ms) ? `${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms` : 'n/a');
/** @param {number} bytes */
const fmtKB = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
/** @param {number} bytes */
const fmtMB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
/** @param {number} n */
const fmtInt = (n) => n.toLocaleString('en-US');
/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** @param {string[]} header @param {(string | number)[][]} rows */
function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** @type {string[]} */
const report = [];
/** @param {string} text */
function say(text) {
  report.push(text);
  console.log(text);
}

// ---------------------------------------------------------------------------------------------
// Build, machine, sizes

const executablePath = findChromium();
if (!flags['no-build'] && process.env.RELANCE_BENCH_NO_BUILD !== '1') {
  console.error('Building the extension (npx wxt build)…');
  const build = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (build.error || build.status !== 0) {
    console.error(`${build.stdout ?? ''}${build.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n'));
    console.error('npm run bench: `npx wxt build` failed.');
    process.exit(1);
  }
}
assertExtensionBuilt();
const benchStarted = Date.now();

const chromiumVersion = (() => {
  try {
    return execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return executablePath;
  }
})();
const cpus = os.cpus();
const commit = (() => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
})();

say(`## Relance bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}\n`);
say(
  table(
    ['machine', ''],
    [
      ['CPU', `${cpus[0]?.model ?? 'unknown'} × ${cpus.length} (os.cpus)`],
      ['RAM', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
      ['OS', `${os.type()} ${os.release()} ${os.arch()}`],
      ['Node', process.version],
      ['Chromium', `${chromiumVersion} (headless)`],
    ],
  ),
);

const CONTENT_DIR = join(EXTENSION_DIR, 'content-scripts');
/** @type {{ file: string, raw: number, gzip: number, over: boolean | null }[]} */
const sizes = [];
for (const { script } of WEBMAILS) {
  for (const ext of ['js', 'css']) {
    const file = join(CONTENT_DIR, `${script}.${ext}`);
    if (!existsSync(file)) {
      if (ext === 'js') throw new Error(`no ${relative(ROOT, file)} in the build`);
      continue;
    }
    const bytes = readFileSync(file);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    sizes.push({
      file: relative(EXTENSION_DIR, file),
      raw: bytes.length,
      gzip,
      over: ext === 'js' ? gzip > CONTENT_SCRIPT_GZIP_BUDGET : null,
    });
  }
}
const overBudget = sizes.filter((s) => s.over === true);
say(
  `\n### Injected into the webmail (gzip -9; budget ${fmtKB(CONTENT_SCRIPT_GZIP_BUDGET)} = ${fmtInt(CONTENT_SCRIPT_GZIP_BUDGET)} B per content script)\n`,
);
say(
  table(
    ['file', 'raw', 'gzip -9', 'budget'],
    sizes.map((s) => [
      s.file,
      `${fmtKB(s.raw)} (${fmtInt(s.raw)} B)`,
      `${fmtKB(s.gzip)} (${fmtInt(s.gzip)} B)`,
      s.over === null
        ? '—'
        : s.over
          ? `**OVER** by ${fmtInt(s.gzip - CONTENT_SCRIPT_GZIP_BUDGET)} B`
          : `OK (${fmtInt(CONTENT_SCRIPT_GZIP_BUDGET - s.gzip)} B left)`,
    ]),
  ),
);

// ---------------------------------------------------------------------------------------------
// Browsers

const server = await startWebmailServer({ pageDirs: FIXTURE_DIRS });
/** @type {string[]} */
const profiles = [];

/**
 * @param {boolean} withExtension
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
async function launch(withExtension) {
  const profileDir = await mkdtemp(join(os.tmpdir(), 'relance-bench-'));
  profiles.push(profileDir);
  const args = chromiumArgs({ extensionDir: EXTENSION_DIR, hostRules: server.hostRules }).filter(
    (arg) =>
      withExtension ||
      !(arg.startsWith('--disable-extensions-except=') || arg.startsWith('--load-extension=')),
  );
  return chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1440, height: 900 },
    args,
    env: chromiumEnv(),
  });
}

/**
 * The thread id the adapter reads from a fixture (its NAME.expected.json).
 * @param {string} name
 */
async function threadIdOf(name) {
  const page = server.pages.get(name);
  if (!page) throw new Error(`no fixture page ${name}`);
  const expected = JSON.parse(await readFile(page.file.replace(/\.html$/, '.expected.json'), 'utf8'));
  return /** @type {string} */ (expected.thread.threadId);
}

/**
 * Opens the fixture at its URL in a new tab (the server serves the page selected last for a URL).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} name
 */
async function openFixture(context, name) {
  const fixture = server.select(name);
  const page = await context.newPage();
  const response = await page.goto(fixture.url, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`${fixture.url} answered ${response?.status()}`);
  return page;
}

/**
 * Installs, in the page, the fixtures to navigate through and `relanceBench.navigate(i)`: swaps
 * the body for fixture i's and moves the URL in place (hash or history, as the webmail does), then
 * — with the extension — resolves with the milliseconds until the new thread's panel is ready.
 * Without it, it resolves with NaN. Either way it then waits `settleMs` before resolving.
 * @param {import('playwright-core').Page} page
 * @param {{ html: string, url: string, threadId: string }[]} fixtures
 */
async function installNavigator(page, fixtures) {
  await page.evaluate(
    ({ fixtures, timeoutMs }) => {
      /** @param {string} threadId */
      const readyPanel = (threadId) => {
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
      /**
       * @param {string} threadId
       * @returns {Promise<number>} performance.now() when the panel is ready
       */
      const whenReady = (threadId) =>
        new Promise((done) => {
          /** @type {Set<ShadowRoot>} */
          const watched = new Set();
          const finish = (/** @type {number} */ at) => {
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
      /** @type {Window & { relanceBench?: unknown }} */ (window).relanceBench = {
        /** @param {number} index @param {boolean} waitForPanel @param {number} settleMs */
        async navigate(index, waitForPanel, settleMs) {
          const fixture = fixtures[index % fixtures.length];
          if (!fixture) throw new Error('no fixture');
          const next = new DOMParser().parseFromString(fixture.html, 'text/html');
          // Relance's own host stays where it is (Gmail keeps the body; it swaps what is inside).
          for (const child of [...document.body.children])
            if (child.localName !== 'relance-panel') child.remove();
          for (const child of [...next.body.children]) document.body.append(document.adoptNode(child));
          document.title = next.title;
          const target = new URL(fixture.url);
          if (target.pathname + target.search === location.pathname + location.search)
            location.hash = target.hash;
          else history.pushState(null, '', target.href);
          // The thread's DOM is in the page: nothing of the extension has run since (its
          // MutationObserver callbacks come at the next microtask checkpoint, after this line).
          const appeared = performance.now();
          let ms = Number.NaN;
          let visible = false;
          if (waitForPanel) {
            const ready = await whenReady(fixture.threadId);
            ms = ready - appeared;
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

/**
 * @param {import('playwright-core').CDPSession} cdp
 * @returns {Promise<Record<string, number>>}
 */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(
    list.map((/** @type {{ name: string, value: number }} */ m) => [m.name, m.value]),
  );
}

/**
 * @param {import('playwright-core').CDPSession} cdp
 */
async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return /** @type {number} */ (usedSize);
}

/**
 * @typedef {{ panelMs: number[], visible: number, taskS: number, scriptS: number, layoutS: number,
 *   styleS: number, wallS: number, heapAfterLoad: number, heapAfterNavigations: number }} NavigationRun
 */

/**
 * The navigations of one webmail in one browser.
 * @param {import('playwright-core').BrowserContext} context
 * @param {(typeof WEBMAILS)[number]} webmail
 * @param {boolean} withExtension
 * @returns {Promise<NavigationRun>}
 */
async function runNavigations(context, webmail, withExtension) {
  const fixtures = await Promise.all(
    webmail.threads.map(async (name) => {
      const page = server.pages.get(name);
      if (!page) throw new Error(`no fixture page ${name}`);
      return { html: await readFile(page.file, 'utf8'), url: page.url, threadId: await threadIdOf(name) };
    }),
  );
  const [first] = webmail.threads;
  const page = await openFixture(context, first ?? '');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await installNavigator(page, fixtures);
  // Start from the same state: the first thread's panel ready (with the extension), then quiet.
  if (withExtension) {
    await page
      .locator('relance-panel [data-testid=panel][data-status=ready]')
      .waitFor({ timeout: PANEL_TIMEOUT_MS });
  }
  await sleep(500);
  const heapAfterLoad = await usedHeap(cdp);
  /** @param {number} index */
  const navigate = (index) =>
    page.evaluate(
      ({ index, waitForPanel, settleMs }) =>
        /** @type {{ relanceBench: { navigate(i: number, w: boolean, s: number): Promise<{ ms: number, visible: boolean }> } }} */ (
          /** @type {unknown} */ (window)
        ).relanceBench.navigate(index, waitForPanel, settleMs),
      { index, waitForPanel: withExtension, settleMs: SETTLE_MS },
    );
  // fixture 0 is open: go on from fixture 1, so every navigation changes the thread.
  let index = 1;
  for (let i = 0; i < WARM_UP_NAVIGATIONS; i += 1) await navigate(index++);
  const before = await metrics(cdp);
  const started = Date.now();
  /** @type {number[]} */
  const panelMs = [];
  let visible = 0;
  for (let i = 0; i < NAVIGATIONS; i += 1) {
    const result = await navigate(index++);
    panelMs.push(result.ms);
    if (result.visible) visible += 1;
  }
  const wallS = (Date.now() - started) / 1000;
  const after = await metrics(cdp);
  const heapAfterNavigations = await usedHeap(cdp);
  await cdp.detach().catch(() => {});
  await page.close();
  /** @param {string} name */
  const delta = (name) => (after[name] ?? 0) - (before[name] ?? 0);
  return {
    panelMs,
    visible,
    taskS: delta('TaskDuration'),
    scriptS: delta('ScriptDuration'),
    layoutS: delta('LayoutDuration'),
    styleS: delta('RecalcStyleDuration'),
    wallS,
    heapAfterLoad,
    heapAfterNavigations,
  };
}

// ---------------------------------------------------------------------------------------------
// Seeding and timing in the extension's origin (functions run in an extension page)

/**
 * Adds deals [from, to) and their follow-ups with raw IndexedDB, shaped like lib/model's Deal and
 * FollowUp, in one readwrite transaction per `batch` records; answers what was written.
 * Deterministic (a seeded generator); `now` is the bench's clock.
 * @param {{ from: number, to: number, perDeal: number, now: number, batch: number }} options
 */
function seedInPage({ from, to, perDeal, now, batch }) {
  const DAY = 86_400_000;
  /** @param {number} seed */
  const random = (seed) => {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  };
  /** @returns {Promise<IDBDatabase>} */
  const open = () =>
    new Promise((done, fail) => {
      const request = indexedDB.open('relance');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
  /** @param {IDBRequest} request */
  const result = (request) =>
    new Promise((done, fail) => {
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
  /** @param {IDBTransaction} tx */
  const completion = (tx) =>
    new Promise((done, fail) => {
      tx.oncomplete = () => done(undefined);
      tx.onerror = () => fail(tx.error);
      tx.onabort = () => fail(tx.error);
    });
  // Days after the start of the cadence for each step: the default rhythm (same day, next day,
  // +3 days, weekly for a month, then quarterly), as lib/defaults' cadence lays it out.
  const OFFSETS = [0, 1, 4, 11, 18, 25, 32, 122, 212, 242, 332, 422];
  return (async () => {
    const db = await open();
    try {
      const stagesTx = db.transaction(['stages', 'settings']);
      const stages = /** @type {{ id: string, kind: string, order: number }[]} */ (
        await result(stagesTx.objectStore('stages').getAll())
      );
      const settings = /** @type {{ defaultCadenceId?: string } | undefined} */ (
        await result(stagesTx.objectStore('settings').get('settings'))
      );
      const cadenceId = settings?.defaultCadenceId ?? 'default';
      const open = stages.filter((s) => s.kind === 'open').map((s) => s.id);
      const won = stages.find((s) => s.kind === 'won')?.id ?? 'signed';
      const lost = stages.find((s) => s.kind === 'lost')?.id ?? 'lost';
      const rand = random(from + 1);
      /** @type {Record<string, number>} */
      const counts = {
        deals: 0,
        followUps: 0,
        due: 0,
        overdue: 0,
        paused: 0,
        done: 0,
        skipped: 0,
        cancelled: 0,
      };
      /** @type {object[]} */
      let deals = [];
      /** @type {object[]} */
      let followUps = [];
      const flush = async () => {
        const tx = db.transaction(['deals', 'followUps'], 'readwrite');
        for (const deal of deals) tx.objectStore('deals').add(deal);
        for (const followUp of followUps) tx.objectStore('followUps').add(followUp);
        await completion(tx);
        deals = [];
        followUps = [];
      };
      for (let i = from; i < to; i += 1) {
        const createdAt = now - Math.floor(rand() * 730 * DAY);
        const r = rand();
        // 40% active, 5% paused, 10% replied, 15% won, 30% lost.
        const status =
          r < 0.4 ? 'active' : r < 0.45 ? 'paused' : r < 0.55 ? 'replied' : r < 0.7 ? 'won' : 'lost';
        const stageId =
          status === 'won' ? won : status === 'lost' ? lost : (open[i % open.length] ?? 'prospection');
        const closedAt =
          status === 'active' || status === 'paused' ? null : createdAt + Math.floor(rand() * 90 * DAY);
        const gmail = i % 3 !== 0;
        const deal = {
          id: `bench-deal-${i}`,
          provider: gmail ? 'gmail' : 'outlook',
          threadId: `bench-thread-${i}`,
          url: gmail
            ? `https://mail.google.com/mail/u/0/#inbox/FMfcgzBench${i}`
            : `https://outlook.office.com/mail/inbox/id/AAQkBench${i}`,
          subject: `Proposal for Company ${i % 700} (${i})`,
          account: 'rep@bench.example',
          contact: { name: `Prospect ${i}`, email: `prospect${i}@company${i % 700}.example`, phone: '' },
          company: `Company ${i % 700}`,
          offer: 'Help desk, 20 agents',
          value: { amount: 5_000 + (i % 40) * 1_000, currency: 'EUR' },
          stageId,
          stageEnteredAt: createdAt,
          doneActionIds: [],
          nextStep:
            status === 'active' && rand() < 0.5
              ? {
                  at: now + Math.floor((rand() * 20 - 5) * DAY),
                  channel: 'phone',
                  repAction: 'Prepare the pilot terms',
                  prospectAction: 'Ask the operations manager',
                  reason: '',
                }
              : null,
          cadence: { cadenceId, startedAt: createdAt },
          status,
          pausedAt: status === 'paused' ? now - 2 * DAY : null,
          pauseReason: status === 'paused' ? 'manual' : null,
          pausedUntil: null,
          replyLikely: null,
          seenMessageCount: 2 + (i % 5),
          createdAt,
          updatedAt: closedAt ?? createdAt,
        };
        deals.push(deal);
        counts.deals += 1;
        for (let step = 0; step < perDeal; step += 1) {
          const dueAt = createdAt + (OFFSETS[step] ?? step * 30) * DAY + 9 * 3_600_000;
          /** @type {string} */
          let fStatus;
          if (closedAt !== null && dueAt > closedAt) fStatus = 'cancelled';
          else if (dueAt >= now) fStatus = status === 'paused' ? 'paused' : 'due';
          else if (status === 'active' && now - dueAt < 6 * DAY && rand() < 0.6) fStatus = 'due';
          else fStatus = rand() < 0.9 ? 'done' : 'skipped';
          if (fStatus === 'due' && dueAt < now) counts.overdue = (counts.overdue ?? 0) + 1;
          counts[fStatus] = (counts[fStatus] ?? 0) + 1;
          counts.followUps = (counts.followUps ?? 0) + 1;
          followUps.push({
            id: `bench-fu-${i}-${step}`,
            dealId: deal.id,
            cadenceId,
            stepIndex: step,
            stepCount: perDeal,
            dueAt,
            channel: step === 3 ? 'phone' : 'email',
            templateKind: step === perDeal - 1 ? 'breakup' : 'relance',
            status: fStatus,
            snoozedFrom: null,
            handledAt: fStatus === 'done' || fStatus === 'skipped' ? dueAt + 3_600_000 : null,
            note: '',
            createdAt,
          });
        }
        if (deals.length + followUps.length >= batch) await flush();
      }
      if (deals.length + followUps.length > 0) await flush();
      return counts;
    } finally {
      db.close();
    }
  })();
}

/**
 * Times the database reads the popup and the worker make, in this extension page, raw IndexedDB
 * on Dexie's indexes (Dexie answers them with the same IDB calls): median of `runs`.
 * @param {{ runs: number, now: number }} options
 */
function timeQueriesInPage({ runs, now }) {
  /** @returns {Promise<IDBDatabase>} */
  const open = () =>
    new Promise((done, fail) => {
      const request = indexedDB.open('relance');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
  /** @param {IDBRequest} request */
  const result = (request) =>
    new Promise((done, fail) => {
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
  /** @param {number[]} v */
  const med = (v) => [...v].sort((a, b) => a - b)[Math.ceil(v.length / 2) - 1] ?? Number.NaN;
  return (async () => {
    const db = await open();
    try {
      const end = new Date(now);
      end.setHours(23, 59, 59, 999);
      const endOfToday = end.getTime();
      const index = () => db.transaction('followUps').objectStore('followUps').index('[status+dueAt]');
      const dueUntil = (/** @type {number} */ t) => IDBKeyRange.bound(['due', -Infinity], ['due', t]);
      /** @type {Record<string, () => Promise<unknown>>} */
      const queries = {
        // countDue(db, endOfLocalDay): the badge's figure.
        countDueToday: () => result(index().count(dueUntil(endOfToday))),
        // The popup's first page of Overdue: loadSectionFollowUps(limit 20 + 1).
        firstOverduePage: () =>
          result(index().getAll(IDBKeyRange.bound(['due', -Infinity], ['due', now], false, true), 21)),
        // notifyDue's dueFollowUps(db, now): every due follow-up record, on every alarm.
        allDueRecords: () => result(index().getAll(dueUntil(now))),
        // countReplyLikely (in every refreshReminders): the paused deals, read one by one by cursor.
        pausedDealsCursor: () =>
          new Promise((done, fail) => {
            let count = 0;
            const request = db
              .transaction('deals')
              .objectStore('deals')
              .index('status')
              .openCursor(IDBKeyRange.only('paused'));
            request.onerror = () => fail(request.error);
            request.onsuccess = () => {
              const cursor = request.result;
              if (!cursor) return done(count);
              count += 1;
              cursor.continue();
            };
          }),
        // nextDueAfter (in every refreshReminders): the first due follow-up after now.
        nextDue: () =>
          result(index().getAll(IDBKeyRange.bound(['due', now], ['due', Infinity], true, false), 1)),
        // The write under skipFollowUp, without Dexie nor the event: one due follow-up rewritten
        // unchanged (its index entries too) in a readwrite transaction, until it commits.
        rewriteOne: async () => {
          const [record] = /** @type {unknown[]} */ (await result(index().getAll(dueUntil(Infinity), 1)));
          if (!record) return 0;
          const tx = db.transaction('followUps', 'readwrite');
          tx.objectStore('followUps').put(record);
          await new Promise((done, fail) => {
            tx.oncomplete = () => done(undefined);
            tx.onerror = () => fail(tx.error);
          });
          return 1;
        },
        // loadAppointments: every deal (no index on a deal's next step).
        allDeals: () => result(db.transaction('deals').objectStore('deals').getAll()),
      };
      /** @type {Record<string, { ms: number, answer: number }>} */
      const out = {};
      for (const [name, query] of Object.entries(queries)) {
        /** @type {number[]} */
        const times = [];
        let answer = 0;
        for (let i = 0; i < runs; i += 1) {
          const t0 = performance.now();
          const value = await query();
          times.push(performance.now() - t0);
          answer = Array.isArray(value) ? value.length : Number(value);
        }
        out[name] = { ms: med(times), answer };
      }
      return out;
    } finally {
      db.close();
    }
  })();
}

/**
 * Protocol round trips from this extension page (the @webext-core/messaging framing), timed with
 * performance.now() around chrome.runtime.sendMessage: median of each.
 * @param {{ runs: number, skipIds: string[] }} options
 */
function timeRoundTripsInPage({ runs, skipIds }) {
  /** @param {string} type @param {unknown} data */
  const send = (type, data) =>
    new Promise((done) =>
      chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }, done),
    );
  /** @param {number[]} v */
  const med = (v) => [...v].sort((a, b) => a - b)[Math.ceil(v.length / 2) - 1] ?? Number.NaN;
  return (async () => {
    /** @param {(i: number) => [string, unknown]} message */
    const time = async (message) => {
      /** @type {number[]} */
      const times = [];
      /** @type {unknown} */
      let last;
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
      // No write of its own: validation + refreshReminders (badge and alarms rebuilt).
      recompute: await time(() => ['settingsChanged', undefined]),
      // One write (a due follow-up skipped, an event logged) + refreshReminders.
      skip: await time((i) => ['skipFollowUp', { followUpId: skipIds[i] ?? 'bench-none' }]),
    };
  })();
}

/**
 * Opens popup.html in a fresh tab; resolves with performance.now() (from its navigation start)
 * when the first [data-testid=popup-row] is in the DOM, seen by a MutationObserver installed
 * before the popup's scripts run — and, to tell the code's cost from the data's, when #root first
 * had content (React's first render, the loading line) and DOMContentLoaded (scripts run).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin
 */
async function popupFirstRow(context, origin) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await popupFirstRowOnce(context, origin);
    } catch (error) {
      // Seen once on this machine: the tab closed under Playwright. Say so, try again once.
      console.error(
        `popup run failed (attempt ${attempt}): ${error instanceof Error ? error.message : error}`,
      );
      if (attempt >= 2) throw error;
    }
  }
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin
 */
async function popupFirstRowOnce(context, origin) {
  const page = await context.newPage();
  page.on('crash', () => console.error('the popup tab crashed'));
  try {
    await page.addInitScript(() => {
      const scope = /** @type {Window & { relanceBenchFirstRow?: number, relanceBenchShell?: number }} */ (
        window
      );
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
    await page.goto(`${origin}popup.html`);
    // One call reads all three once the first row is there (no second round trip to the tab).
    const handle = await page.waitForFunction(
      () => {
        const scope = /** @type {Window & { relanceBenchFirstRow?: number, relanceBenchShell?: number }} */ (
          window
        );
        if (scope.relanceBenchFirstRow === undefined) return null;
        const [navigation] = /** @type {PerformanceNavigationTiming[]} */ (
          performance.getEntriesByType('navigation')
        );
        return {
          firstRow: scope.relanceBenchFirstRow,
          shell: scope.relanceBenchShell ?? Number.NaN,
          domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN,
        };
      },
      undefined,
      { timeout: 30_000, polling: 50 },
    );
    const timing = /** @type {{ firstRow: number, shell: number, domContentLoaded: number }} */ (
      await handle.jsonValue()
    );
    // Let the popup finish what it reads after the rows (section counts, every deal for today's
    // appointments) before the next run, so a run never waits behind the previous one's reads.
    await page
      .locator('[data-testid=due-count]')
      .waitFor({ timeout: 10_000 })
      .catch(() => {});
    await sleep(1_000);
    return timing;
  } finally {
    await page.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Runs

/** @type {Map<string, { with: NavigationRun, without: NavigationRun }>} */
const navigationRuns = new Map();
/** @type {{ deals: number, followUps: number, counts: Record<string, number>, seedS: number, popupMs: number[],
 *   shellMs: number[], domContentLoadedMs: number[],
 *   queries: Record<string, { ms: number, answer: number }>,
 *   trips: Record<string, { ms: number, last: string }> }[]} */
const scaleRuns = [];

try {
  // Without the extension first, so the two browsers never run at the same time.
  /** @type {Map<string, NavigationRun>} */
  const without = new Map();
  console.error('Navigations without the extension…');
  const plain = await launch(false);
  try {
    for (const webmail of WEBMAILS) without.set(webmail.name, await runNavigations(plain, webmail, false));
  } finally {
    await plain.close();
  }

  console.error('Navigations with the extension…');
  const context = await launch(true);
  try {
    const extensionId = unpackedExtensionId(EXTENSION_DIR);
    const origin = `chrome-extension://${extensionId}/`;
    if (!context.serviceWorkers().some((w) => w.url().startsWith(origin))) {
      await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith(origin),
        timeout: 20_000,
      });
    }
    for (const webmail of WEBMAILS) {
      const run = await runNavigations(context, webmail, true);
      const plainRun = without.get(webmail.name);
      if (plainRun) navigationRuns.set(webmail.name, { with: run, without: plainRun });
    }

    if (!flags['no-scale']) {
      const tab = await context.newPage();
      // Any document of the extension's origin reaches its IndexedDB; the manifest runs no script.
      await tab.goto(`${origin}manifest.json`);
      // The worker creates and seeds the database when it first starts: wait for the built-in stages.
      const deadline = Date.now() + 20_000;
      while (
        !(await tab.evaluate(async () => {
          const names = (await indexedDB.databases()).map((d) => d.name);
          if (!names.includes('relance')) return false;
          return new Promise((done) => {
            const request = indexedDB.open('relance');
            request.onsuccess = () => {
              const db = request.result;
              if (!db.objectStoreNames.contains('stages')) {
                db.close();
                done(false);
                return;
              }
              const count = db.transaction('stages').objectStore('stages').count();
              count.onsuccess = () => {
                db.close();
                done(count.result > 0);
              };
            };
            request.onerror = () => done(false);
          });
        }))
      ) {
        if (Date.now() > deadline) throw new Error('the extension did not create its database within 20 s');
        await sleep(200);
      }

      let seeded = 0;
      for (const scale of SCALES) {
        console.error(`Seeding ${fmtInt(scale.deals)} deals…`);
        const now = Date.now();
        const seedStarted = Date.now();
        const counts = await tab.evaluate(seedInPage, {
          from: seeded,
          to: scale.deals,
          perDeal: scale.followUpsPerDeal,
          now,
          batch: BATCH,
        });
        const seedS = (Date.now() - seedStarted) / 1000;
        seeded = scale.deals;
        const previous = scaleRuns.at(-1)?.counts;
        if (previous)
          for (const [key, value] of Object.entries(previous)) counts[key] = (counts[key] ?? 0) + value;
        // The badge as a rep would see it after the import.
        await tab.evaluate(
          () =>
            new Promise((done) =>
              chrome.runtime.sendMessage(
                { id: 1, type: 'settingsChanged', data: undefined, timestamp: 1 },
                done,
              ),
            ),
        );
        // A bulk write leaves IndexedDB compacting for a while: let it settle, and open the popup once
        // uncounted (its code then comes from the cache, as for a rep who opened it before).
        await sleep(SETTLE_AFTER_SEED_MS);
        await popupFirstRow(context, origin);
        const popup = [];
        for (let i = 0; i < POPUP_RUNS; i += 1) popup.push(await popupFirstRow(context, origin));
        const queries = await tab.evaluate(timeQueriesInPage, { runs: QUERY_RUNS, now: Date.now() });
        const skipIds = await tab.evaluate(
          ({ count }) =>
            new Promise((done, fail) => {
              const request = indexedDB.open('relance');
              request.onerror = () => fail(request.error);
              request.onsuccess = () => {
                const db = request.result;
                const range = IDBKeyRange.bound(['due', -Infinity], ['due', Infinity]);
                const keys = db
                  .transaction('followUps')
                  .objectStore('followUps')
                  .index('[status+dueAt]')
                  .getAllKeys(range, count);
                keys.onsuccess = () => {
                  db.close();
                  done(/** @type {string[]} */ (keys.result));
                };
                keys.onerror = () => fail(keys.error);
              };
            }),
          { count: ROUND_TRIP_RUNS },
        );
        const trips = await tab.evaluate(timeRoundTripsInPage, { runs: ROUND_TRIP_RUNS, skipIds });
        scaleRuns.push({
          deals: counts.deals ?? 0,
          followUps: counts.followUps ?? 0,
          counts,
          seedS,
          popupMs: popup.map((p) => p.firstRow),
          shellMs: popup.map((p) => p.shell),
          domContentLoadedMs: popup.map((p) => p.domContentLoaded),
          queries,
          trips,
        });
      }
      await tab.close();
    }
  } finally {
    await context.close();
  }
} finally {
  await server.close();
  for (const dir of profiles) await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
}

// ---------------------------------------------------------------------------------------------
// Report

say(
  `\n### Thread panel: ${NAVIGATIONS} in-place navigations between fixture threads per webmail (after ${WARM_UP_NAVIGATIONS} warm-up)\n`,
);
say(
  table(
    ['webmail', 'panel ready after the thread appears: median', 'p95', 'min–max', 'ready & visible'],
    [...navigationRuns].map(([name, { with: run }]) => {
      const ok = run.panelMs.filter(Number.isFinite);
      return [
        name,
        fmtMs(median(run.panelMs)),
        fmtMs(quantile(run.panelMs, 0.95)),
        `${fmtMs(Math.min(...ok))}–${fmtMs(Math.max(...ok))}`,
        `${run.visible}/${run.panelMs.length}`,
      ];
    }),
  ),
);
say(
  `\nMain-thread time of those navigations (CDP Performance.getMetrics deltas; each navigation swaps the body, then waits for the panel — with the extension — and ${SETTLE_MS} ms in both browsers). TaskDuration is wall time of each task, so CPU contention on a small machine swings the ratio from run to run; ScriptDuration is the steadier figure:\n`,
);
say(
  table(
    [
      'webmail',
      'task time without',
      'task time with',
      'ratio',
      'extra per navigation',
      'extra script per navigation',
      'script without → with',
      'layout+style without → with',
    ],
    [...navigationRuns].map(([name, runs]) => [
      name,
      fmtMs(runs.without.taskS * 1000),
      fmtMs(runs.with.taskS * 1000),
      `×${(runs.with.taskS / runs.without.taskS).toFixed(2)}`,
      fmtMs(((runs.with.taskS - runs.without.taskS) * 1000) / NAVIGATIONS),
      fmtMs(((runs.with.scriptS - runs.without.scriptS) * 1000) / NAVIGATIONS),
      `${fmtMs(runs.without.scriptS * 1000)} → ${fmtMs(runs.with.scriptS * 1000)}`,
      `${fmtMs((runs.without.layoutS + runs.without.styleS) * 1000)} → ${fmtMs((runs.with.layoutS + runs.with.styleS) * 1000)}`,
    ]),
  ),
);
say(
  '\nJS heap of the page (CDP HeapProfiler.collectGarbage ×2, then Runtime.getHeapUsage; the content script lives in an isolated world of the same V8 isolate, which the protocol does not report apart, so its cost is the difference):\n',
);
say(
  table(
    [
      'webmail',
      'after load: without → with',
      'difference',
      `after ${NAVIGATIONS + WARM_UP_NAVIGATIONS} navigations: without → with`,
      'difference',
    ],
    [...navigationRuns].map(([name, runs]) => [
      name,
      `${fmtMB(runs.without.heapAfterLoad)} → ${fmtMB(runs.with.heapAfterLoad)}`,
      fmtMB(runs.with.heapAfterLoad - runs.without.heapAfterLoad),
      `${fmtMB(runs.without.heapAfterNavigations)} → ${fmtMB(runs.with.heapAfterNavigations)}`,
      fmtMB(runs.with.heapAfterNavigations - runs.without.heapAfterNavigations),
    ]),
  ),
);

if (scaleRuns.length > 0) {
  say(
    `\n### Scale: a seeded pipeline (${scaleRuns.map((s) => `${fmtInt(s.deals)} deals / ${fmtInt(s.followUps)} follow-ups`).join(', then ')})\n`,
  );
  say(
    table(
      ['', ...scaleRuns.map((s) => `${fmtInt(s.deals)} deals, ${fmtInt(s.followUps)} follow-ups`)],
      [
        [
          'follow-ups due (overdue) / paused / done / skipped / cancelled',
          ...scaleRuns.map(
            (s) =>
              `${fmtInt(s.counts.due ?? 0)} (${fmtInt(s.counts.overdue ?? 0)}) / ${fmtInt(s.counts.paused ?? 0)} / ${fmtInt(s.counts.done ?? 0)} / ${fmtInt(s.counts.skipped ?? 0)} / ${fmtInt(s.counts.cancelled ?? 0)}`,
          ),
        ],
        [
          'seeding (raw IndexedDB, 5,000 records per transaction)',
          ...scaleRuns.map((s) => `${s.seedS.toFixed(1)} s`),
        ],
        [
          `popup: first due row, from navigation start (median of ${POPUP_RUNS} fresh tabs, after 1 uncounted)`,
          ...scaleRuns.map(
            (s) => `${fmtMs(median(s.popupMs))} (${s.popupMs.map((ms) => ms.toFixed(0)).join(', ')})`,
          ),
        ],
        [
          'popup: DOMContentLoaded / first render of #root (the code alone; medians)',
          ...scaleRuns.map((s) => `${fmtMs(median(s.domContentLoadedMs))} / ${fmtMs(median(s.shellMs))}`),
        ],
        [
          `due today: count on [status+dueAt] (countDue; median of ${QUERY_RUNS})`,
          ...scaleRuns.map(
            (s) =>
              `${fmtMs(s.queries.countDueToday?.ms ?? Number.NaN)} → ${fmtInt(s.queries.countDueToday?.answer ?? 0)}`,
          ),
        ],
        [
          'popup: first page of Overdue (21 records by index)',
          ...scaleRuns.map((s) => fmtMs(s.queries.firstOverduePage?.ms ?? Number.NaN)),
        ],
        [
          'worker: every due record until now (notifyDue, each alarm)',
          ...scaleRuns.map(
            (s) =>
              `${fmtMs(s.queries.allDueRecords?.ms ?? Number.NaN)} → ${fmtInt(s.queries.allDueRecords?.answer ?? 0)} records`,
          ),
        ],
        [
          'one follow-up rewritten (raw put + commit, the write under skipFollowUp)',
          ...scaleRuns.map((s) => fmtMs(s.queries.rewriteOne?.ms ?? Number.NaN)),
        ],
        [
          'worker: paused deals by cursor (countReplyLikely, each recompute)',
          ...scaleRuns.map(
            (s) =>
              `${fmtMs(s.queries.pausedDealsCursor?.ms ?? Number.NaN)} → ${fmtInt(s.queries.pausedDealsCursor?.answer ?? 0)} records`,
          ),
        ],
        [
          'worker: next due after now (nextDueAfter, each recompute)',
          ...scaleRuns.map((s) => fmtMs(s.queries.nextDue?.ms ?? Number.NaN)),
        ],
        [
          "popup: every deal (today's appointments, after the rows)",
          ...scaleRuns.map(
            (s) =>
              `${fmtMs(s.queries.allDeals?.ms ?? Number.NaN)} → ${fmtInt(s.queries.allDeals?.answer ?? 0)} records`,
          ),
        ],
        [
          `round trip, read-only message (messaging overhead; median of ${ROUND_TRIP_RUNS})`,
          ...scaleRuns.map((s) => fmtMs(s.trips.readOnly?.ms ?? Number.NaN)),
        ],
        [
          'round trip, `settingsChanged` (badge + alarms recompute, no write)',
          ...scaleRuns.map((s) => fmtMs(s.trips.recompute?.ms ?? Number.NaN)),
        ],
        [
          'round trip, `skipFollowUp` (one write + recompute)',
          ...scaleRuns.map((s) => fmtMs(s.trips.skip?.ms ?? Number.NaN)),
        ],
      ],
    ),
  );
}

say(
  `\nTimes are medians on a noisy machine, never asserted; only the size budget fails the run. Whole bench: ${((Date.now() - benchStarted) / 1000).toFixed(0)} s after the build.`,
);
if (overBudget.length > 0) {
  say(
    `\n**FAIL**: over the ${fmtInt(CONTENT_SCRIPT_GZIP_BUDGET)} B gzip budget: ${overBudget.map((s) => `${s.file} (${fmtInt(s.gzip)} B)`).join(', ')}.`,
  );
}

const out = resolve(flags.out ?? join(ROOT, '.output', 'bench', 'results.md'));
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${report.join('\n')}\n`);
console.error(`\nWritten to ${relative(process.cwd(), out) || out}`);
process.exit(overBudget.length > 0 ? 1 : 0);
