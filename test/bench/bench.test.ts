// `npm run bench`: what Relance costs the webmail and how it scales (issue 12), measured on the
// built extension in real Chromium against the saved webmail pages, with the e2e harness
// (test/e2e/harness.ts, helpers.ts) and the product's own code: the e2e's in-place navigation, the
// use cases seeding the database, the popup's and the worker's own queries. It prints one markdown
// report, writes it to .output/bench/results.md and the figures to .output/bench/results.json. It
// never asserts a time (these machines are noisy): only a size over its gzip budget (a content
// script, or the popup's JavaScript) fails the run.
//
//   npm run bench                               build, then measure
//   RELANCE_BENCH_NO_BUILD=1 npm run bench      measure the last build in .output/chrome-mv3
//   RELANCE_BENCH_NAVIGATIONS=100               in-place navigations per webmail (default 30)
//   RELANCE_BENCH_NO_SCALE=1                    no seeded database (10,000 deals)
//   RELANCE_BENCH_SCALES=1000,10000             other pipeline sizes (deals; default 10000)
//   RELANCE_BENCH_LIVED=200                     deals lived through the use cases (the rest are copies)
//   RELANCE_BENCH_OUT=FILE                      where the markdown goes (results.json beside it)
//
// Modules: sizes.ts (bytes), panel.ts (navigations, main-thread time, heap), scale.ts (seeded
// pipeline, popup, deals page, queries, round trips), page-module.ts (what runs in the extension page),
// bundle.ts (that module as one script, by Vite), report.ts (markdown and JSON).
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, ROOT } from '../../scripts/chromium.mjs';
import {
  FIXTURE_DIRS,
  launchPlain,
  launchRelance,
  startWebmailServer,
  type WebmailServer,
} from '../e2e/harness';
import { bundlePageModule } from './bundle';
import { type NavigationRun, runNavigations, SETTLE_MS, WARM_UP_NAVIGATIONS, WEBMAILS } from './panel';
import { fmtInt, fmtKB, panelSection, resultsOf, scaleSection, sizesSection, table } from './report';
import { POPUP_RUNS, QUERY_RUNS, ROUND_TRIP_RUNS, runScales, type ScaleRun } from './scale';
import {
  CONTENT_SCRIPT_GZIP_BUDGET,
  contentScriptSizes,
  type FileSize,
  onDemandSizes,
  POPUP_JS_GZIP_BUDGET,
  popupJavaScript,
} from './sizes';

const NAVIGATIONS = Number(process.env.RELANCE_BENCH_NAVIGATIONS ?? '30');
const NO_SCALE = process.env.RELANCE_BENCH_NO_SCALE === '1';
const OUT = resolve(process.env.RELANCE_BENCH_OUT ?? join(ROOT, '.output', 'bench', 'results.md'));
if (!Number.isInteger(NAVIGATIONS) || NAVIGATIONS < 2)
  throw new Error('RELANCE_BENCH_NAVIGATIONS must be an integer ≥ 2');

const report: string[] = [];
const say = (text: string) => {
  report.push(text);
  console.log(text);
};
const log = (text: string) => console.error(text);

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
}
function commitOf(): string {
  try {
    const head = git(['rev-parse', '--short', 'HEAD']);
    return git(['status', '--porcelain']) !== '' ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

const started = Date.now();
const when = new Date();
const commit = commitOf();
let server: WebmailServer;
let sizes: FileSize[] = [];
let popup = { files: [] as string[], gzip: 0, raw: 0 };
const navigation = new Map<string, { with: NavigationRun; without: NavigationRun }>();
let scale: ScaleRun[] = [];

beforeAll(async () => {
  server = await startWebmailServer({ pageDirs: FIXTURE_DIRS });
  let chromium = findChromium();
  try {
    chromium = execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // the path will do
  }
  const cpus = os.cpus();
  say(`## Relance bench — ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}\n`);
  say(
    table(
      ['machine', ''],
      [
        ['CPU', `${cpus[0]?.model ?? 'unknown'} × ${cpus.length} (os.cpus)`],
        ['RAM', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
        ['OS', `${os.type()} ${os.release()} ${os.arch()}`],
        ['Node', process.version],
        ['Chromium', `${chromium} (headless)`],
      ],
    ),
  );
});

afterAll(async () => {
  await server?.close();
  say(
    `\nTimes are medians on a noisy machine, never asserted; only the size budget fails the run. Whole bench: ${((Date.now() - started) / 1000).toFixed(0)} s after the build.`,
  );
  const over = sizes.filter((s) => s.over === true);
  if (popup.gzip > POPUP_JS_GZIP_BUDGET) {
    say(
      `\n**FAIL**: popup.html loads ${fmtInt(popup.gzip)} B of gzip JavaScript, over its ${fmtInt(POPUP_JS_GZIP_BUDGET)} B budget.`,
    );
  }
  if (over.length > 0) {
    say(
      `\n**FAIL**: over the ${fmtInt(CONTENT_SCRIPT_GZIP_BUDGET)} B gzip budget: ${over.map((s) => `${s.file} (${fmtInt(s.gzip)} B)`).join(', ')}.`,
    );
  }
  await mkdir(dirname(OUT), { recursive: true });
  await writeFile(OUT, `${report.join('\n')}\n`);
  const results = resultsOf({ commit, when, sizes, popupJsGzip: popup.gzip, panel: navigation, scale });
  const json = join(dirname(OUT), 'results.json');
  await writeFile(json, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nWritten to ${OUT} and ${json}`);
});

describe.sequential('the bench', () => {
  it('sizes: what is injected into the webmail, what the popup loads', () => {
    sizes = [...contentScriptSizes(WEBMAILS.map((w) => w.script)), ...onDemandSizes()];
    popup = popupJavaScript();
    say(`\n${sizesSection(sizes, popup)}`);
  });

  it('panel: in-place navigations without, then with the extension', async () => {
    // Without the extension first, so the two browsers never run at the same time.
    log('Navigations without the extension…');
    const without = new Map<string, NavigationRun>();
    const plain = await launchPlain(server);
    try {
      for (const webmail of WEBMAILS)
        without.set(webmail.name, await runNavigations(plain.context, server, webmail, false, NAVIGATIONS));
    } finally {
      await plain.close();
    }
    log('Navigations with the extension…');
    const relance = await launchRelance({ server });
    try {
      for (const webmail of WEBMAILS) {
        const run = await runNavigations(relance.context, server, webmail, true, NAVIGATIONS);
        const plainRun = without.get(webmail.name);
        if (plainRun) navigation.set(webmail.name, { with: run, without: plainRun });
      }
    } finally {
      await relance.close();
    }
    say(`\n${panelSection(navigation, NAVIGATIONS, WARM_UP_NAVIGATIONS, SETTLE_MS)}`);
  });

  it('scale: a seeded pipeline, the popup, the queries, the round trips', async () => {
    if (NO_SCALE) {
      log('RELANCE_BENCH_NO_SCALE=1: no seeded pipeline.');
      return;
    }
    const code = await bundlePageModule();
    log(
      `The bench's page module: ${fmtKB(code.length)} of the product's code (lib/db, lib/services, lib/popup, lib/reminders).`,
    );
    const relance = await launchRelance({ server });
    try {
      scale = await runScales(relance, code, log);
    } finally {
      await relance.close();
    }
    say(`\n${scaleSection(scale, POPUP_RUNS, QUERY_RUNS, ROUND_TRIP_RUNS)}`);
  });

  it(`content scripts within the ${fmtInt(CONTENT_SCRIPT_GZIP_BUDGET)} B gzip budget`, () => {
    expect(sizes.filter((s) => s.over === true).map((s) => `${s.file}: ${fmtInt(s.gzip)} B gzip`)).toEqual(
      [],
    );
  });

  it(`the popup's JavaScript within the ${fmtInt(POPUP_JS_GZIP_BUDGET)} B gzip budget`, () => {
    expect(popup.files.length).toBeGreaterThan(0);
    expect(popup.gzip).toBeLessThanOrEqual(POPUP_JS_GZIP_BUDGET);
  });
});
