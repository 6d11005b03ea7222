import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';
import { browser } from 'wxt/browser';
import { db } from '../../lib/db/instance';
import { getSettings } from '../../lib/db/settings';
import { chosenLanguage, speakChosenLanguage } from '../../lib/i18n-language';
import { firstPopupData } from '../../lib/popup/first-rows';

async function main() {
  // The first rows are read while the language is set up, and rendered in the first render.
  const first = firstPopupData(db, Date.now(), browser.i18n.getUILanguage());
  // The rep's language from the options, else the browser's.
  const setting = await getSettings(db)
    .then((s) => s.language)
    .catch(() => 'browser' as const);
  await speakChosenLanguage(setting);
  document.documentElement.lang = chosenLanguage(setting);
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
