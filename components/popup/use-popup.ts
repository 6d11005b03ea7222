// The popup's data and actions. Reads: Dexie liveQuery straight on the extension's database, so
// rows change as soon as anything writes. Writes: the use cases of lib/services on the same
// database, then `settingsChanged` to the background, which rebuilds alarms and badge.

import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { db } from '../../lib/db/instance';
import type { AppDB } from '../../lib/db/schema';
import { sendMessage } from '../../lib/messaging/protocol';
import {
  type Appointment,
  countSections,
  FIRST_LIMITS,
  loadAppointments,
  loadPopupData,
  PAGE_SIZE,
  type PopupData,
  type Section,
  type SectionLimits,
  type SectionTotals,
} from '../../lib/popup';
import type { Result } from '../../lib/services/result';
import { openDeal } from '../../lib/tabs';
import { problemText } from '../problem-text';
import { useLiveQuery } from '../use-live-query';
import type { OpenDeal } from './OpenDeal';

/** A write of the popup: a use case of lib/services, run on the extension's database at `now`. */
export type PopupWrite = (db: AppDB, now: number) => Promise<Result<unknown>>;

/** How often the popup's clock moves ("in 2 hours" → "in 1 hour", today → overdue). */
export const TICK_MS = 30_000;

/** The popup's clock: ticks every `tickMs`, and at `wakeAt` when given (the next row falling due). */
export function useNow(wakeAt: number | null, tickMs = TICK_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  useEffect(() => {
    if (wakeAt === null) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, wakeAt - Date.now()) + 1);
    return () => clearTimeout(timer);
  }, [wakeAt]);
  return now;
}

/** The last defined value: a new query (the clock ticked) keeps showing the previous answer meanwhile. */
function useLastDefined<T>(value: T | undefined, initial?: T): T | undefined {
  const last = useRef(value ?? initial);
  if (value !== undefined) last.current = value;
  return last.current;
}

export interface PopupState {
  data: PopupData | undefined;
  /** Every section's size, read after the first rows (undefined until then). */
  totals: SectionTotals | undefined;
  appointments: Appointment[] | undefined;
  now: number;
  showMore(section: Section): void;
  /** Runs a write; answers whether it worked (the error is shown otherwise). */
  act(write: PopupWrite): Promise<boolean>;
  open: OpenDeal;
  error: string | null;
}

/** `first`: the first rows, read before the popup rendered (lib/popup firstPopupData), shown at once. */
export function usePopup(first?: PopupData): PopupState {
  // A row of Today moves to Overdue the moment it falls due; Today becomes tomorrow at midnight.
  const [wakeAt, setWakeAt] = useState<number | null>(null);
  const now = useNow(wakeAt);
  const [limits, setLimits] = useState<SectionLimits>(FIRST_LIMITS);
  const [error, setError] = useState<string | null>(null);
  const uiLanguage = browser.i18n.getUILanguage();
  const data = useLastDefined(
    useLiveQuery(
      () => loadPopupData(db, now, uiLanguage, limits),
      [now, uiLanguage, limits.overdue, limits.today, limits.upcoming],
    ),
    first,
  );
  // Only once the first rows are there: with a big pipeline these reads take a second or so
  // (index counts; every deal, as nothing indexes a deal's next step) and must not delay them.
  const ready = data !== undefined;
  const w = data?.window;
  const totals = useLastDefined(
    useLiveQuery(async () => (w ? countSections(db, w) : undefined), [w?.now, w?.timeZone, ready]),
  );
  const appointments = useLastDefined(
    useLiveQuery(async () => (ready ? loadAppointments(db, now) : undefined), [now, ready]),
  );

  useEffect(() => {
    if (!data) return;
    const next = data.sections.today.rows[0]?.followUp.dueAt ?? data.window.endOfToday + 1;
    setWakeAt(next > data.window.now ? next : null);
  }, [data]);

  const showMore = useCallback(
    (section: Section) => setLimits((l) => ({ ...l, [section]: l[section] + PAGE_SIZE })),
    [],
  );

  const act = useCallback(async (write: PopupWrite) => {
    try {
      const result = await write(db, Date.now());
      if (result.ok) {
        setError(null);
        // The worker rebuilds the badge and the alarms from what was just written.
        await sendMessage('settingsChanged', undefined).catch((e: unknown) =>
          console.warn('[relance] settingsChanged', e),
        );
        return true;
      }
      setError(problemText(result.error));
    } catch {
      setError(i18n.t('popup.errorBackground'));
    }
    return false;
  }, []);

  const open = useCallback<OpenDeal>(async (deal) => {
    try {
      await openDeal(deal);
    } catch {
      setError(i18n.t('popup.errorOpen'));
    }
  }, []);

  return { data, totals, appointments, now, showMore, act, open, error };
}
