// The time zones a rep can pick, from the browser's own list (Intl.supportedValuesOf), each with
// words to find it by in the rep's language: the city ("New York"), the zone's name ("Eastern
// Time" / "heure de l’Est nord-américain") and its offset now ("GMT-5" / "UTC−5").
import type { EpochMs, Lang } from '../model';
import { LOCALES } from './locale';

export interface TimeZoneOption {
  /** The IANA id, as stored: "America/New_York". */
  id: string;
  /** "New York" */
  city: string;
  /** "America", "America · Argentina"; '' for "UTC". */
  region: string;
  /** "Eastern Time" */
  name: string;
  /** "GMT-5", at the instant the options were made. */
  offset: string;
  /** Folded words the search matches. */
  search: string;
}

/** The browser's own zone ("Europe/Paris"); 'UTC' when it does not say. */
export function detectedTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function isTimeZone(id: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: id });
    return true;
  } catch {
    return false;
  }
}

/** Every zone the browser knows, with `extra` ones (the detected zone, the one saved, UTC) it may not list. */
export function timeZoneIds(extra: readonly string[] = []): string[] {
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = new Set([...listed, 'UTC', ...extra.filter((id) => id !== '' && isTimeZone(id))]);
  return [...all].sort();
}

/** Lower case, no accents, separators as spaces: "Ho_Chi_Minh" → "ho chi minh". */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[_/’'.,()-]+/g, ' ')
    .toLowerCase()
    .trim();

function zoneName(id: string, lang: Lang, at: EpochMs, style: 'longGeneric' | 'shortOffset'): string {
  try {
    return (
      new Intl.DateTimeFormat(LOCALES[lang], { timeZone: id, timeZoneName: style })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value ?? ''
    );
  } catch {
    return '';
  }
}

/**
 * Cities renamed since ICU's canonical ids were fixed: some browsers still list the old id
 * (Asia/Calcutta), the rep searches the city's name today.
 */
const CITY_NOW: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Kolkata',
  'Asia/Saigon': 'Ho Chi Minh',
  'Asia/Katmandu': 'Kathmandu',
  'Asia/Rangoon': 'Yangon',
  'Europe/Kiev': 'Kyiv',
  'America/Godthab': 'Nuuk',
  'Atlantic/Faeroe': 'Faroe',
  'Pacific/Enderbury': 'Kanton',
};

/** One option per zone, sorted by city, its words in `lang`; the offsets are those at `at`. */
export function timeZoneOptions(ids: readonly string[], lang: Lang, at: EpochMs): TimeZoneOption[] {
  const collator = new Intl.Collator(LOCALES[lang]);
  return ids
    .map((id) => {
      const segments = id.split('/');
      const city = CITY_NOW[id] ?? (segments.at(-1) ?? id).replace(/_/g, ' ');
      const region = segments.slice(0, -1).join(' · ').replace(/_/g, ' ');
      const name = zoneName(id, lang, at, 'longGeneric');
      const offset = zoneName(id, lang, at, 'shortOffset');
      return { id, city, region, name, offset, search: fold(`${city} ${id} ${name} ${offset}`) };
    })
    .sort((a, b) => collator.compare(a.city, b.city) || collator.compare(a.id, b.id));
}

/**
 * The options matching `query` (every word of it somewhere in the option's words), those whose city
 * starts with the query first. An empty query matches everything.
 */
export function filterTimeZones(options: readonly TimeZoneOption[], query: string): TimeZoneOption[] {
  const q = fold(query);
  if (q === '') return [...options];
  const words = q.split(/\s+/);
  const matches = options.filter((o) => words.every((w) => o.search.includes(w)));
  // Cities that start with the query first, and among them the main zones (America/New_York)
  // before the local variants (America/North_Dakota/New_Salem).
  const rank = (o: TimeZoneOption) =>
    (fold(o.city).startsWith(q) ? 0 : 2) + (o.id.split('/').length > 2 ? 1 : 0);
  return matches
    .map((o, i) => [o, i] as const)
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1])
    .map(([o]) => o);
}

/** "Paris — Central European Time (GMT+1)": how a picked zone reads. */
export function timeZoneLabel(option: Pick<TimeZoneOption, 'city' | 'name' | 'offset'>): string {
  // A zone without a name of its own (UTC, Etc/GMT+5) is named by its offset: say it once.
  const named = option.name !== '' && !/^(GMT|UTC)([+−-]|$)/.test(option.name);
  const name = named ? ` — ${option.name}` : '';
  return `${option.city}${name}${option.offset ? ` (${option.offset})` : ''}`;
}
