// Dates in the thread panel through the browser's own Intl, not date-fns: the panel is injected
// into every webmail page, where each kilobyte counts (date-fns and its locales were a quarter of
// the content script). The wording and the year rule live in lib/intl/, shared with the templates.
import { formatDateAtTime } from '../intl/dates';
import { LOCALES } from '../intl/locale';
import type { Lang } from '../model';

export { zonedParts, zonedTimeToInstant } from '../intl/zoned-time';

/**
 * "Tuesday 3 March at 10:00" / "mardi 3 mars à 10:00", as templates write a slot; with the year
 * when it is not this year at `now` ("Friday 16 July 2027 at 09:00").
 */
export function formatWhen(at: number, lang: Lang, timeZone: string, now: number): string {
  return formatDateAtTime(at, lang, timeZone, now);
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
  return new Intl.NumberFormat(LOCALES[lang], { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
