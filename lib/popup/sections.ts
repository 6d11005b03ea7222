// The popup's three lists of due follow-ups, cut at the rep's local day boundaries:
//   overdue   dueAt < now                        oldest first ("3 days late")
//   today     now ≤ dueAt ≤ end of today         by time
//   upcoming  end of today < dueAt ≤ end of day+7 by time ("Next 7 days")
// overdue + today = everything due until the end of the local day: exactly what the toolbar badge
// counts (lib/reminders: countDue(endOfLocalDay)), so the two always agree. The day boundaries are
// the rep's clock (lib/cadence/clock.ts).
import { endOfLocalDay, endOfLocalDayAfter, startOfLocalDay } from '../cadence/clock';
import type { FollowUp } from '../model';

export const SECTIONS = ['overdue', 'today', 'upcoming'] as const;
export type Section = (typeof SECTIONS)[number];

/** How many local days "Next 7 days" looks ahead after today. */
export const UPCOMING_DAYS = 7;

/** The instants the popup cuts at, for one `now` in one time zone. */
export interface PopupWindow {
  now: number;
  timeZone: string;
  /** The first millisecond of the rep's local today. */
  startOfToday: number;
  /** The last millisecond of the rep's local today (inclusive bound). */
  endOfToday: number;
  /** The last millisecond of the local day UPCOMING_DAYS after today (inclusive bound). */
  endOfUpcoming: number;
}

export function popupWindow(now: number, timeZone: string): PopupWindow {
  return {
    now,
    timeZone,
    startOfToday: startOfLocalDay(now, timeZone),
    endOfToday: endOfLocalDay(now, timeZone),
    // Calendar days in the zone, not 7 × 24 h: a daylight-saving change keeps the boundary at midnight.
    endOfUpcoming: endOfLocalDayAfter(now, UPCOMING_DAYS, timeZone),
  };
}

/** A section's dueAt range as an IndexedDB key range would take it. */
export interface SectionBounds {
  lower: number;
  upper: number;
  includeLower: boolean;
  includeUpper: boolean;
}

export function sectionBounds(section: Section, w: PopupWindow): SectionBounds {
  switch (section) {
    case 'overdue':
      return { lower: Number.NEGATIVE_INFINITY, upper: w.now, includeLower: true, includeUpper: false };
    case 'today':
      // endOfToday can be before now only if the clock is odd; keep the range well-formed.
      return { lower: w.now, upper: Math.max(w.now, w.endOfToday), includeLower: true, includeUpper: true };
    case 'upcoming':
      return { lower: w.endOfToday, upper: w.endOfUpcoming, includeLower: false, includeUpper: true };
  }
}

/** Which section a due instant falls in; null when it is further than the upcoming days. */
export function sectionOf(dueAt: number, w: PopupWindow): Section | null {
  for (const section of SECTIONS) {
    const b = sectionBounds(section, w);
    const aboveLower = b.includeLower ? dueAt >= b.lower : dueAt > b.lower;
    const belowUpper = b.includeUpper ? dueAt <= b.upper : dueAt < b.upper;
    if (aboveLower && belowUpper) return section;
  }
  return null;
}

/** The order of every section: by due instant, then by id (the order of the [status+dueAt] index). */
export function byDueAt(a: Pick<FollowUp, 'dueAt' | 'id'>, b: Pick<FollowUp, 'dueAt' | 'id'>): number {
  return a.dueAt - b.dueAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export type Grouped<T> = Record<Section, T[]>;

/** Sorts pending follow-ups into the sections (only status 'due' ones: paused ones count nowhere). */
export function groupFollowUps<T extends Pick<FollowUp, 'dueAt' | 'id' | 'status'>>(
  followUps: readonly T[],
  w: PopupWindow,
): Grouped<T> {
  const grouped: Grouped<T> = { overdue: [], today: [], upcoming: [] };
  for (const f of [...followUps].sort(byDueAt)) {
    if (f.status !== 'due') continue;
    const section = sectionOf(f.dueAt, w);
    if (section) grouped[section].push(f);
  }
  return grouped;
}
