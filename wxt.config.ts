import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { sharedRuntime } from './build/shared-runtime';
import { WEBMAIL_MATCHES } from './lib/mail/hosts';

/**
 * What every built page gets instead of React: Preact's compat layer, the same component API
 * (hooks, createRoot, JSX) in a fraction of the bytes — injected into every webmail page by the
 * content scripts, loaded by the popup at each click on the toolbar (issue 23: ≤ 60,000 B gzip),
 * and by the options and welcome pages alike, so the whole extension runs one renderer. The unit
 * tests (components under happy-dom) keep React itself; the e2e suite runs the built pages.
 */
const PREACT_FOR_REACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/**
 * Dexie's modern build (ES2018 and later, as every browser Relance supports): the same Dexie
 * without its legacy code paths, ~1.3 KB less gzip in the popup. Dexie's default entry only adds a
 * guard against two copies in one page, which one bundle never has.
 */
const DEXIE_MODERN = [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }];

/**
 * The content scripts never call WXT's `ui.autoMount()`, the only user of @1natsu/wait-element
 * (and of its many-keys-map and defu): a stub that says so stands in for it (~1.1 KB gzip).
 */
const NO_AUTO_MOUNT = [
  {
    find: /^@1natsu\/wait-element$/,
    replacement: resolve(import.meta.dirname, 'components/panel/no-auto-mount.ts'),
  },
];

/**
 * The content scripts are injected into every webmail page (issue 23: ≤ 35,000 B gzip each):
 * Terser, three compression passes, writes them ~850 B gzip smaller than Vite's default minifier.
 * Only there: the pages are not size-bound that tightly and build faster without it.
 */
const CONTENT_SCRIPT_MINIFY = {
  minify: 'terser',
  terserOptions: { ecma: 2020, compress: { passes: 3 } },
} as const;

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Auto-imports hide where a name comes from; every file imports what it uses.
  imports: false,
  hooks: {
    // Every build group (the content scripts one by one, then the pages with the worker, which
    // imports no React): the aliases come before any of WXT's own.
    'vite:build:extendConfig': (entrypoints, config) => {
      const existing = config.resolve?.alias;
      const all = Array.isArray(existing)
        ? existing
        : Object.entries(existing ?? {}).map(([find, replacement]) => ({
            find,
            replacement: String(replacement),
          }));
      const contentScripts = entrypoints.every((e) => e.type === 'content-script');
      // The panel's details, injected into webmail pages on demand: the content script's Preact.
      const details = entrypoints.some((e) => e.name === 'panel-details');
      const aliases = contentScripts ? [...NO_AUTO_MOUNT, ...all] : all;
      config.resolve = { ...config.resolve, alias: [...PREACT_FOR_REACT, ...DEXIE_MODERN, ...aliases] };
      if (contentScripts || details) config.build = { ...config.build, ...CONTENT_SCRIPT_MINIFY };
      if (details) config.plugins = [sharedRuntime(), ...(config.plugins ?? [])];
      // `RELANCE_SOURCEMAP=1 npm run build`: source maps beside the files, for
      // `node scripts/content-script-bytes.mjs` (what each source costs in a content script).
      if (process.env.RELANCE_SOURCEMAP === '1') config.build = { ...config.build, sourcemap: true };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // IndexedDB needs no permission; `storage` is not asked for until something uses it.
    // `scripting`: the thread panel's details are injected into the webmail page the first time
    // the rep opens them (components/panel/details-contract.ts), not loaded with every page.
    permissions: ['alarms', 'notifications', 'scripting'],
    // Finding an open tab of a thread (and, later, Gmail's unread feed) needs the webmail hosts.
    host_permissions: WEBMAIL_MATCHES,
    action: { default_title: '__MSG_extName__' },
    // Keyboard: open the popup, and open the thread panel's "Schedule follow-up" (rebindable in
    // the browser's shortcuts page).
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandPopup__',
      },
      'schedule-follow-up': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandSchedule__',
      },
      'open-deals': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandDeals__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'relance@relance.app',
              strict_min_version: '140.0',
              // Firefox's data-collection declaration: Relance collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
