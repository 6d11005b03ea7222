import { TZDate } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';
import type { Lang } from '../model';

/** Day, date and time, without the year: a slot proposed to a prospect is days or weeks away. */
const SLOT_FORMATS: Record<Lang, { pattern: string; locale: Locale }> = {
  en: { pattern: "EEEE d MMMM 'at' HH:mm", locale: enUS },
  fr: { pattern: "EEEE d MMMM 'à' HH:mm", locale: fr },
};

/** A meeting slot as a sentence fragment: "Tuesday 3 March at 10:00", "mardi 3 mars à 10:00", in `timeZone` (IANA). */
export function formatSlot(at: number, lang: Lang, timeZone: string): string {
  const { pattern, locale } = SLOT_FORMATS[lang];
  return format(new TZDate(at, timeZone), pattern, { locale });
}
