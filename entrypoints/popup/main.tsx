import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';
import { browser } from 'wxt/browser';
import { db } from '../../lib/db/instance';
import { getSettings } from '../../lib/db/settings';
import { browserLang, chosenLanguage, loadCatalog, speakChosenLanguage } from '../../lib/i18n-language';
import { LANGS, type Lang } from '../../lib/model';
import { firstPopupData } from '../../lib/popup/first-rows';

/**
 * The language this popup last spoke, when it was not the browser's: its catalog is fetched at
 * once, while the settings are read (the settings still decide; a stale hint costs one fetch).
 */
const LANGUAGE_HINT = 'relance.popup.language';

function hintedLanguage(): Lang | null {
  try {
    const hint = localStorage.getItem(LANGUAGE_HINT);
    return LANGS.find((lang) => lang === hint && lang !== browserLang()) ?? null;
  } catch {
    return null;
  }
}

function rememberLanguage(lang: Lang): void {
  try {
    if (lang === browserLang()) localStorage.removeItem(LANGUAGE_HINT);
    else localStorage.setItem(LANGUAGE_HINT, lang);
  } catch {
    // No storage: the next popup reads the settings first, as without the hint.
  }
}

async function main() {
  // The first rows are read while the language is set up, and rendered in the first render.
  const first = firstPopupData(db, Date.now(), browser.i18n.getUILanguage());
  const hinted = hintedLanguage();
  if (hinted) void loadCatalog(hinted).catch(() => {});
  // The rep's language from the options, else the browser's.
  const setting = await getSettings(db)
    .then((s) => s.language)
    .catch(() => 'browser' as const);
  await speakChosenLanguage(setting);
  const lang = chosenLanguage(setting);
  rememberLanguage(lang);
  document.documentElement.lang = lang;
  document.title = i18n.t('popup.title');
  const root = document.getElementById('root');
  if (root) {
    const rows = await first;
    // StrictMode is Preact's Fragment in the built popup (wxt.config.ts): no second render or effect.
    createRoot(root).render(
      <StrictMode>
        <Popup first={rows} />
      </StrictMode>,
    );
  }
}
void main();
