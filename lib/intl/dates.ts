// The one home of "a date shows its year whenever it is not this year" (in the rep's zone): the
// panel (formatWhen), the templates' slot (formatSlot), the popup (clockLabel) and any later date
// formatter ask `showsYear` rather than deciding for themselves. Intl only, so the content scripts
// can use it.
import type { EpochMs, Lang } from '../model';
import { LOCALES } from './locale';
import { dateTimeFormat, zonedParts } from './zoned-time';

/** Whether `at` falls in another calendar year than `now`, both read in `timeZone`. */
export function showsYear(at: EpochMs, now: EpochMs, timeZone: string): boolean {
  return zonedParts(at, timeZone)[0] !== zonedParts(now, timeZone)[0];
}

/**
 * A calendar date in words: "Friday 16 July" this year, "Friday 16 July 2027" another year
 * ("vendredi 16 juillet 2027"). `weekday: false` leaves the day of the week out; `month: 'short'`
 * writes "16 Jul" / "16 juil.".
 */
export function formatDate(
  at: EpochMs,
  lang: Lang,
  timeZone: string,
  now: EpochMs,
  { weekday = true, month = 'long' }: { weekday?: boolean; month?: 'long' | 'short' } = {},
): string {
  const locale = LOCALES[lang];
  const date = dateTimeFormat(locale, timeZone, {
    day: 'numeric',
    month,
    ...(showsYear(at, now, timeZone) ? { year: 'numeric' } : {}),
  }).format(at);
  // The weekday is written apart: with a year, some locales would add a comma after it.
  if (!weekday) return date;
  return `${dateTimeFormat(locale, timeZone, { weekday: 'long' }).format(at)} ${date}`;
}

/** "10:00", on the 24-hour clock of Relance's locales. */
export function formatTime(at: EpochMs, lang: Lang, timeZone: string): string {
  return dateTimeFormat(LOCALES[lang], timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** "Tuesday 3 March at 10:00" / "mardi 3 mars à 10:00", with the year when it is not this year. */
export function formatDateAtTime(at: EpochMs, lang: Lang, timeZone: string, now: EpochMs): string {
  const date = formatDate(at, lang, timeZone, now);
  const time = formatTime(at, lang, timeZone);
  return lang === 'fr' ? `${date} à ${time}` : `${date} at ${time}`;
}
