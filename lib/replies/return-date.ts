// The date a prospect is back, read from an out-of-office text: "until Monday, December 14, 2026",
// "back on 14/12", "jusqu'au 14 décembre", "bis zum 14.12.2026", "hasta el 14 de diciembre".
// Numeric dates are day-first in French, German and Spanish; in English month-first (12/14),
// unless the first number cannot be a month (14/12). The latest future date in the text wins
// ("away from 3 until 14 December" → the 14th). A date without a year is the next such date.
import { addYears, format, isValid, parseISO } from 'date-fns';
import type { AutoReplyLanguage } from './auto-reply';

const MONTHS: Record<string, number> = {};
const add = (month: number, ...names: string[]) => {
  for (const name of names) MONTHS[name] = month;
};
add(1, 'january', 'jan', 'janvier', 'janv', 'januar', 'jän', 'enero', 'ene');
add(2, 'february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'februar', 'febrero');
add(3, 'march', 'mar', 'mars', 'märz', 'maerz', 'marzo');
add(4, 'april', 'apr', 'avril', 'avr', 'abril', 'abr');
add(5, 'may', 'mai', 'mayo');
add(6, 'june', 'jun', 'juin', 'juni', 'junio');
add(7, 'july', 'jul', 'juillet', 'juil', 'juli', 'julio');
add(8, 'august', 'aug', 'août', 'aout', 'agosto', 'ago');
add(9, 'september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre');
add(10, 'october', 'oct', 'octobre', 'oktober', 'okt', 'octubre');
add(11, 'november', 'nov', 'novembre', 'noviembre');
add(12, 'december', 'dec', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'diciembre', 'dic');

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})(?!\\p{L})\\.?`;
const YEAR = '(\\d{4})';
const DAY = '(\\d{1,2})(?!\\d)(?:st|nd|rd|th|er|\\.|º)?';

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number | null, number, number] | null }[] = [
  // 2026-12-14
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 14 December 2026, 14. Dezember, 14 de diciembre de 2026
  {
    re: new RegExp(`\\b${DAY}\\s+(?:de\\s+)?${MONTH}(?:\\s+(?:de\\s+)?${YEAR})?`, 'giu'),
    read: (m) => [m[3] ? Number(m[3]) : null, MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, Number(m[1])],
  },
  // December 14, 2026 / Dec 14th
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?`, 'giu'),
    read: (m) => [m[3] ? Number(m[3]) : null, MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, Number(m[2])],
  },
];

/** 14/12/2026, 12/14/26, 14.12.2026, 14/12 — order decided by the language. */
const NUMERIC = /\b(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?\b/g;

/**
 * The return date found in `text`, as yyyy-MM-dd, strictly after `today` (yyyy-MM-dd, the rep's
 * local date) and within a year; null when the text gives none.
 */
export function findReturnDate(text: string, today: string, lang: AutoReplyLanguage): string | null {
  const base = parseISO(today);
  const candidates: string[] = [];
  const consider = (year: number | null, month: number, day: number) => {
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    let y = year ?? base.getFullYear();
    if (y < 100) y += 2000;
    let date = new Date(y, month - 1, day);
    if (!isValid(date) || date.getMonth() !== month - 1) return;
    if (year === null && format(date, 'yyyy-MM-dd') <= today) date = addYears(date, 1);
    const iso = format(date, 'yyyy-MM-dd');
    if (iso > today && iso <= format(addYears(base, 1), 'yyyy-MM-dd')) candidates.push(iso);
  };
  for (const { re, read } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const parts = read(m as RegExpExecArray);
      if (parts) consider(...parts);
    }
  }
  for (const m of text.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = m[3] ? Number(m[3]) : null;
    // Skip times ("9.30") and the ISO dates read above.
    if (m[0].includes('.') && !m[3] && b > 12) continue;
    const dayFirst = lang !== 'en' || a > 12;
    if (dayFirst) consider(year, b, a);
    else consider(year, a, b);
  }
  return candidates.length > 0 ? (candidates.sort().at(-1) ?? null) : null;
}
