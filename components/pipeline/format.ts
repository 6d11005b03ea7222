// Numbers, money, months and durations for the Pipeline page, in the rep's language.
import { i18n } from '#i18n';
import { LOCALES } from '../../lib/intl/locale';
import type { Lang, Span } from '../../lib/model';

export interface Formatters {
  lang: Lang;
  count: (value: number) => string;
  /** 0.1234 → "12.34%"; '—' for a missing figure. */
  percent: (rate: number | null) => string;
  money: (amount: number, currency: string) => string;
  /** 'yyyy-MM' → "April 2026". */
  month: (key: string) => string;
  /** A median stay in ms → "4.5 d" or "3 h". */
  stay: (ms: number | null) => string;
  span: (span: Span) => string;
}

export const MISSING = '—';
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export function formatters(lang: Lang): Formatters {
  const locale = LOCALES[lang];
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const months = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    lang,
    // People needed are whole people: round up, forgiving float noise (6000.0000001 → 6,000), and
    // never show "-0" for a zero.
    count: (value) => counts.format(Math.ceil(value - 1e-9) || 0),
    percent: (rate) => (rate === null ? MISSING : percents.format(rate)),
    money: (amount, currency) => {
      try {
        return new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          maximumFractionDigits: 0,
        }).format(amount);
      } catch {
        return `${counts.format(amount)} ${currency}`;
      }
    },
    month: (key) => {
      const [year, month] = key.split('-').map(Number);
      if (!year || !month) return key;
      return months.format(Date.UTC(year, month - 1, 1));
    },
    stay: (ms) => {
      if (ms === null) return MISSING;
      if (ms < DAY_MS) return i18n.t('pipeline.hours', [decimals.format(ms / HOUR_MS)]);
      return i18n.t('pipeline.days', [decimals.format(ms / DAY_MS)]);
    },
    span: (span) => {
      const parts: string[] = [];
      if (span.months) parts.push(i18n.t('pipeline.spanMonths', [String(span.months)]));
      if (span.weeks) parts.push(i18n.t('pipeline.spanWeeks', [String(span.weeks)]));
      if (span.days) parts.push(i18n.t('pipeline.spanDays', [String(span.days)]));
      if (span.hours) parts.push(i18n.t('pipeline.spanHours', [String(span.hours)]));
      if (span.minutes) parts.push(i18n.t('pipeline.spanMinutes', [String(span.minutes)]));
      return parts.length === 0 ? MISSING : parts.join(', ');
    },
  };
}
