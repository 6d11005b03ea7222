// How an extension page of Relance starts (the options and deals pages): it speaks the rep's
// language from the settings (else the browser's), titles itself in it, reloads when the rep
// chooses another language, then renders its app.
import { liveQuery } from 'dexie';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { getSettings } from '../lib/db';
import { db } from '../lib/db/instance';
import { chosenLanguage, speakChosenLanguage } from '../lib/i18n-language';

export async function startPage(title: () => string, app: () => ReactNode): Promise<void> {
  const setting = await getSettings(db)
    .then((s) => s.language)
    .catch(() => 'browser' as const);
  await speakChosenLanguage(setting);
  document.documentElement.lang = chosenLanguage(setting);
  document.title = title();
  liveQuery(() => getSettings(db)).subscribe({
    next: (settings) => {
      if (settings.language !== setting) location.reload();
    },
    error: () => {},
  });
  const root = document.getElementById('root');
  if (root) createRoot(root).render(app());
}
