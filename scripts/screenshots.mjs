// `npm run screenshots -- PLAN.json`: looks at what was built. Runs the built extension
// (.output/chrome-mv3) in headless Chromium on the saved webmail pages served under their real host
// names (as the e2e tests and `npm start` do), plays each shot's steps and saves a PNG per shot, per
// language and per theme: OUT/NAME-LANG-THEME.png.
//
// A plan (JSON):
//   {
//     "out": "/tmp/shots",                    // where the PNGs go (default .output/screenshots)
//     "langs": ["en", "fr"],                  // Chromium's UI language (default both)
//     "themes": ["light", "dark"],            // prefers-color-scheme (default both)
//     "shots": [
//       { "name": "gmail-bar", "page": "gmail-02-four-messages-cc",     // a fixture page's name…
//         "steps": [ { "click": "relance-panel [data-testid=track]" },
//                    { "wait": "relance-panel [data-status=ready]" } ] },
//       { "name": "popup", "page": "ext:popup.html", "size": [420, 600] } // …or an extension page
//     ]
//   }
// Steps, played in order: {"click": SEL}, {"fill": [SEL, TEXT]}, {"press": KEY}, {"wait": SEL},
// {"hover": SEL}, {"style": CSS} (added to the page: e.g. a dark webmail), {"worker": JS} (evaluated
// in the service worker, awaited), {"page": JS} (evaluated in the page), {"goto": PAGE}, {"scroll": SEL},
// {"full": true} (the next capture takes the whole page). Each language × theme runs in a fresh
// profile, the shots in order, so later shots see what earlier ones did (a deal tracked stays).
// `--no-build` is implied: build first (`npm run build`).
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

const PAGE_DIRS = ['webmail', 'gmail-extra', 'outlook-extra', 'demo'].map((d) =>
  join(ROOT, 'test/fixtures', d),
);

const planFile = process.argv[2];
if (!planFile) {
  console.error(
    'usage: npm run screenshots -- PLAN.json   (see the comment at the top of scripts/screenshots.mjs)',
  );
  process.exit(2);
}
const plan = JSON.parse(await readFile(resolve(planFile), 'utf8'));
const out = resolve(plan.out ?? join(ROOT, '.output/screenshots'));
await mkdir(out, { recursive: true });
assertExtensionBuilt();
const executablePath = findChromium();
const extensionId = unpackedExtensionId(EXTENSION_DIR);
const server = await startWebmailServer({ pageDirs: PAGE_DIRS });
const saved = [];
try {
  for (const lang of plan.langs ?? ['en', 'fr']) {
    for (const theme of plan.themes ?? ['light', 'dark']) {
      const profile = await mkdtemp(join(tmpdir(), 'relance-shots-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath,
        headless: true,
        ignoreHTTPSErrors: true,
        viewport: { width: 1440, height: 900 },
        colorScheme: theme,
        locale: lang,
        args: chromiumArgs({ extensionDir: EXTENSION_DIR, hostRules: server.hostRules, locale: lang }),
        env: chromiumEnv(lang),
      });
      try {
        const isOurs = (w) => w.url().startsWith(`chrome-extension://${extensionId}/`);
        const worker = async () =>
          context.serviceWorkers().find(isOurs) ??
          (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 }));
        await worker();
        const urlOf = (name) =>
          name.startsWith('ext:')
            ? `chrome-extension://${extensionId}/${name.slice(4)}`
            : server.select(name).url;
        for (const shot of plan.shots) {
          const page = await context.newPage();
          const [width, height] = shot.size ?? [1440, 900];
          await page.setViewportSize({ width, height });
          await page.goto(urlOf(shot.page), { waitUntil: 'load' });
          let full = false;
          for (const step of shot.steps ?? []) {
            if (step.click) await page.locator(step.click).first().click();
            else if (step.fill) await page.locator(step.fill[0]).first().fill(step.fill[1]);
            else if (step.press) await page.keyboard.press(step.press);
            else if (step.wait)
              await page.locator(step.wait).first().waitFor({ state: 'visible', timeout: 15_000 });
            else if (step.hover) await page.locator(step.hover).first().hover();
            else if (step.scroll) await page.locator(step.scroll).first().scrollIntoViewIfNeeded();
            else if (step.style) await page.addStyleTag({ content: step.style });
            else if (step.worker) await (await worker()).evaluate(`(async () => { ${step.worker} })()`);
            else if (step.page) await page.evaluate(`(async () => { ${step.page} })()`);
            else if (step.goto) await page.goto(urlOf(step.goto), { waitUntil: 'load' });
            else if (step.full) full = true;
          }
          // Let fonts and the panel's last render settle before the capture (a picture, not an assertion).
          await page.evaluate(
            () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
          );
          const file = join(out, `${shot.name}-${lang}-${theme}.png`);
          await page.screenshot({ path: file, fullPage: full });
          saved.push(file);
          await page.close();
        }
      } finally {
        await context.close();
        await rm(profile, { recursive: true, force: true }).catch(() => {});
      }
    }
  }
} finally {
  await server.close();
}
for (const file of saved) console.log(file);
