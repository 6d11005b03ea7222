// When each message was sent, and whether a conversation is shown oldest or newest first, from the
// dates the page prints in each message's date title (the only place both webmails show a full
// date, collapsed or expanded). Shared by the adapters; small on purpose (it ships in the content
// scripts, so no date library).
//
// Outlook lets the rep choose (Settings > Mail > Layout > Reading order: "Newest on top" / "Newest
// on bottom"), and the page exposes no attribute for the setting. What it does expose is each
// message's send time, in the title of its time element in the rep's locale and date format:
//   en-US  "Mon 11/23/2026 4:47 PM"     en-GB/fr  "lun. 23/11/2026 16:47"
//   de     "Mo 23.11.2026 16:47"        ja/ISO    "2026/11/23 (月) 16:47"
// Gmail prints the month's name instead: "Mon, Nov 23, 2026, 4:47 PM", "jeu. 19 nov. 2026, 14:05".
// Weekday words cannot be read in every language, so only month names (a short table) and numbers
// are. The day/month order of a numeric date is ambiguous (11/12/2026), so every plausible reading
// (month first, day first, year first) is tried on all the messages; a reading where some date is
// impossible is dropped. A conversation is monotonic in time, so when every remaining reading
// orders the messages the same way, that is the order. When no time can be read, or the readings
// disagree, the DOM order is taken as oldest first (the "Newest on bottom" layout, Gmail's only one).

export type Direction = 'oldest-first' | 'newest-first' | 'unknown';

export type Reading = 'month-first' | 'day-first' | 'year-first';
const READINGS: readonly Reading[] = ['month-first', 'day-first', 'year-first'];

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// "4:47", "16:47", "4:47:09"; the meridiem words cover the English and Spanish/Portuguese forms.
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.\s?m\.|p\.\s?m\.)?/i;

// Month names by their first letters (accents dropped), in the languages the webmails are read in
// most: en, fr, de, es, it, pt, nl. "juin"/"juil" need four letters; everything else three.
const MONTH_NAMES = [
  'jan ene gen',
  'feb fev',
  'mar mrz mrt',
  'apr avr abr',
  'may mai mag mei',
  'jun juin giu',
  'jul juil lug',
  'aug aou ago',
  'sep set',
  'oct okt ott out',
  'nov',
  'dec dez dic',
];
const MONTHS = new Map(
  MONTH_NAMES.flatMap((names, i) => names.split(' ').map((name) => [name, i + 1] as const)),
);

function monthOf(word: string): number | undefined {
  const plain = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return MONTHS.get(plain.slice(0, 4)) ?? MONTHS.get(plain.slice(0, 3));
}

function timeOf(text: string): { clock: [number, number, number]; rest: string } | null {
  const time = TIME.exec(text);
  if (!time) return null;
  let hour = Number(time[1]);
  const meridiem = (time[4] ?? '').replace(/[\s.]/g, '').toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const rest = text.slice(0, time.index) + text.slice(time.index + time[0].length);
  return { clock: [hour, Number(time[2]), Number(time[3] ?? 0)], rest };
}

function valid(clock: WallClock): WallClock | null {
  const { month, day, hour, minute, second } = clock;
  const ok = month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59;
  return ok ? clock : null;
}

/** "Mon, Nov 23, 2026, 4:47 PM", "jeu. 19 nov. 2026, 14:05", "Mo., 23. Nov. 2026, 16:47". */
function namedDate(text: string): WallClock | null {
  const time = timeOf(text);
  if (!time) return null;
  const [hour, minute, second] = time.clock;
  // Three numbers besides the time are a numeric date ("mar. 03/11/2026": "mar." is Tuesday).
  if ((time.rest.match(/\d+/g) ?? []).length > 2) return null;
  // The last month word is the month ("mar." is also Tuesday in French and Spanish, before it).
  const words = Array.from(time.rest.matchAll(/\p{L}{3,}/gu));
  const named = words.reverse().find((word) => monthOf(word[0]) !== undefined);
  const year = /\b(\d{4})\b/.exec(time.rest)?.[1];
  if (!named || !year) return null;
  const month = monthOf(named[0]) ?? 0;
  const around = time.rest.replace(year, ' '.repeat(year.length));
  const at = named.index ?? 0;
  const after = /^\p{L}*\.?\s*(\d{1,2})\b/u.exec(around.slice(at));
  const before = /\b(\d{1,2})\.?\s*$/.exec(around.slice(0, at));
  const day = Number(after?.[1] ?? before?.[1] ?? 0);
  return valid({ year: Number(year), month, day, hour, minute, second });
}

/** "11/23/2026 4:47 PM" under one reading of its numbers; null when impossible under it. */
function numericDate(text: string, reading: Reading): WallClock | null {
  const time = timeOf(text);
  if (!time) return null;
  const [hour, minute, second] = time.clock;
  const numbers = time.rest.match(/\d+/g) ?? [];
  if (numbers.length < 3) return null;
  const [a, b, c] = numbers as [string, string, string];
  if (reading === 'year-first') {
    if (a.length !== 4) return null;
    return valid({ year: Number(a), month: Number(b), day: Number(c), hour, minute, second });
  }
  if (a.length > 2 || b.length > 2 || (c.length !== 4 && c.length !== 2)) return null;
  const year = c.length === 2 ? 2000 + Number(c) : Number(c);
  const [month, day] = reading === 'month-first' ? [Number(a), Number(b)] : [Number(b), Number(a)];
  return valid({ year, month, day, hour, minute, second });
}

/** The date a text prints: a month's name needs no reading; numbers are read under `reading`. */
function wallClock(text: string, reading: Reading): WallClock | null {
  return namedDate(text) ?? numericDate(text, reading);
}

/** A sortable number for one time text under one reading; null when impossible or unreadable. */
export function timeKey(text: string, reading: Reading): number | null {
  const c = wallClock(text, reading);
  return c && ((((c.year * 100 + c.month) * 100 + c.day) * 100 + c.hour) * 100 + c.minute) * 100 + c.second;
}

/** The readings under which every text is a possible date. */
function possibleReadings(texts: readonly string[]): Reading[] {
  return READINGS.filter((reading) => texts.every((t) => timeKey(t, reading) !== null));
}

/** The order of the messages whose time texts are given in DOM order ('' when a message has none). */
export function directionOf(timeTexts: readonly string[]): Direction {
  const texts = timeTexts.filter((t) => t.trim() !== '');
  if (texts.length < 2) return 'unknown';
  const verdicts = new Set<Direction>();
  for (const reading of possibleReadings(texts)) {
    const verdict = monotonic(texts.map((t) => timeKey(t, reading) ?? 0));
    if (verdict !== 'unknown') verdicts.add(verdict); // out of time order: not this format either
  }
  const [only] = verdicts;
  return verdicts.size === 1 && only ? only : 'unknown';
}

function monotonic(keys: readonly number[]): Direction {
  let rising = false;
  let falling = false;
  for (let i = 1; i < keys.length; i++) {
    const step = (keys[i] ?? 0) - (keys[i - 1] ?? 0);
    if (step > 0) rising = true;
    if (step < 0) falling = true;
  }
  if (rising === falling) return 'unknown'; // all equal, or zigzagging under this reading
  return rising ? 'oldest-first' : 'newest-first';
}

/** Items in DOM order put oldest first: reversed when the page shows them newest first. */
export function oldestFirst<T>(inDom: readonly T[], direction: Direction): T[] {
  return direction === 'newest-first' ? [...inDom].reverse() : [...inDom];
}

/**
 * When each message was sent (epoch ms, in the browser's time zone, which is the one the webmail
 * prints in), null where unreadable. Numeric dates are read under the first reading possible for
 * every text of the thread, the page language's usual one first (month first only in US English).
 */
export function sentTimes(timeTexts: readonly string[], lang: string): (number | null)[] {
  const texts = timeTexts.filter((t) => t.trim() !== '');
  const usual: Reading = /^en(-us)?$/i.test(lang.trim()) ? 'month-first' : 'day-first';
  const readings = possibleReadings(texts);
  const reading = readings.includes(usual) ? usual : (readings[0] ?? usual);
  return timeTexts.map((text) => {
    const c = text.trim() === '' ? null : wallClock(text, reading);
    return c ? new Date(c.year, c.month - 1, c.day, c.hour, c.minute, c.second).getTime() : null;
  });
}
