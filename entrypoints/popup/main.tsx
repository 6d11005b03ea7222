import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';
import { db } from '../../lib/db/instance';
import { getSettings } from '../../lib/db/settings';
import { chosenLanguage, speakChosenLanguage } from '../../lib/i18n-language';

async function main() {
  // The rep's language from the options, else the browser's.
  const setting = await getSettings(db)
    .then((s) => s.language)
    .catch(() => 'browser' as const);
  await speakChosenLanguage(setting);
  document.documentElement.lang = chosenLanguage(setting);
  document.title = i18n.t('popup.title');
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <Popup />
      </StrictMode>,
    );
  }
}
void main();
