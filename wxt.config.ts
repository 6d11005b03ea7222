import { defineConfig } from 'wxt';

// The webmail hosts Relance runs on; content scripts match them and nothing else.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Auto-imports hide where a name comes from; every file imports what it uses.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'notifications', 'storage'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'relance@relance.app', strict_min_version: '128.0' } } }
      : {}),
  }),
});
