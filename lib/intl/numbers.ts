// Numbers as a rep writes them, read and shown in Relance's language: "24 000", "24 000,50",
// "24,000.50", "24.000,50". Pure (Intl only), so the panel's prospect form, the projection and the
// deals page read amounts the same way. The separators come from Intl (formatToParts), so French
// writes the narrow no-break space Intl writes (U+202F), and every space a keyboard or a paste gives
// (space, U+00A0, U+202F, U+2009) reads as a thousands separator.
import type { Lang } from '../model';
import { LOCALES } from './locale';

export interface NumberSeparators {
  /** Between thousands: "," in English, U+202F in French. */
  group: string;
  /** Before the decimals: "." in English, "," in French. */
  decimal: string;
}

const separatorCache = new Map<Lang, NumberSeparators>();

export function numberSeparators(lang: Lang): NumberSeparators {
  let found = separatorCache.get(lang);
  if (!found) {
    const parts = new Intl.NumberFormat(LOCALES[lang]).formatToParts(1234567.5);
    found = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(lang, found);
  }
  return found;
}

/** Spaces that separate thousands, whichever a keyboard, Intl or a paste from a spreadsheet gives. */
const SPACES = /[\s\u00a0\u202f\u2009]/;
const SPACE = ' ';

/**
 * The number `text` means, read in `lang`; null when it is not one (empty, letters, a currency
 * sign, misplaced separators such as "24,000,5").
 *
 * - Spaces always separate thousands: "24 000", "24 000,50".
 * - With both "." and ",", the last one is the decimal point: "24,000.50", "24.000,50".
 * - With one of them only: used twice or more it separates thousands ("1,000,000"); once, it is the
 *   decimal point unless exactly three digits follow, where the language decides — "24,000" is
 *   24000 in English and 24 in French; "24.000" is 24 in English and 24000 in French.
 * - Thousands groups have three digits (the first one to three): "24,00" is refused as a group and
 *   read as a decimal, "2,40,000" is refused.
 */
export function parseNumber(text: string, lang: Lang): number | null {
  let body = text.trim().replace(/\u2212/g, '-');
  let sign = 1;
  if (body.startsWith('-') || body.startsWith('+')) {
    if (body.startsWith('-')) sign = -1;
    body = body.slice(1).trimStart();
  }
  // Digit runs and the single separator between each two.
  const tokens = body.split(/([.,]|[\s\u00a0\u202f\u2009]+)/).filter((t) => t !== '');
  if (tokens.length === 0) return null;
  const runs: string[] = [];
  const seps: string[] = [];
  for (const [i, token] of tokens.entries()) {
    const isDigits = /^\d+$/.test(token);
    if (i % 2 === 0 ? !isDigits : isDigits) return null;
    if (isDigits) runs.push(token);
    else seps.push(SPACES.test(token) ? SPACE : token);
  }
  if (runs.length !== seps.length + 1) return null; // ends with a separator

  const decimalAt = decimalIndex(seps, runs, lang);
  if (decimalAt === undefined) return null;
  const groupSeps = decimalAt === null ? seps : seps.slice(0, decimalAt);
  const intRuns = decimalAt === null ? runs : runs.slice(0, decimalAt + 1);
  // One kind of thousands separator, and groups of three after the first.
  if (new Set(groupSeps).size > 1) return null;
  if (groupSeps.length > 0) {
    if ((intRuns[0] ?? '').length > 3 || intRuns.slice(1).some((r) => r.length !== 3)) return null;
  }
  const fraction = decimalAt === null ? '' : `.${runs[decimalAt + 1]}`;
  const value = Number(`${intRuns.join('')}${fraction}`);
  return Number.isFinite(value) ? sign * value : null;
}

/**
 * Which separator (its index in `seps`) is the decimal point: null for none, undefined when the
 * separators cannot be read as a number.
 */
function decimalIndex(
  seps: readonly string[],
  runs: readonly string[],
  lang: Lang,
): number | null | undefined {
  const marks = seps.filter((s) => s !== SPACE);
  if (marks.length === 0) return null;
  const lastIndex = seps.length - 1;
  const last = seps[lastIndex] as string;
  const kinds = new Set(marks);
  if (kinds.size === 2) {
    // "24,000.50" / "24.000,50": the last one, used once, after every other separator.
    if (last === SPACE || marks.filter((m) => m === last).length !== 1) return undefined;
    return lastIndex;
  }
  const mark = marks[0] as string;
  if (marks.length > 1) return null; // "1,000,000": thousands only
  const at = seps.indexOf(mark);
  if (at !== lastIndex) return undefined; // "1,000 000": a mark before spaces
  if (seps.includes(SPACE)) return at; // "24 000,50": spaces took the thousands
  if ((runs[at + 1] ?? '').length !== 3) return at; // "24,5", "0,25"
  return mark === numberSeparators(lang).decimal ? at : null;
}

const formatCache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formatCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    formatCache.set(key, f);
  }
  return f;
}

/** "24 000,5" / "24,000.5": up to `maximumFractionDigits` decimals (default 2). */
export function formatNumber(value: number, lang: Lang, { maximumFractionDigits = 2 } = {}): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

/**
 * An amount as an input shows it, so that parseNumber reads it back: "24 000" for a round amount,
 * "24 000,50" with its cents.
 */
export function formatAmountInput(amount: number, lang: Lang): string {
  const cents = !Number.isInteger(amount);
  return numberFormat(lang, cents ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : {}).format(
    amount,
  );
}

/** An ISO 4217 code as typed ("eur ") → "EUR"; null when it is not three letters. */
export function currencyCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
}

/**
 * A deal's value in its own currency, in the rep's language: "€24,000" / "24 000 €", with cents
 * only when it has some ("24 000,50 €"). A code Intl cannot use reads "24 000 XYZ".
 */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  const cents = !Number.isInteger(amount);
  try {
    return numberFormat(lang, {
      style: 'currency',
      currency,
      ...(cents ? {} : { minimumFractionDigits: 0, maximumFractionDigits: 0 }),
    }).format(amount);
  } catch {
    return `${formatNumber(amount, lang)} ${currency}`;
  }
}
