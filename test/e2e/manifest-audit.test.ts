// What a company's IT reads first: the built manifest and bundles (.output/chrome-mv3, built by the
// e2e global setup). Relance asks only for the permissions its code uses, reaches only the webmail
// hosts, loads no code from elsewhere, and evaluates no strings as code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEBMAIL_MATCHES } from '../../lib/mail/hosts';
import { EXTENSION_DIR, ROOT } from '../../scripts/chromium.mjs';
import { launchRelance } from './harness';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  sandbox?: unknown;
  content_scripts?: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  background?: { service_worker?: string };
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const bundles = filesUnder(EXTENSION_DIR, (name) => name.endsWith('.js'));
const pages = filesUnder(EXTENSION_DIR, (name) => name.endsWith('.html'));
/** Our own shipped source (tests and test helpers excluded). */
const source = ['lib', 'entrypoints', 'components'].flatMap((dir) =>
  filesUnder(
    join(ROOT, dir),
    (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$|test-support\.ts$/.test(name),
  ),
);
const read = (file: string) => readFileSync(file, 'utf8');

/**
 * The extension APIs that need a manifest permission. (runtime, i18n, action, tabs.query/update
 * without URLs, windows need none; the webmail hosts give tabs their URLs.)
 */
const PERMISSION_APIS = [
  'alarms',
  'bookmarks',
  'browsingData',
  'contextMenus',
  'cookies',
  'debugger',
  'declarativeNetRequest',
  'downloads',
  'history',
  'identity',
  'idle',
  'management',
  'notifications',
  'offscreen',
  'proxy',
  'scripting',
  'sidePanel',
  'storage',
  'tabGroups',
  'topSites',
  'webNavigation',
  'webRequest',
];

describe('the built manifest', () => {
  it('asks for exactly alarms, notifications and scripting', () => {
    // alarms: entrypoints/background/reminders.ts schedules the next due follow-up, the day change
    //   and the safety alarm (browser.alarms.create/get/clear), and alarms.ts listens to onAlarm.
    // notifications: entrypoints/background/notifications.ts shows a due follow-up
    //   (browser.notifications.create/clear) and handles its clicks (onClicked).
    // scripting: entrypoints/background/panel-details.ts injects the thread panel's details into
    //   the webmail frame that asked for them (browser.scripting.executeScript; no install warning:
    //   the webmail hosts are already granted).
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['alarms', 'notifications', 'scripting']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('asks for every permission the code uses, and none it does not use', () => {
    const used = new Map<string, string[]>();
    for (const file of source) {
      for (const [, api] of read(file).matchAll(/\b(?:browser|chrome)\.(\w+)\./g)) {
        if (api && PERMISSION_APIS.includes(api))
          used.set(api, [...(used.get(api) ?? []), relative(ROOT, file)]);
      }
    }
    expect([...used.keys()].sort()).toEqual([...(manifest.permissions ?? [])].sort());
    // Where, so a reader can check the comment above.
    expect(used.get('alarms')).toContain('entrypoints/background/reminders.ts');
    expect(used.get('notifications')).toContain('entrypoints/background/notifications.ts');
    expect(used.get('scripting')).toEqual(['entrypoints/background/panel-details.ts']);
  });

  it('reaches exactly the webmail hosts of lib/mail/hosts.ts, and runs only there', () => {
    expect(manifest.host_permissions).toEqual(WEBMAIL_MATCHES);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    for (const script of manifest.content_scripts ?? []) {
      for (const match of script.matches) expect(WEBMAIL_MATCHES).toContain(match);
    }
    for (const resources of manifest.web_accessible_resources ?? []) {
      for (const match of resources.matches) expect(WEBMAIL_MATCHES).toContain(match);
    }
    // No web page or other extension may message Relance.
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('keeps the default extension CSP: no content_security_policy, no sandbox', () => {
    // MV3's default (script-src 'self'; object-src 'self') is what forbids remote scripts and eval;
    // any entry here could only loosen it.
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/unsafe-eval|unsafe-inline/);
  });
});

describe('the bundles', () => {
  it('are there to audit', () => {
    expect(bundles.map((f) => relative(EXTENSION_DIR, f))).toEqual(
      expect.arrayContaining([
        'background.js',
        'content-scripts/gmail.js',
        'content-scripts/outlook.js',
        'panel-details.js',
      ]),
    );
    expect(pages.map((f) => relative(EXTENSION_DIR, f)).sort()).toEqual([
      'deals.html',
      'options.html',
      'popup.html',
      'welcome.html',
    ]);
  });

  it('load no remote code: every script of the pages is a file of the extension', () => {
    for (const page of pages) {
      const html = read(page);
      const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]*)"/g)].map(
        (m) => m[1] ?? '',
      );
      expect(refs.length, page).toBeGreaterThan(0);
      for (const ref of refs)
        expect(ref, `${relative(EXTENSION_DIR, page)}: ${ref}`).toMatch(/^\/?[\w./-]+$/);
    }
    for (const file of bundles) {
      const js = read(file);
      const name = relative(EXTENSION_DIR, file);
      // import('https://…'), import … from 'https://…', importScripts('https://…'), script.src = 'https://…'
      expect(js, name).not.toMatch(/\bimport\s*\(\s*[`'"](?:https?:)?\/\//);
      expect(js, name).not.toMatch(/\bfrom\s*[`'"](?:https?:)?\/\//);
      expect(js, name).not.toMatch(/\bimportScripts\s*\(/);
      expect(js, name).not.toMatch(/\.src\s*=\s*[`'"](?:https?:)?\/\//);
    }
  });

  it('evaluate no strings as code: no eval( or Function constructor beyond the two known in zod', () => {
    // Every call of eval or the Function constructor (also through an alias: `let e=Function`).
    const pattern = /(?<![\w$.])(?:eval|Function)\s*\(|\bnew\s+Function\b|=\s*Function\s*[,;)]/g;
    // Found in the shared chunk that zod 4 lands in (loaded by the background and the options
    // page). zod compiles fast object parsers with the Function constructor only when a probe,
    // `Function('')`, succeeds. Under MV3's extension CSP (asserted above: never loosened) the probe
    // throws an EvalError, zod catches it and parses without compiling: the probe runs, the
    // compiler is unreachable. (`z.config({ jitless: true })` would skip the probe as well.)
    const KNOWN = [
      { what: 'zod allowsEval probe', context: /try\{return Function\(``\),!0\}catch\{return!1\}/ },
      { what: 'zod Doc.compile', context: /compile\(\)\{let \w+=Function,/ },
    ];
    const found: { file: string; what: string }[] = [];
    for (const file of bundles) {
      const js = read(file);
      for (const match of js.matchAll(pattern)) {
        const at = match.index ?? 0;
        const context = js.slice(Math.max(0, at - 40), at + 60);
        const known = KNOWN.find((k) => k.context.test(context));
        found.push({ file: relative(EXTENSION_DIR, file), what: known?.what ?? `UNKNOWN: …${context}…` });
      }
    }
    expect(found.map((f) => f.what).sort()).toEqual(KNOWN.map((k) => k.what).sort());
    // Only in the chunk zod is in, never in a content script (which runs inside the webmail).
    for (const f of found) expect(f.file).toMatch(/^chunks\//);
  });

  it('our own source calls neither eval nor the Function constructor', () => {
    for (const file of source) {
      expect(read(file), relative(ROOT, file)).not.toMatch(
        /(?<![\w$.])(?:eval|Function)\s*\(|\bnew\s+Function\b/,
      );
    }
  });
});

describe('in real Chromium, the extension CSP keeps zod’s compiler unreachable', () => {
  it('the Function constructor throws EvalError in the options page and the service worker', async () => {
    const relance = await launchRelance();
    try {
      // Run from a timer, not inside Playwright's evaluation (DevTools evaluation is exempt from CSP).
      const probe = () =>
        new Promise<string>((resolve) =>
          setTimeout(() => {
            try {
              Function('');
              resolve('allowed');
            } catch (error) {
              resolve((error as Error).name);
            }
          }, 0),
        );
      const page = await relance.openOptions();
      expect(await page.evaluate(probe)).toBe('EvalError');
      expect(await (await relance.serviceWorker()).evaluate(probe)).toBe('EvalError');
      // …and zod's own probe, which ran when the pages loaded, left no error behind.
      expect(relance.workerErrors).toEqual([]);
    } finally {
      await relance.close();
    }
  });
});
