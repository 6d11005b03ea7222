// Times in words for the popup, in the rep's language: "in 2 hours", "3 days late", "14:30",
// "Thu 09:00". Every instant is read in the rep's time zone.
import { i18n } from '#i18n';
import { showsYear } from '../intl/dates';
import { dateTimeFormat, zonedParts } from '../intl/zoned-time';
import type { Lang } from '../model';

// Through the browser's own Intl, not date-fns and its locales: the popup loads again at every
// click on the toolbar (issue 23: ≤ 60,000 B of gzip JavaScript). The popup has always written
// English the American way ("2:30 PM", "Feb 11"), as date-fns' enUS did.
const POPUP_LOCALES: Readonly<Record<Lang, string>> = { en: 'en-US', fr: 'fr-FR' };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

/** The one unit a distance is said in, rounded ("strict": 90 minutes is "2 hours", never "1 hour 30"). */
function strictDistance(ms: number): { value: number; unit: Unit } {
  const d = Math.abs(ms);
  if (d < MINUTE) return { value: Math.round(d / SECOND), unit: 'second' };
  if (d < HOUR) return { value: Math.round(d / MINUTE), unit: 'minute' };
  if (d < DAY) return { value: Math.round(d / HOUR), unit: 'hour' };
  if (d < MONTH) return { value: Math.round(d / DAY), unit: 'day' };
  const months = Math.round(d / MONTH);
  if (d < YEAR && months < 12) return { value: months, unit: 'month' };
  return { value: Math.max(1, Math.round(d / YEAR)), unit: 'year' };
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const unitFormats = new Map<string, Intl.NumberFormat>();

/** "in 2 hours" / "3 hours ago" ("dans 2 heures" / "il y a 3 heures"). */
function relative(at: number, now: number, lang: Lang): string {
  const { value, unit } = strictDistance(at - now);
  let f = relativeFormats.get(lang);
  if (!f) {
    f = new Intl.RelativeTimeFormat(POPUP_LOCALES[lang], { numeric: 'always' });
    relativeFormats.set(lang, f);
  }
  return f.format(at > now ? value : -value, unit);
}

/** "3 days" / "3 jours": a distance alone. */
function distance(at: number, now: number, lang: Lang): string {
  const { value, unit } = strictDistance(at - now);
  const key = `${lang}|${unit}`;
  let f = unitFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(POPUP_LOCALES[lang], { style: 'unit', unit, unitDisplay: 'long' });
    unitFormats.set(key, f);
  }
  // As "dans 2 heures" is written: a plain space (Intl puts a no-break one between number and unit).
  return f.format(value).replace(/[\u00a0\u202f]/g, ' ');
}

/** A follow-up's due instant from `now`: "in 2 hours" ahead, "3 days late" once passed. */
export function dueInWords(dueAt: number, now: number, lang: Lang): string {
  if (dueAt < now) return i18n.t('popup.late', [distance(dueAt, now, lang)]);
  return relative(dueAt, now, lang);
}

/** Any instant from `now`, either way: "in 2 hours", "3 hours ago" (an appointment). */
export function relativeWords(at: number, now: number, lang: Lang): string {
  return relative(at, now, lang);
}

/** The calendar day of `at` in `timeZone`, as a UTC midnight. */
function zonedDay(at: number, timeZone: string): number {
  const [y, m, d] = zonedParts(at, timeZone);
  return Date.UTC(y, m - 1, d);
}

/** `now`'s day, kept for the next call: every row of a render asks for the same `now`. */
let today = { now: Number.NaN, timeZone: '', day: Number.NaN };

/** Calendar days from `now` to `at`, both read in `timeZone`. */
function calendarDays(at: number, now: number, timeZone: string): number {
  if (today.now !== now || today.timeZone !== timeZone)
    today = { now, timeZone, day: zonedDay(now, timeZone) };
  return Math.round((zonedDay(at, timeZone) - today.day) / DAY);
}

/**
 * The wall-clock moment, as short as is unambiguous from `now`: the time on the same local day,
 * the weekday and time within a week either way, else the date — with its year only when it is not
 * this year (lib/intl/dates.ts).
 */
export function clockLabel(at: number, now: number, timeZone: string, lang: Lang): string {
  const locale = POPUP_LOCALES[lang];
  const days = Math.abs(calendarDays(at, now, timeZone));
  const time = () =>
    dateTimeFormat(locale, timeZone, {
      hour: lang === 'fr' ? '2-digit' : 'numeric',
      minute: '2-digit',
    }).format(at);
  if (days === 0) return time();
  if (days < 7) return `${dateTimeFormat(locale, timeZone, { weekday: 'short' }).format(at)} ${time()}`;
  return dateTimeFormat(locale, timeZone, {
    day: 'numeric',
    month: 'short',
    ...(showsYear(at, now, timeZone) ? { year: 'numeric' } : {}),
  }).format(at);
}

// The date-time field's value in the rep's zone: the same conversion as the thread panel's.
export {
  fromDateTimeInput as localInputToInstant,
  toDateTimeInput as instantToLocalInput,
} from '../panel/logic';
