// Whether a conversation is shown oldest first or newest first.
//
// Outlook lets the rep choose (Settings > Mail > Layout > Reading order: "Newest on top" / "Newest
// on bottom"), and the page exposes no attribute for the setting. What it does expose is each
// message's send time, in the title of its time element in the rep's locale and date format:
//   en-US  "Mon 11/23/2026 4:47 PM"     en-GB/fr  "lun. 23/11/2026 16:47"
//   de     "Mo 23.11.2026 16:47"        ja/ISO    "2026/11/23 (月) 16:47"
// Weekday and month words cannot be read in every language, so only the numbers are used. The
// day/month order is ambiguous (11/12/2026), so every plausible reading (month first, day first,
// year first) is tried on all the messages; a reading where some date is impossible is dropped. A
// conversation is monotonic in time, so when every remaining reading orders the messages the same
// way, that is the order. When no time can be read, or the readings disagree, the DOM order is
// taken as oldest first (the "Newest on bottom" layout the reconstructions show).

export type Direction = 'oldest-first' | 'newest-first' | 'unknown';

type Reading = 'month-first' | 'day-first' | 'year-first';
const READINGS: readonly Reading[] = ['month-first', 'day-first', 'year-first'];

// "4:47", "16:47", "4:47:09"; the meridiem words cover the English and Spanish/Portuguese forms.
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.\s?m\.|p\.\s?m\.)?/i;

/** A sortable number for one time text under one reading; null when impossible or unreadable. */
export function timeKey(text: string, reading: Reading): number | null {
  const time = TIME.exec(text);
  if (!time) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = Number(time[3] ?? 0);
  const meridiem = (time[4] ?? '').replace(/[\s.]/g, '').toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const dateText = text.slice(0, time.index) + text.slice(time.index + time[0].length);
  const numbers = dateText.match(/\d+/g) ?? [];
  if (numbers.length < 3) return null;
  const [a, b, c] = numbers as [string, string, string];
  let year: number;
  let month: number;
  let day: number;
  if (reading === 'year-first') {
    if (a.length !== 4) return null;
    [year, month, day] = [Number(a), Number(b), Number(c)];
  } else {
    if (a.length > 2 || b.length > 2 || (c.length !== 4 && c.length !== 2)) return null;
    year = c.length === 2 ? 2000 + Number(c) : Number(c);
    [month, day] = reading === 'month-first' ? [Number(a), Number(b)] : [Number(b), Number(a)];
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  return ((((year * 100 + month) * 100 + day) * 100 + hour) * 100 + minute) * 100 + second;
}

/** The order of the messages whose time texts are given in DOM order ('' when a message has none). */
export function directionOf(timeTexts: readonly string[]): Direction {
  const texts = timeTexts.filter((t) => t.trim() !== '');
  if (texts.length < 2) return 'unknown';
  const verdicts = new Set<Direction>();
  for (const reading of READINGS) {
    const keys = texts.map((t) => timeKey(t, reading));
    if (keys.some((k) => k === null)) continue; // an impossible date: not this format
    const verdict = monotonic(keys as number[]);
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
