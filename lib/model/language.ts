// The language rule, written once: the rep's setting when it names a language, else the browser's
// UI language (French for any fr-*, English otherwise). Every page, the worker and the panel's state
// ask this function; the browser's language is passed in (browser.i18n.getUILanguage()), so the rule
// stays pure.
import type { Lang, LanguageSetting } from './index';

export function resolveLanguage(setting: LanguageSetting, uiLanguage: string): Lang {
  if (setting !== 'browser') return setting;
  return uiLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
