// Dates in the thread panel through the browser's own Intl, not date-fns: the panel is injected
// into every webmail page, where each kilobyte counts (date-fns and its locales were a quarter of
// the content script). The background and the options page keep date-fns.
import type { Lang } from '../model';

const LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(key, f);
  }
  return f;
}

/** The numeric parts of `at` in `timeZone`: year, month (1–12), day, hour (0–23), minute. */
export function zonedParts(at: number, timeZone: string): [number, number, number, number, number] {
  const parts = formatter('en-US', timeZone, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  return [get('year'), get('month'), get('day'), get('hour') % 24, get('minute')];
}

/** The instant showing this wall-clock time in `timeZone` (the earlier one in an autumn overlap). */
export function zonedTimeToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (instant: number) => {
    const [y, mo, d, h, mi] = zonedParts(instant, timeZone);
    return Date.UTC(y, mo - 1, d, h, mi) - instant;
  };
  // Two passes settle the offset across a daylight-saving change.
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return instant;
}

/** "Tuesday 3 March at 10:00" / "mardi 3 mars à 10:00", as templates write a slot. */
export function formatWhen(at: number, lang: Lang, timeZone: string): string {
  const date = formatter(LOCALE[lang], timeZone, { weekday: 'long', day: 'numeric', month: 'long' }).format(
    at,
  );
  const time = formatter(LOCALE[lang], timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return lang === 'fr' ? `${date} à ${time}` : `${date} at ${time}`;
}

/** A duration in words: "45 minutes", "3 hours", "12 days", "2 months" (en) / "3 jours" (fr). */
export function formatDuration(ms: number, lang: Lang): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const [value, unit] =
    minutes < 60
      ? [minutes, 'minute']
      : minutes < 60 * 24
        ? [Math.floor(minutes / 60), 'hour']
        : minutes < 60 * 24 * 60
          ? [Math.floor(minutes / (60 * 24)), 'day']
          : [Math.floor(minutes / (60 * 24 * 30)), 'month'];
  return new Intl.NumberFormat(LOCALE[lang], { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
