// The one home of the locale each language Relance speaks is formatted in: dates, times, numbers
// and money all follow it, whatever the browser's own locale (a French rep on an English browser
// still reads 16/07 and 14:30). British English keeps a 24-hour clock and day-first dates.
import type { Lang } from '../model';

export const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', fr: 'fr-FR' };
