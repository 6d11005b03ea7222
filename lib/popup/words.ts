// Times in words for the popup, in the rep's language: "in 2 hours", "3 days late", "14:30",
// "Thu 09:00". Every instant is read in the rep's time zone.
import { tz } from '@date-fns/tz';
import { differenceInCalendarDays, format, formatDistanceStrict } from 'date-fns';
import { enUS, fr } from 'date-fns/locale';
import { i18n } from '#i18n';
import { showsYear } from '../intl/dates';
import type { Lang } from '../model';

export const dateLocale = (lang: Lang) => (lang === 'fr' ? fr : enUS);

/** A follow-up's due instant from `now`: "in 2 hours" ahead, "3 days late" once passed. */
export function dueInWords(dueAt: number, now: number, lang: Lang): string {
  const locale = dateLocale(lang);
  if (dueAt < now) return i18n.t('popup.late', [formatDistanceStrict(dueAt, now, { locale })]);
  return formatDistanceStrict(dueAt, now, { locale, addSuffix: true });
}

/** Any instant from `now`, either way: "in 2 hours", "3 hours ago" (an appointment). */
export function relativeWords(at: number, now: number, lang: Lang): string {
  return formatDistanceStrict(at, now, { locale: dateLocale(lang), addSuffix: true });
}

/** A date without its year, in each language's order: "Mar 3" / "3 mars". */
const DAY_AND_MONTH: Record<Lang, string> = { en: 'MMM d', fr: 'd MMM' };

/**
 * The wall-clock moment, as short as is unambiguous from `now`: the time on the same local day,
 * the weekday and time within a week either way, else the date — with its year only when it is not
 * this year (lib/intl/dates.ts).
 */
export function clockLabel(at: number, now: number, timeZone: string, lang: Lang): string {
  const opts = { in: tz(timeZone), locale: dateLocale(lang) };
  const days = Math.abs(differenceInCalendarDays(at, now, { in: tz(timeZone) }));
  if (days === 0) return format(at, 'p', opts);
  if (days < 7) return format(at, 'EEE p', opts);
  return format(at, showsYear(at, now, timeZone) ? 'PP' : DAY_AND_MONTH[lang], opts);
}

// The date-time field's value in the rep's zone: the same conversion as the thread panel's.
export {
  fromDateTimeInput as localInputToInstant,
  toDateTimeInput as instantToLocalInput,
} from '../panel/logic';
