import { formatDateAtTime } from '../intl/dates';
import type { EpochMs, Lang } from '../model';

/**
 * A meeting slot as a sentence fragment: "Tuesday 3 March at 10:00", "mardi 3 mars à 10:00", in
 * `timeZone` (IANA); the year is written when the slot is not in the year of `now` ("Friday 16 July
 * 2027 at 10:00"). The same words as the thread panel's (lib/intl/dates.ts).
 */
export function formatSlot(at: EpochMs, lang: Lang, timeZone: string, now: EpochMs): string {
  return formatDateAtTime(at, lang, timeZone, now);
}
