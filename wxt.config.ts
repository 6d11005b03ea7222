import { defineConfig } from 'wxt';
import { WEBMAIL_MATCHES } from './lib/mail/hosts';

/**
 * What the content scripts get instead of React: Preact's compat layer, the same component API
 * (hooks, createRoot, JSX) in a fraction of the bytes injected into every webmail page. The popup,
 * the options page and the unit tests keep React itself.
 */
const PREACT_FOR_CONTENT_SCRIPTS = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Auto-imports hide where a name comes from; every file imports what it uses.
  imports: false,
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const existing = config.resolve?.alias;
      const aliases = Array.isArray(existing)
        ? existing
        : Object.entries(existing ?? {}).map(([find, replacement]) => ({
            find,
            replacement: String(replacement),
          }));
      config.resolve = { ...config.resolve, alias: [...PREACT_FOR_CONTENT_SCRIPTS, ...aliases] };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // IndexedDB needs no permission; `storage` is not asked for until something uses it.
    permissions: ['alarms', 'notifications'],
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
