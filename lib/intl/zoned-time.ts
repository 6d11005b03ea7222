// Wall-clock time in a time zone through the browser's own Intl (no date-fns): small enough for the
// content scripts, which the thread panel and the date-time field run in.

const cache = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.DateTimeFormat (building one costs far more than using it). */
export function dateTimeFormat(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(key, f);
  }
  return f;
}

/** The numeric parts of `at` in `timeZone`: year, month (1–12), day, hour (0–23), minute. */
export function zonedParts(at: number, timeZone: string): [number, number, number, number, number] {
  const parts = dateTimeFormat('en-US', timeZone, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  return [get('year'), get('month'), get('day'), get('hour') % 24, get('minute')];
}

/** The instant showing this wall-clock time in `timeZone` (the earlier one in an autumn overlap). */
export function zonedTimeToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (instant: number) => {
    const [y, mo, d, h, mi] = zonedParts(instant, timeZone);
    return Date.UTC(y, mo - 1, d, h, mi) - instant;
  };
  // Two passes settle the offset across a daylight-saving change.
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return instant;
}
