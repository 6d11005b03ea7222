// What every section of the options page shares: the database, telling the background after a
// write, the rep's language, saving a file, and turning an error into words.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { i18n } from '#i18n';
import { db } from '../../lib/db/instance';
import { getSettings } from '../../lib/db/settings';
import { sendMessage } from '../../lib/messaging/protocol';
import type { Lang, Settings } from '../../lib/model';

export { db };

/** After every write of the options page: the background rebuilds alarms and badge. */
export async function notifyBackground(): Promise<void> {
  const answer = await sendMessage('settingsChanged', undefined);
  if (!answer.ok) console.warn('[relance] settingsChanged', answer.error);
}

/** The stored settings merged over the defaults; undefined while loading. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => getSettings(db), []);
}

export function uiLang(settings: Pick<Settings, 'language'> | undefined): Lang {
  if (settings && settings.language !== 'browser') return settings.language;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Saves `text` as a file through a temporary link (no `downloads` permission needed). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type Status = { kind: 'idle' } | { kind: 'saved'; text?: string } | { kind: 'error'; text: string };

/** Runs a write, then notifies the background; keeps the outcome to show next to the form. */
export function useWrite(): [Status, (write: () => Promise<unknown>) => Promise<boolean>] {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = useCallback(async (write: () => Promise<unknown>) => {
    try {
      const text = await write();
      await notifyBackground();
      setStatus({ kind: 'saved', ...(typeof text === 'string' ? { text } : {}) });
      return true;
    } catch (error) {
      setStatus({ kind: 'error', text: i18n.t('options.error', [errorText(error)]) });
      return false;
    }
  }, []);
  return [status, run];
}
