// The deals page's data and writes. Reads: lib/deals (by index; the first rows at once, then every
// deal), kept live with Dexie's liveQuery. Writes: the use cases of lib/services on the extension's
// database (as the options page does), then the background is told to rebuild its alarms and badge.
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { resolveTimeZone } from '../../lib/cadence';
import { getSettings } from '../../lib/db';
import { db } from '../../lib/db/instance';
import type { AppDB } from '../../lib/db/schema';
import { type DealsData, loadAllRows, loadFirstRows } from '../../lib/deals/queries';
import { DEFAULT_QUERY, type DealsQuery, parseQuery, toSearch } from '../../lib/deals/view';
import { chosenLanguage } from '../../lib/i18n-language';
import { sendMessage } from '../../lib/messaging/protocol';
import type { Cadence, Lang, Settings } from '../../lib/model';
import type { Result } from '../../lib/services/result';
import { problemText } from '../problem-text';

export { db };

/** How many rows are read before the rest: a screen and a half of the table (20 rows at 900 px). */
export const FIRST_ROWS = 30;

let early: Promise<DealsData> | null = null;

function readFirstRows(): Promise<DealsData> {
  const view = typeof location === 'undefined' ? DEFAULT_QUERY : parseQuery(location.search);
  return loadFirstRows(db, view, FIRST_ROWS, Date.now());
}

/**
 * Starts reading the first rows now (entrypoints/deals/main.tsx, before the page knows its
 * language): the read overlaps the settings' instead of waiting behind them.
 */
export function preloadFirstRows(): void {
  early ??= readFirstRows();
  early.catch(() => undefined);
}

export interface Page {
  data: DealsData | null;
  settings: Settings | null;
  cadences: Cadence[];
  lang: Lang;
  timeZone: string;
}

export function useDealsData(): Page {
  const [data, setData] = useState<DealsData | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [cadences, setCadences] = useState<Cadence[]>([]);
  useEffect(() => {
    let complete = false;
    let stopped = false;
    let all: { unsubscribe(): void } | null = null;
    // Every row is read once the first rows are in: started together, the big reads (every deal,
    // every done follow-up) were queued ahead of the first rows' and delayed them by seconds at
    // 10,000 deals (issue 23's bench).
    const readAll = () => {
      if (stopped) return;
      all = liveQuery(() => loadAllRows(db, Date.now())).subscribe({
        next: (rows) => {
          complete = true;
          setData(rows);
        },
        error: (e) => console.warn('[relance] deals', e),
      });
    };
    const first = early ?? readFirstRows();
    early = null;
    void first
      .then((first) => {
        if (!complete) setData(first);
      })
      .catch((e) => console.warn('[relance] deals', e))
      .finally(readAll);
    const rest = liveQuery(() => Promise.all([getSettings(db), db.cadences.toArray()])).subscribe({
      next: ([s, c]) => {
        setSettings(s);
        setCadences(c);
      },
      error: () => {},
    });
    return () => {
      stopped = true;
      all?.unsubscribe();
      rest.unsubscribe();
    };
  }, []);
  const lang = chosenLanguage(settings?.language ?? 'browser');
  const timeZone = settings ? resolveTimeZone(settings) : Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { data, settings, cadences, lang, timeZone };
}

/** The view, kept in the page's query string (replaceState: typing does not flood the history). */
export function useDealsQuery(): [DealsQuery, (patch: Partial<DealsQuery>) => void] {
  const [query, setQuery] = useState<DealsQuery>(() =>
    typeof location === 'undefined' ? DEFAULT_QUERY : parseQuery(location.search),
  );
  const update = useCallback((patch: Partial<DealsQuery>) => {
    setQuery((q) => {
      const next = { ...q, ...patch };
      if (typeof history !== 'undefined')
        history.replaceState(null, '', `${location.pathname}${toSearch(next)}`);
      return next;
    });
  }, []);
  useEffect(() => {
    const onPop = () => setQuery(parseQuery(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  return [query, update];
}

export type DealsWrite<T> = (db: AppDB, now: number) => Promise<Result<T>>;

/** Runs a use case, then tells the background; answers the value, or the refusal's sentence. */
export async function runWrite<T>(
  write: DealsWrite<T>,
): Promise<{ ok: true; value: T } | { ok: false; text: string }> {
  try {
    const result = await write(db, Date.now());
    // The refusal as a sentence in the rep's language (components/problem-text.ts), never the service's English.
    if (!result.ok) return { ok: false, text: problemText(result.error) };
    void sendMessage('settingsChanged', undefined).catch(() => undefined);
    return { ok: true, value: result.value };
  } catch (error) {
    return { ok: false, text: error instanceof Error ? error.message : String(error) };
  }
}

export function errorLine(text: string): string {
  return i18n.t('deals.error', [text]);
}
