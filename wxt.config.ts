import { defineConfig } from 'wxt';
import { WEBMAIL_MATCHES } from './lib/mail/hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Auto-imports hide where a name comes from; every file imports what it uses.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // IndexedDB needs no permission; `storage` is not asked for until something uses it.
    permissions: ['alarms', 'notifications'],
    // Finding an open tab of a thread (and, later, Gmail's unread feed) needs the webmail hosts.
    host_permissions: WEBMAIL_MATCHES,
    action: { default_title: '__MSG_extName__' },
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
