// The day a prospect is back, read from an out-of-office text with chrono-node (the dates in any
// of its forms: "Monday, December 14, 2026", "14/12", "14.12.", "the 9th", "next Wednesday",
// "lundi prochain", "tomorrow"), then read as a person would read the sentence around each date:
//   - "until X", "jusqu'au X", "bis X", "hasta el X", "back on X", "de retour le X", "ab X wieder im
//     Büro": back on X;
//   - "through X", "X inclusive", "jusqu'au X inclus", "bis einschließlich X", "hasta el X
//     incluido", "tot en met X", and the end of a range ("from 16 to 27 February", "du 16 au 27",
//     "vom 16. bis 27.", "del 16 al 27"): X is the last day away, back the day after;
//   - a range joined by "until" ("from 3 until 14 December", "du 3 jusqu'au 14") ends like "until";
//   - a start ("from X", "ab Montag", "à partir du X") or a date with no such word ("the delivery
//     is planned for 20 March") is not a return day; a month with no day ("in March") is no date;
//   - "next week", "la semaine prochaine", "nächste Woche": its Monday.
// Numeric dates are day-first in every language but English; English is month-first unless the
// text shows day-first (a "14/12", a "14 December") or the caller says so. A date written without
// a year is the one nearest to today (so "from 16 February" read on 20 February is last Monday, not
// next year's); a day that is not after today, or more than a year ahead, is no return day. Of the
// return days left, the one nearest to where the text says the absence wins.

import type { Chrono, ParsedComponents, ParsedResult, Parser } from 'chrono-node';
import { casual as deCasual } from 'chrono-node/de';
import { casual as enCasual, GB as enGB } from 'chrono-node/en';
import { casual as esCasual } from 'chrono-node/es';
import { casual as frCasual } from 'chrono-node/fr';
import { casual as itCasual } from 'chrono-node/it';
import { casual as nlCasual } from 'chrono-node/nl';
import { casual as ptCasual } from 'chrono-node/pt';
import { addDays, addWeeks, addYears, format, isValid, parseISO, startOfWeek } from 'date-fns';
import { absenceCueSpans } from './auto-reply';
import { ownText, type ReplyLanguage } from './language';

export interface ReturnDateHints {
  /** English numeric dates day-first (14/12) rather than month-first (12/14); read from the text when absent. */
  dayFirst?: boolean;
}

const MONTH_WORDS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|déc|januar|februar|märz|juni|juli|okt|dez|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|fev|out|mrt|mei';
const UNITS =
  'h|heures?|jours?|semaines?|mois|ans?|uhr|tage?n?|wochen?|monate?n?|jahre?n?|horas?|días?|semanas?|meses|años?|ore|giorni|dias|uur|dagen|weken|%|€|\\$';

/** "the 9th", "le 9", "am 9.", "el 9", "il 9", "dia 9", "de 9e": the next such day of the month. */
function ordinalDayParser(prefix: string, suffix: string): Parser {
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${prefix}) (\\d{1,2})(?:${suffix})(?![\\p{L}\\p{N}/:]|[.,]\\d|\\s*(?:of |de |del |di )?(?:${MONTH_WORDS})|\\s*(?:${UNITS})(?![\\p{L}]))`,
    'iu',
  );
  return {
    pattern: () => re,
    extract: (context, match) => {
      const day = Number(match[1]);
      if (!(day >= 1 && day <= 31)) return null;
      const ref = context.refDate;
      // This month's when still ahead (or today), else the next month that has that day.
      for (let k = 0; k < 3; k++) {
        const d = new Date(ref.getFullYear(), ref.getMonth() + k, day, 12);
        if (d.getDate() !== day) continue;
        if (k === 0 && day < ref.getDate()) continue;
        return { day, month: d.getMonth() + 1, year: d.getFullYear() };
      }
      return null;
    },
  };
}

/** "21.12." and "4.3." — German and Dutch write a day and month so, without a year. */
const dottedDayMonthParser: Parser = {
  pattern: () => /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?!\d)/,
  extract: (_context, match) => {
    const day = Number(match[1]);
    const month = Number(match[2]);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { day, month } : null;
  },
};

function withParsers(base: Chrono, ...extra: Parser[]): Chrono {
  const chrono = base.clone();
  chrono.parsers.push(...extra);
  return chrono;
}

const ENGLISH_ORDINAL = () => ordinalDayParser('on the|by the|the|on', 'st|nd|rd|th');
const BUILD: Record<ReplyLanguage | 'enDayFirst', () => Chrono> = {
  en: () => withParsers(enCasual, ENGLISH_ORDINAL()),
  enDayFirst: () => withParsers(enGB, ENGLISH_ORDINAL()),
  fr: () => withParsers(frCasual, ordinalDayParser('le|au|du', 'er|'), dottedDayMonthParser),
  de: () => withParsers(deCasual, ordinalDayParser('am|zum|den|dem', '\\.'), dottedDayMonthParser),
  es: () => withParsers(esCasual, ordinalDayParser('el|al|el día|al día', ''), dottedDayMonthParser),
  it: () => withParsers(itCasual, ordinalDayParser('il|al', ''), dottedDayMonthParser),
  pt: () => withParsers(ptCasual, ordinalDayParser('dia|no dia|ao dia|o dia', ''), dottedDayMonthParser),
  nl: () => withParsers(nlCasual, ordinalDayParser('de|op de', 'e|ste'), dottedDayMonthParser),
};
const built = new Map<ReplyLanguage | 'enDayFirst', Chrono>();
/** One chrono per language, built on first use (the worker pays for a language only when a reply in it comes). */
function chronoFor(lang: ReplyLanguage, dayFirst: boolean): Chrono {
  const key = lang === 'en' && dayFirst ? 'enDayFirst' : lang;
  let chrono = built.get(key);
  if (!chrono) {
    chrono = BUILD[key]();
    built.set(key, chrono);
  }
  return chrono;
}

/** Whether English text writes its dates day-first: "14/12", "14 December", "14th of December". */
function englishDayFirst(text: string): boolean {
  if (/(?<!\d)(?:1[3-9]|2\d|3[01])[/.-](?:0?[1-9]|1[0-2])(?!\d)/.test(text)) return true;
  if (/(?<!\d)(?:0?[1-9]|1[0-2])[/.-](?:1[3-9]|2\d|3[01])(?!\d)/.test(text)) return false;
  const months = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
  const dayMonth = new RegExp(`(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${months})`, 'i');
  const monthDay = new RegExp(`(?:${months})[a-z]*\\.? \\d{1,2}(?!\\d)`, 'i');
  return dayMonth.test(text) && !monthDay.test(text);
}

// The words around a date that say what it is to the absence (on the lower-cased text).
const FILLER = "(?:(?:the|on|le|la|l'|el|den|dem|der|zum|zur|am|ao|o|dia|día|de|il|lo|op)\\s+)*";
const W = '(?<![\\p{L}])';
const THROUGH_BEFORE = new RegExp(
  `${W}(?:through|thru|(?:up )?to and including|einschließlich|einschl\\.|inklusive|inkl\\.|t/m|tot en met)\\s+${FILLER}$`,
  'u',
);
const UNTIL_BEFORE = new RegExp(
  `${W}(?:until|till|'til|til|up to|jusqu'(?:au|à|a|aux)?|jusqu'à|bis|hasta|fino(?: a| al| alla)?|até|tot)\\s+${FILLER}$`,
  'u',
);
const RETURN_BEFORE = new RegExp(
  `${W}(?:back|return(?:ing|s)?|de retour|retour|je rentre|je reviens|rentrerai|zurück|wieder|regreso|regresaré|regresar[ée]?|vuelvo|volveré|de vuelta|me reincorporo|di ritorno|rientro|rientrerò|torno|tornerò|volto|voltarei|retorno|de volta|terug|weer)(?:\\s+[^\\s]+){0,4}?\\s+${FILLER}$`,
  'u',
);
const RETURN_AFTER =
  /^\s*(?:[^\s,]+\s+){0,3}?(?:wieder|zurück|back|de retour|di ritorno|de vuelta|de volta|terug)(?![\p{L}])/u;
const FROM_WORDS =
  '(?:from|starting|as of|du|à partir du|à compter du|dès le|vom|von|ab|desde|del|a partir del|dal|dalla|da|de|van|vanaf|between|entre)';
const FROM_BEFORE = new RegExp(`(?<![\\p{L}])${FROM_WORDS}\\s+${FILLER}$`, 'u');
const RANGE_TO_BEFORE = new RegExp(
  `(?:${W}(?:to|au|al|bis|a|tot|and|et|und|y|e|en)\\s+|[-–]\\s*)${FILLER}$`,
  'u',
);
const RANGE_FROM_EARLIER = new RegExp(`(?<![\\p{L}])${FROM_WORDS}\\s`, 'u');
const UNTIL_CONNECTOR = /(?:until|till|jusqu|hasta|fino|até)/u;
const INCLUSIVE_AFTER =
  /^[\s,(]*(?:inclus(?:e|es)?|inclusive(?:ly)?|included|incluido|incluida|incluidos|compres[oa]|incluso|incluído|incluída|inclusief|einschließlich|inklusive|inkl\.?)(?![\p{L}])/u;
const NEXT_WEEK =
  /(?<![\p{L}])(?:next week|la semaine prochaine|semaine prochaine|nächste(?:n|r)? woche|la (?:próxima semana|semana que viene|semana próxima)|(?:la )?(?:prossima settimana|settimana prossima)|(?:na )?(?:próxima semana|semana que vem)|volgende week)(?![\p{L}])/u;

/**
 * What a date is to the absence: the first day back, the last day away, the first day away (a
 * start: "from X", "ab Montag", "à partir du X", unless a return word follows it), or nothing.
 */
type Role = 'back-on' | 'last-day' | 'start' | null;

/** The clause around [from, to): from the previous sentence end to the next one. */
function clauseBounds(text: string, from: number, to: number): [number, number] {
  const boundary = /[;!?\n]|(?<!\d)\.(?=\s|$)/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(boundary)) {
    if (m.index < from) start = m.index + 1;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

function roleOf(
  lower: string,
  index: number,
  end: number,
  range: { until: boolean } | null,
  nextIndex: number | null,
): Role {
  const [clauseStart, clauseEnd] = clauseBounds(lower, index, end);
  const before = lower.slice(Math.max(clauseStart, index - 60), index);
  const afterRaw = lower.slice(end, Math.min(clauseEnd, end + 40));
  // The words up to the next comma ("Ab Montag, 30. März, bin ich wieder erreichbar": after the
  // date's own trailing comma).
  const after = afterRaw.replace(/^\s*,/, '').split(',')[0] ?? '';
  const inclusive = INCLUSIVE_AFTER.test(afterRaw);
  if (range) return range.until && !inclusive ? 'back-on' : 'last-day';
  if (THROUGH_BEFORE.test(before)) return 'last-day';
  if (UNTIL_BEFORE.test(before)) return inclusive ? 'last-day' : 'back-on';
  if (RANGE_TO_BEFORE.test(before) && RANGE_FROM_EARLIER.test(before)) return 'last-day';
  if (RETURN_BEFORE.test(before)) return 'back-on';
  // "à partir du 23 mars, de retour le 6 avril": the return word is the next date's.
  const next = nextIndex !== null && nextIndex < clauseEnd ? nextIndex : null;
  const returnIsNext = next !== null && RETURN_BEFORE.test(lower.slice(Math.max(end, next - 60), next));
  if (!returnIsNext && RETURN_AFTER.test(after)) return 'back-on';
  if (FROM_BEFORE.test(before)) return 'start';
  return null;
}

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** The calendar date of parsed components; a year not written is the one nearest to `today`. */
function dateOf(c: ParsedComponents, today: Date): Date | null {
  const month = c.get('month');
  const day = c.get('day');
  if (month === null || day === null) return null;
  const at = (y: number) => {
    const d = new Date(y, month - 1, day, 12);
    return d.getMonth() === month - 1 && d.getDate() === day ? d : null;
  };
  if (c.isCertain('year')) return at(c.get('year') ?? today.getFullYear());
  let best: Date | null = null;
  for (const y of [today.getFullYear() - 1, today.getFullYear(), today.getFullYear() + 1]) {
    const d = at(y);
    if (d && (!best || Math.abs(d.getTime() - today.getTime()) < Math.abs(best.getTime() - today.getTime())))
      best = d;
  }
  return best;
}

interface DateInText {
  index: number;
  role: Exclude<Role, null>;
  /** For 'back-on' and 'last-day': the first day back; for 'start': the first day away (yyyy-MM-dd). */
  day: string;
}

function datesIn(text: string, today: Date, chrono: Chrono): DateInText[] {
  const lower = text.toLowerCase();
  const nextWeek = [...lower.matchAll(new RegExp(NEXT_WEEK.source, 'gu'))];
  const overlapsNextWeek = (r: ParsedResult) =>
    nextWeek.some((m) => r.index < m.index + m[0].length && m.index < r.index + r.text.length);
  const results = chrono.parse(text, today);
  const forward = new Map(chrono.parse(text, today, { forwardDate: true }).map((r) => [r.index, r]));
  const starts = [...results.map((r) => r.index), ...nextWeek.map((m) => m.index)].sort((a, b) => a - b);
  const nextAfter = (end: number) => starts.find((i) => i >= end) ?? null;
  const found: DateInText[] = [];
  const push = (index: number, date: Date | null, role: Role) => {
    if (!date || !role || !isValid(date)) return;
    found.push({ index, role, day: iso(role === 'last-day' ? addDays(date, 1) : date) });
  };
  for (const r of results) {
    if (overlapsNextWeek(r)) continue;
    const end = r.index + r.text.length;
    const weekdayOnly = !r.start.isCertain('day') && r.start.isCertain('weekday');
    if (r.end?.isCertain('day') && r.start.isCertain('day')) {
      // A range: its end says when they are back, its start when they left (or will leave).
      const start = dateOf(r.start, today);
      let last = dateOf(r.end, today);
      if (start && last && last < start) last = addYears(last, 1);
      push(r.index, start, 'start');
      const until = UNTIL_CONNECTOR.test(r.text.toLowerCase());
      push(r.index, last, roleOf(lower, r.index, end, { until }, nextAfter(end)));
    } else if (weekdayOnly) {
      // A weekday alone is the next one after today ("until Thursday" read on a Friday).
      const f = forward.get(r.index);
      let date = f ? dateOf(f.start, today) : null;
      while (date && iso(date) <= iso(today)) date = addDays(date, 7);
      push(r.index, date, roleOf(lower, r.index, end, null, nextAfter(end)));
    } else if (r.start.isCertain('day') || (r.start.isCertain('month') && r.start.isCertain('weekday'))) {
      push(r.index, dateOf(r.start, today), roleOf(lower, r.index, end, null, nextAfter(end)));
    }
    // Otherwise a month alone ("in March"), a time ("at 9.30"), a fragment: no day.
  }
  for (const m of nextWeek) {
    const monday = startOfWeek(addWeeks(today, 1), { weekStartsOn: 1 });
    const role = roleOf(lower, m.index, m.index + m[0].length, null, nextAfter(m.index + m[0].length));
    // "through next week": back the Monday after it.
    push(m.index, role === 'last-day' ? addDays(monday, 6) : monday, role);
  }
  return found;
}

/** The text's dates, read in `lang` (English when nothing is found in it), as `DateInText`s. */
function readDates(text: string, today: string, lang: ReplyLanguage, hints: ReturnDateHints) {
  const base = parseISO(today);
  if (!isValid(base)) return null;
  const ref = new Date(base.getFullYear(), base.getMonth(), base.getDate(), 12);
  // "16–27 March": chrono joins a range with a plain hyphen.
  const own = ownText(text).replace(/(\d)\s*[–—-]\s*(?=\d)/g, '$1-');
  if (!own) return null;
  const dayFirst = hints.dayFirst ?? (lang === 'en' ? englishDayFirst(own) : true);
  let dates = datesIn(own, ref, chronoFor(lang, dayFirst));
  if (dates.length === 0 && lang !== 'en') dates = datesIn(own, ref, chronoFor('en', englishDayFirst(own)));
  return { own, ref, dates };
}

/**
 * The first day the prospect is back, read from an out-of-office `text`: a calendar date
 * (yyyy-MM-dd) strictly after `today` (yyyy-MM-dd, the rep's local date) and at most a year after
 * it; null when the text gives none. It is a calendar day, not a working day: the cadence moves it
 * to the rep's next working day (lib/cadence, followUpMomentOnOrAfter). `lang` chooses how dates
 * are read (detectLanguage); English also falls back when nothing is found in `lang`.
 */
export function findReturnDate(
  text: string,
  today: string,
  lang: ReplyLanguage,
  hints: ReturnDateHints = {},
): string | null {
  const read = readDates(text, today, lang, hints);
  if (!read) return null;
  const limit = iso(addYears(read.ref, 1));
  const found = read.dates.filter((d) => d.role !== 'start' && d.day > today && d.day <= limit);
  if (found.length === 0) return null;
  const cues = absenceCueSpans(read.own);
  const distance = (c: DateInText) =>
    cues.length === 0
      ? c.index
      : Math.min(...cues.map(([s, e]) => (c.index >= e ? c.index - e : c.index < s ? s - c.index : 0)));
  found.sort((a, b) => distance(a) - distance(b) || a.index - b.index);
  return found[0]?.day ?? null;
}

/**
 * Whether `text` says the absence starts after `today` ("I will be away from 23 March", read on
 * the 20th): an automatic reply is only sent while one is away, so such a message is a person's.
 */
export function absenceStartsAfter(
  text: string,
  today: string,
  lang: ReplyLanguage,
  hints: ReturnDateHints = {},
): boolean {
  const read = readDates(text, today, lang, hints);
  return read?.dates.some((d) => d.role === 'start' && d.day > today) ?? false;
}
