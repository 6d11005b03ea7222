// What every section of the options page shares: the database, writing through lib/services and
// then telling the background, the rep's language, saving a file, and turning an error into words.

import { useCallback, useState } from 'react';
import { i18n } from '#i18n';
import { db } from '../../lib/db/instance';
import type { AppDB } from '../../lib/db/schema';
import { getSettings } from '../../lib/db/settings';
import { chosenLanguage } from '../../lib/i18n-language';
import { sendMessage } from '../../lib/messaging/protocol';
import type { Lang, Settings } from '../../lib/model';
import type { Result } from '../../lib/services/result';
import { problemText } from '../problem-text';
import { useLiveQuery } from '../use-live-query';

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

/** The language the page speaks (the rep's setting, else the browser's: lib/model resolveLanguage). */
export function uiLang(settings: Pick<Settings, 'language'> | undefined): Lang {
  return chosenLanguage(settings?.language ?? 'browser');
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

/** A write of the options page: a use case of lib/services, run on the extension's database at `now`. */
export type OptionsWrite<T> = (db: AppDB, now: number) => Promise<Result<T>>;

/**
 * Runs a write, then notifies the background; keeps the outcome to show next to the form (`said`
 * turns the written value into the line shown, else "Saved."). Answers whether it worked.
 */
export function useWrite(): [
  Status,
  <T>(write: OptionsWrite<T>, said?: (value: T) => string) => Promise<boolean>,
] {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = useCallback(async <T>(write: OptionsWrite<T>, said?: (value: T) => string) => {
    try {
      const result = await write(db, Date.now());
      if (!result.ok) {
        setStatus({ kind: 'error', text: i18n.t('options.error', [problemText(result.error)]) });
        return false;
      }
      await notifyBackground();
      setStatus({ kind: 'saved', ...(said ? { text: said(result.value) } : {}) });
      return true;
    } catch (error) {
      setStatus({ kind: 'error', text: i18n.t('options.error', [errorText(error)]) });
      return false;
    }
  }, []);
  return [status, run];
}
