import { liveQuery } from 'dexie';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { DealsApp } from '../../components/deals/DealsApp';
import '../../components/deals/deals.css';
import { getSettings } from '../../lib/db';
import { db } from '../../lib/db/instance';
import { chosenLanguage, speakChosenLanguage } from '../../lib/i18n-language';

async function main() {
  // The rep's language from the options, else the browser's; a change of it reloads the page.
  const setting = await getSettings(db)
    .then((s) => s.language)
    .catch(() => 'browser' as const);
  await speakChosenLanguage(setting);
  document.documentElement.lang = chosenLanguage(setting);
  document.title = i18n.t('deals.title');
  liveQuery(() => getSettings(db)).subscribe({
    next: (settings) => {
      if (settings.language !== setting) location.reload();
    },
    error: () => {},
  });
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<DealsApp />);
}
void main();
