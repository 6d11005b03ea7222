// A date and a time as a rep types them, in Relance's language rather than the browser's: a native
// <input type="datetime-local"> follows the browser's locale (mm/dd and AM/PM in an American
// Chrome, even for a French rep). The order of day, month and year and the separator come from Intl
// for LOCALES[lang]; the clock is the 24-hour one of Relance's locales. Intl only: the thread panel
// runs this in the webmail page.
import type { EpochMs, Lang } from '../model';
import { LOCALES } from './locale';
import { zonedParts, zonedTimeToInstant } from './zoned-time';

/** A calendar day, month 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock time, hour 0–23. */
export interface ClockTime {
  hour: number;
  minute: number;
}

export type DatePart = 'day' | 'month' | 'year';

export interface DatePattern {
  /** ['day', 'month', 'year'] for both of Relance's locales today. */
  order: DatePart[];
  /** '/' */
  separator: string;
}

const patterns = new Map<Lang, DatePattern>();

/** How `lang` writes a numeric date, read from Intl. */
export function datePattern(lang: Lang): DatePattern {
  let found = patterns.get(lang);
  if (!found) {
    const parts = new Intl.DateTimeFormat(LOCALES[lang], {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(Date.UTC(2026, 6, 16));
    const order = parts
      .map((p) => p.type)
      .filter((t): t is DatePart => t === 'day' || t === 'month' || t === 'year');
    const separator = parts.find((p) => p.type === 'literal')?.value.trim() || '/';
    found = { order: order.length === 3 ? order : ['day', 'month', 'year'], separator };
    patterns.set(lang, found);
  }
  return found;
}

const two = (n: number) => String(n).padStart(2, '0');

/** "16/07/2026" */
export function formatDateText({ year, month, day }: CalendarDay, lang: Lang): string {
  const { order, separator } = datePattern(lang);
  const text: Record<DatePart, string> = {
    day: two(day),
    month: two(month),
    year: String(year).padStart(4, '0'),
  };
  return order.map((part) => text[part]).join(separator);
}

/** "09:00", "14:30": the 24-hour clock of Relance's locales. */
export function formatTimeText({ hour, minute }: ClockTime, _lang: Lang): string {
  return `${two(hour)}:${two(minute)}`;
}

export function isRealDay({ year, month, day }: CalendarDay): boolean {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return false;
  const probe = new Date(Date.UTC(2000, month - 1, day));
  probe.setUTCFullYear(year);
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

const compare = (a: CalendarDay, b: CalendarDay) => a.year - b.year || a.month - b.month || a.day - b.day;

/** Lower case, no accents, no dots: "Févr." → "fevr". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f.]/g, '')
    .toLowerCase();

const monthNames = new Map<Lang, string[][]>();
/** Each month's long and short names in `lang`, folded: [["janvier", "janv"], …]. */
function monthsOf(lang: Lang): string[][] {
  let found = monthNames.get(lang);
  if (!found) {
    found = Array.from({ length: 12 }, (_, i) =>
      (['long', 'short'] as const).map((month) =>
        fold(
          new Intl.DateTimeFormat(LOCALES[lang], { month, timeZone: 'UTC' }).format(Date.UTC(2026, i, 15)),
        ),
      ),
    );
    monthNames.set(lang, found);
  }
  return found;
}

/** 1–12 for a month name or its first three letters or more ("juil", "July", "sept"); null else. */
function monthFromName(word: string, lang: Lang): number | null {
  const w = fold(word);
  if (w.length < 3) return null;
  const index = monthsOf(lang).findIndex((names) => names.some((name) => name.startsWith(w) || w === name));
  return index < 0 ? null : index + 1;
}

/**
 * The day `text` means, typed in `lang`'s order ("16/07/2026", "16.7.26", "16 7", "16 juillet",
 * "2026-07-16" always); null when it is no real day. Without a year, the next time that day comes
 * from `today` (this year, or next year once it has passed); a two-digit year is 20xx.
 */
export function parseDateText(text: string, lang: Lang, today: CalendarDay): CalendarDay | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) {
    const day = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    return isRealDay(day) ? day : null;
  }
  const tokens = trimmed.split(/[\s/.,-]+/).filter((t) => t !== '');
  if (tokens.length < 2 || tokens.length > 3) return null;
  const named = tokens.findIndex((t) => /^\p{L}+$/u.test(t));
  let day: number;
  let month: number;
  let yearText: string | undefined;
  if (named >= 0) {
    // "16 juillet 2026", "July 16": the name is the month, the first number the day.
    const found = monthFromName(tokens[named] as string, lang);
    const numbers = tokens.filter((_, i) => i !== named);
    if (found === null || numbers.some((t) => !/^\d+$/.test(t))) return null;
    month = found;
    day = Number(numbers[0]);
    yearText = numbers[1];
  } else {
    if (tokens.some((t) => !/^\d+$/.test(t))) return null;
    const order = datePattern(lang).order.filter((part) => tokens.length === 3 || part !== 'year');
    const get = (part: DatePart) => tokens[order.indexOf(part)];
    day = Number(get('day'));
    month = Number(get('month'));
    yearText = tokens.length === 3 ? get('year') : undefined;
  }
  if (yearText !== undefined && !/^(\d{2}|\d{4})$/.test(yearText)) return null;
  let year = yearText === undefined ? today.year : Number(yearText) + (yearText.length === 2 ? 2000 : 0);
  if (yearText === undefined && compare({ year, month, day }, today) < 0) year += 1;
  const result = { year, month, day };
  return isRealDay(result) ? result : null;
}

/**
 * The time `text` means: "14:30", "14h30", "14 h", "9.30", "0930", "9", and "9:30 pm" / "9 am"
 * in either language; null when it is no time of day.
 */
export function parseTimeText(text: string, _lang: Lang): ClockTime | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const m =
    /^(\d{1,2})(?:\s?[:h.]\s?(\d{2})?)?\s?(am|pm|a\.m\.|p\.m\.)?$/.exec(t) ?? /^(\d{2})(\d{2})()$/.exec(t);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const meridiem = m[3] ? m[3].replace(/\./g, '') : '';
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

/** The day and the time `at` shows on a wall clock in `timeZone`. */
export function instantToDayTime(at: EpochMs, timeZone: string): { day: CalendarDay; time: ClockTime } {
  const [year, month, day, hour, minute] = zonedParts(at, timeZone);
  return { day: { year, month, day }, time: { hour, minute } };
}

/** The instant a day and a time mean in `timeZone` (the earlier one in an autumn overlap). */
export function dayTimeToInstant(day: CalendarDay, time: ClockTime, timeZone: string): EpochMs {
  return zonedTimeToInstant(day.year, day.month, day.day, time.hour, time.minute, timeZone);
}
