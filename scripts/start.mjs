// `npm start`: builds Relance, serves the demo mailbox (test/fixtures/demo) under the real webmail
// host names, and opens Chromium with the extension loaded on the demo inbox and threads.
//
//   npm start                      build, then a headed Chromium (headless when there is no display)
//   npm start -- --check           the same, headless; checks that the demo thread loaded, prints OK, exits
//   npm start -- --no-build        use the last build in .output/chrome-mv3
//   npm start -- --profile DIR     keep the browser profile (and Relance's data) in DIR between runs
//   npm start -- --port N          serve the pages on port N instead of a free one
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
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

const DEMO_DIR = join(ROOT, 'test/fixtures/demo');
/** The pages opened at start, in this order; the second is the thread `--check` verifies. */
const OPEN_AT_START = ['demo-gmail-inbox', 'demo-gmail-considering', 'demo-outlook-fr'];
const CHECKED_THREAD = 'demo-gmail-considering';

/** @param {string} message */
function fail(message) {
  console.error(`\nnpm start: ${message}`);
  process.exit(1);
}

const { values: flags } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    profile: { type: 'string' },
    port: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (flags.help) {
  console.log('npm start [-- --check] [-- --no-build] [-- --profile DIR] [-- --port N]');
  process.exit(0);
}
const check = flags.check === true;

let executablePath = '';
try {
  executablePath = findChromium();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

if (!flags['no-build']) {
  console.log('Building the extension (npx wxt build)…');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.error || build.status !== 0) fail('`npx wxt build` failed; see its output above.');
}
try {
  assertExtensionBuilt();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const server = await startWebmailServer({
  pageDirs: [DEMO_DIR],
  port: flags.port ? Number(flags.port) : 0,
});
const profileDir = flags.profile ? resolve(flags.profile) : await mkdtemp(join(tmpdir(), 'relance-demo-'));
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = check || !hasDisplay;

/** @type {import('playwright-core').BrowserContext} */
let context;
try {
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless,
    ignoreHTTPSErrors: true,
    viewport: headless ? { width: 1440, height: 900 } : null,
    args: [
      ...chromiumArgs({ extensionDir: EXTENSION_DIR, hostRules: server.hostRules }),
      '--start-maximized',
    ],
    env: chromiumEnv(),
    // This script cleans up on Ctrl-C itself (Playwright's handlers would exit before the profile is removed).
    handleSIGINT: false,
    handleSIGTERM: false,
  });
} catch (error) {
  await server.close();
  if (!flags.profile) await rm(profileDir, { recursive: true, force: true }).catch(() => {});
  fail(`Chromium did not start: ${error instanceof Error ? error.message : String(error)}`);
  throw error;
}

let stopping = false;
/** @param {number} code */
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await context.close().catch(() => {});
  await server.close().catch(() => {});
  if (!flags.profile) await rm(profileDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
  process.exit(code);
}
process.once('SIGINT', () => {
  console.log('\nStopping…');
  void stop(0);
});
process.once('SIGTERM', () => void stop(0));
context.on('close', () => {
  if (!stopping) {
    console.log('The browser was closed: stopping.');
    void stop(0);
  }
});

try {
  const extensionId = unpackedExtensionId(EXTENSION_DIR);
  const isOurs = (/** @type {import('playwright-core').Worker} */ worker) =>
    worker.url().startsWith(`chrome-extension://${extensionId}/`);
  const worker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 }).catch(() => null));
  if (!worker && !check) {
    console.warn('Warning: the extension service worker has not started (yet).');
  }

  // The persistent context opens with one blank tab: use it for the first page.
  const [blank] = context.pages();
  /** @type {Map<string, import('playwright-core').Page>} */
  const opened = new Map();
  for (const name of OPEN_AT_START) {
    const page = opened.size === 0 && blank ? blank : await context.newPage();
    const fixture = server.select(name);
    const response = await page.goto(fixture.url, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`${fixture.url} answered ${response?.status()}`);
    opened.set(name, page);
  }
  await opened.get('demo-gmail-inbox')?.bringToFront();

  if (check) {
    const thread = server.pages.get(CHECKED_THREAD);
    const page = opened.get(CHECKED_THREAD);
    if (!worker) throw new Error("the extension's service worker did not start within 20 s");
    if (!thread || !page) throw new Error(`no ${CHECKED_THREAD} page`);
    if (page.url() !== thread.url) throw new Error(`the thread opened at ${page.url()}, not ${thread.url}`);
    const title = await page.title();
    if (!title.startsWith('Re: BrightDesk for Harbor Coffee')) throw new Error(`unexpected title: ${title}`);
    const subject = await page.locator('h2[data-legacy-thread-id]').textContent();
    if (!subject?.includes('Harbor Coffee')) throw new Error(`the thread's subject is ${subject}`);
    // Relance's panel shows in the thread, inside its shadow root.
    await page.locator('relance-panel [data-testid=panel]').waitFor({ state: 'visible', timeout: 10_000 });
    // The inbox rows are links that load the threads.
    const inbox = opened.get('demo-gmail-inbox');
    if (!inbox) throw new Error('no inbox page');
    await Promise.all([inbox.waitForURL(thread.url), inbox.locator(`a[href="${thread.url}"]`).click()]);
    if ((await inbox.title()) !== title) throw new Error('the inbox link did not open the thread');
    console.log(`OK: Relance ${extensionId} loaded; ${thread.url} opened with "${title}" and the panel`);
    await stop(0);
  }

  const rel = relative(process.cwd(), EXTENSION_DIR) || EXTENSION_DIR;
  console.log(`
Relance demo is running.
  Extension   ${rel} (id ${extensionId})
  Webmail     https://127.0.0.1:${server.port}, serving ${relative(process.cwd(), DEMO_DIR)} as the real host names
  Browser     ${headless ? 'headless' : 'Chromium window'}, profile ${profileDir}${flags.profile ? '' : ' (removed on exit)'}
  Pages (these URLs reach the demo only in the browser started here):`);
  for (const page of server.pages.values()) console.log(`    ${page.name.padEnd(24)} ${page.url}`);
  if (!hasDisplay) {
    console.log(`
  There is no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so Chromium runs headless:
  the pages above are open, but there is no window to show. Run \`npm start\` on a desktop session
  to see them, or load Relance into your own browser as below.`);
  }
  console.log(`
Load Relance into your own browser:
  Chrome / Chromium / Edge: chrome://extensions → Developer mode → Load unpacked → ${rel}
  Firefox: npm run build:firefox, then about:debugging#/runtime/this-firefox
           → Load Temporary Add-on… → .output/firefox-mv2/manifest.json

Ctrl-C to stop${headless ? '' : ' (or close the browser)'}.`);
} catch (error) {
  console.error(`\nnpm start: ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
}
