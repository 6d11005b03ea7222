import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import '../../components/welcome/welcome.css';
import { welcomeWrites } from '../../components/welcome/setup-writes';
import { db } from '../../lib/db/instance';
import { getSettings } from '../../lib/db/settings';
import { browserLang, speakChosenLanguage } from '../../lib/i18n-language';
import { sendMessage } from '../../lib/messaging/protocol';

/** After every write: the background rebuilds alarms and badge. */
async function notifyBackground(): Promise<void> {
  const answer = await sendMessage('settingsChanged', undefined);
  if (!answer.ok) console.warn('[relance] settingsChanged', answer.error);
}

async function main() {
  // The rep's language from the settings, else the browser's; choosing another one reloads the page.
  const setting = await getSettings(db)
    .then((s) => s.language)
    .catch(() => 'browser' as const);
  await speakChosenLanguage(setting);
  const lang = setting === 'browser' ? browserLang() : setting;
  document.documentElement.lang = lang;
  document.title = i18n.t('welcome.pageTitle');
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <WelcomeApp
      db={db}
      writes={welcomeWrites(db, notifyBackground, () => Date.now())}
      lang={lang}
      now={() => Date.now()}
      optionsUrl={browser.runtime.getURL('/options.html')}
      onLanguageChanged={(step) => {
        history.replaceState(null, '', `#${step}`);
        location.reload();
      }}
    />,
  );
}
void main();
