// Every unit test gets an in-memory IndexedDB and a fresh fake browser whose i18n answers from the
// project's own locales/*.yml, as Chrome would from _locales (a missing key throws, not '').
import 'fake-indexeddb/auto';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const catalogs = {
  en: generateChromeMessages(await parseMessagesFile('locales/en.yml')),
  fr: generateChromeMessages(await parseMessagesFile('locales/fr.yml')),
};

/** The browser language unit tests run in; a test may set `globalThis.__relanceUiLanguage`. */
function uiLanguage(): 'en' | 'fr' {
  const lang = (globalThis as { __relanceUiLanguage?: string }).__relanceUiLanguage ?? 'en';
  return lang.startsWith('fr') ? 'fr' : 'en';
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getUILanguage = () => uiLanguage();
  fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | (string | number)[]) => {
    const entry = catalogs[uiLanguage()][name];
    if (!entry) throw new Error(`No message "${name}" in locales/${uiLanguage()}.yml`);
    const subs =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message
      .replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''))
      .replace(/\$\$/g, '$');
  };
});
