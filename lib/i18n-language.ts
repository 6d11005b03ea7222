// The rep's language setting (options: browser, French, English). WXT's i18n reads the browser's
// language through i18n.getMessage; when the rep chose the other language, that function answers
// from the chosen catalog (_locales/<lang>/messages.json) instead, in this page or content script.
// Substitutions follow Chrome's rules ($1…$9, $$).
import { browser } from 'wxt/browser';
import { type Lang, type LanguageSetting, resolveLanguage } from './model';

export type Catalog = Record<string, { message: string }>;
type GetMessage = (name: string, substitutions?: string | (string | number)[]) => string;
interface I18nApi {
  getMessage: GetMessage;
}

const originals = new Map<I18nApi, GetMessage>();

/** The i18n objects a bundle may call: the extension API itself, and the polyfill's wrapper of it. */
function apis(): I18nApi[] {
  const found = new Set<I18nApi>();
  const chromeI18n = (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;
  if (chromeI18n) found.add(chromeI18n);
  const polyfill = (browser as unknown as { i18n?: I18nApi }).i18n;
  if (polyfill) found.add(polyfill);
  return [...found];
}

export function substitute(message: string, substitutions?: string | (string | number)[]): string {
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\d|\$)/g, (_, n: string) =>
    n === '$' ? '$' : String(subs[Number(n) - 1] ?? ''),
  );
}

/** Answers messages from `catalog` (null: the browser's language again). */
export function applyCatalog(catalog: Catalog | null): void {
  for (const api of apis()) {
    const original = originals.get(api) ?? api.getMessage.bind(api);
    originals.set(api, original);
    try {
      api.getMessage = catalog
        ? (name, substitutions) => {
            const entry = catalog[name];
            return entry ? substitute(entry.message, substitutions) : original(name, substitutions);
          }
        : original;
    } catch {
      // A read-only API object: the browser's language stays.
    }
  }
}

/** The browser's UI language as Relance speaks it. */
export function browserLang(): Lang {
  return resolveLanguage('browser', browser.i18n.getUILanguage());
}

/** The language an extension page speaks: the rep's setting, else the browser's (lib/model resolveLanguage). */
export function chosenLanguage(setting: LanguageSetting): Lang {
  return resolveLanguage(setting, browser.i18n.getUILanguage());
}

/** The catalog of `lang`, from the extension's own files (extension pages and the background). */
const catalogs = new Map<Lang, Promise<Catalog>>();
export function loadCatalog(lang: Lang): Promise<Catalog> {
  let catalog = catalogs.get(lang);
  if (!catalog) {
    catalog = fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/popup.html')).then(
      (response) => response.json() as Promise<Catalog>,
    );
    catalog.catch(() => catalogs.delete(lang));
    catalogs.set(lang, catalog);
  }
  return catalog;
}

/**
 * In an extension page: speak the rep's chosen language when it is not the browser's. Returns
 * whether a catalog was applied. Failures leave the browser's language.
 */
export async function speakChosenLanguage(setting: LanguageSetting): Promise<boolean> {
  if (setting === 'browser' || setting === browserLang()) {
    applyCatalog(null);
    return false;
  }
  try {
    applyCatalog(await loadCatalog(setting));
    return true;
  } catch {
    return false;
  }
}
