// Property-based tests of lib/cadence (fast-check): for random cadences, working times, IANA zones
// and start instants — many of them on the days the zone changes its clocks — the promises the
// scheduling makes hold. The expectations read local dates and times through Intl (the runtime's
// time zone database), never through lib/cadence, so a bug in our date arithmetic cannot hide in
// its own oracle. A failure prints fast-check's seed and the shrunk counterexample: replay it with
// `{ seed, path }` in fc.assert's options, and read it before touching a property.
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CadenceStep,
  type CadenceTail,
  CHANNELS,
  type DateRange,
  type Span,
  type WorkingTime,
} from '../model';
import { CadenceError } from './errors';
import { type CadenceShape, cadenceDueDates, cadenceStepCount } from './schedule';
import { SNOOZE_PRESETS, snoozeUntil } from './snooze';
import { shiftForVacation } from './vacation';

const RUNS = { numRuns: 200 };
/** Generous under a loaded CI machine; each property takes a second or two on an idle one. */
const SLOW = 30_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Zones with every kind of offset: none, half-hour, 45-minute, a 30-minute DST, southern DST, none at all. */
const ZONES = [
  'UTC',
  'Europe/Paris',
  'Europe/London',
  'America/New_York',
  'America/Sao_Paulo',
  'America/St_Johns',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
] as const;

// ---------------------------------------------------------------------------------------------
// The oracle: local calendar reading through Intl alone.

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(zone: string): Intl.DateTimeFormat {
  let f = partsFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
      timeZoneName: 'longOffset',
    });
    partsFormats.set(zone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

interface Local {
  /** yyyy-MM-dd */
  date: string;
  /** HH:mm */
  time: string;
  second: number;
  /** 0 = Sunday */
  weekday: number;
  /** 'GMT+02:00' ('GMT' for UTC itself) */
  offset: string;
}

function local(ms: number, zone: string): Local {
  const p = Object.fromEntries(
    partsFormat(zone)
      .formatToParts(ms)
      .map((x) => [x.type, x.value]),
  );
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    time: `${p.hour}:${p.minute}`,
    second: Number(p.second),
    weekday: WEEKDAYS.indexOf(p.weekday ?? ''),
    offset: p.timeZoneName ?? '',
  };
}

/** A calendar date plus whole days, by UTC arithmetic on the date alone (no zone involved). */
function plusDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / DAY);
}

function weekdayOf(date: string): number {
  return new Date(`${date}T12:00Z`).getUTCDay();
}

/** The rule a working date follows, written independently of working-time.ts. */
function worksOn(date: string, wt: WorkingTime): boolean {
  return (
    wt.workingDays.includes(weekdayOf(date)) &&
    !wt.holidays.includes(date) &&
    !wt.vacations.some((v) => v.from <= date && date <= v.to)
  );
}

/** The clocks change during this local date (its first and last instants have different offsets). */
function clocksChangeOn(date: string, zone: string): boolean {
  const noon = Date.parse(`${date}T12:00Z`);
  // Look a day either side of noon UTC for the instants that fall on `date` locally.
  const offsets = new Set<string>();
  for (let t = noon - 36 * HOUR; t <= noon + 36 * HOUR; t += 15 * 60_000) {
    const l = local(t, zone);
    if (l.date === date) offsets.add(l.offset);
  }
  return offsets.size > 1;
}

/** Noon UTC of each day (2016–2030) whose offset differs from the previous day's: around a DST change. */
function clockChangesOf(zone: string): number[] {
  const found: number[] = [];
  // Week by week, then day by day inside a week whose offset changed (no zone changes twice a week).
  let previous = local(Date.UTC(2016, 0, 1, 12), zone).offset;
  for (let week = Date.UTC(2016, 0, 1, 12); week < Date.UTC(2031, 0, 1); week += 7 * DAY) {
    const offset = local(week + 7 * DAY, zone).offset;
    if (offset !== previous) {
      for (let t = week + DAY; t <= week + 7 * DAY; t += DAY) {
        if (local(t, zone).offset !== local(t - DAY, zone).offset) found.push(t);
      }
    }
    previous = offset;
  }
  return found;
}

const CLOCK_CHANGES = new Map(ZONES.map((zone) => [zone, clockChangesOf(zone)]));

// ---------------------------------------------------------------------------------------------
// Generators

const zoneArb = fc.constantFrom(...ZONES);

/** Any instant 2016–2030, or one within two days of one of `zone`'s clock changes. */
function startArb(zone: string): fc.Arbitrary<number> {
  const anyDay = fc.integer({ min: Date.UTC(2016, 0, 1), max: Date.UTC(2030, 11, 31) });
  const changes = CLOCK_CHANGES.get(zone as (typeof ZONES)[number]) ?? [];
  if (changes.length === 0) return anyDay;
  const nearChange = fc
    .tuple(fc.constantFrom(...changes), fc.integer({ min: -48 * 60, max: 48 * 60 }))
    .map(([change, minutes]) => change + minutes * 60_000);
  return fc.oneof(anyDay, nearChange);
}

const pad = (n: number) => String(n).padStart(2, '0');
const clockArb = (minHour: number, maxHour: number) =>
  fc
    .tuple(fc.integer({ min: minHour, max: maxHour }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${pad(h)}:${pad(m)}`);

/**
 * A rep's working time near `start`: any non-empty set of working weekdays, a follow-up time in the
 * morning and an end of day in the afternoon (every zone here changes its clocks at night, so
 * neither is ever skipped), days off and vacations of up to a month within the next year and a half.
 */
function workingTimeArb(zone: string, start: number): fc.Arbitrary<WorkingTime> {
  const today = local(start, zone).date;
  return fc.record({
    workingDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    followUpTime: clockArb(6, 11),
    dayEndTime: clockArb(12, 21),
    timeZone: fc.constant(zone),
    holidays: fc.uniqueArray(
      fc.integer({ min: -30, max: 540 }).map((d) => plusDays(today, d)),
      { maxLength: 20 },
    ),
    vacations: fc.array(
      fc.tuple(fc.integer({ min: -30, max: 540 }), fc.integer({ min: 0, max: 30 })).map(
        ([from, length]): DateRange => ({
          from: plusDays(today, from),
          to: plusDays(today, from + length),
        }),
      ),
      { maxLength: 4 },
    ),
  });
}

const spanArb: fc.Arbitrary<Span> = fc.oneof(
  fc.constant({}),
  fc.record({ days: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ weeks: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ months: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ hours: fc.integer({ min: 0, max: 30 }) }),
  fc.record({ minutes: fc.integer({ min: 0, max: 600 }) }),
  fc.record(
    {
      months: fc.integer({ min: 0, max: 2 }),
      weeks: fc.integer({ min: 0, max: 2 }),
      days: fc.integer({ min: 0, max: 5 }),
      hours: fc.integer({ min: 0, max: 12 }),
      minutes: fc.integer({ min: 0, max: 59 }),
    },
    { requiredKeys: [] },
  ),
);

const stepArb: fc.Arbitrary<CadenceStep> = fc.record({
  after: spanArb,
  channel: fc.constantFrom(...CHANNELS),
  templateKind: fc.constantFrom('relance', 'good-news', 'breakup', null),
});

const tailArb: fc.Arbitrary<CadenceTail> = fc.record({
  every: spanArb,
  times: fc.integer({ min: 0, max: 4 }),
  channel: fc.constantFrom('email', 'phone'),
  templateKind: fc.constantFrom('relance', null),
});

const cadenceArb: fc.Arbitrary<CadenceShape> = fc.record({
  steps: fc.array(stepArb, { maxLength: 8 }),
  tail: fc.option(tailArb, { nil: null }),
  breakup: fc.option(stepArb, { nil: null }),
});

/** Zone, start, working time, cadence. */
const scheduleCaseArb = zoneArb.chain((zone) =>
  startArb(zone).chain((start) =>
    fc.record({
      zone: fc.constant(zone),
      start: fc.constant(start),
      wt: workingTimeArb(zone, start),
      cadence: cadenceArb,
    }),
  ),
);

/** The spans of each step in order: fixed steps, tail repetitions, breakup. */
function spansOf(cadence: CadenceShape): Span[] {
  return [
    ...cadence.steps.map((s) => s.after),
    ...Array.from({ length: cadence.tail?.times ?? 0 }, () => cadence.tail?.every ?? {}),
    ...(cadence.breakup ? [cadence.breakup.after] : []),
  ];
}

const isCalendarSpan = (span: Span) =>
  !span.hours && !span.minutes && Boolean(span.months || span.weeks || span.days);

// ---------------------------------------------------------------------------------------------

describe('cadenceDueDates, for random cadences, working times, zones and starts', () => {
  // One property for the three promises, so that each generated case is scheduled once (fast CI).
  it(
    'every due date: strictly after the previous one and not before the start; on a working date; in working hours, at the follow-up time for day/week/month delays',
    () => {
      fc.assert(
        fc.property(scheduleCaseArb, ({ zone, start, wt, cadence }) => {
          const steps = cadenceDueDates(cadence, start, wt);
          const spans = spansOf(cadence);
          expect(steps).toHaveLength(cadenceStepCount(cadence));
          steps.forEach(({ index, dueAt }, i) => {
            // Strictly increasing, none before the start.
            expect(index).toBe(i);
            expect(dueAt).toBeGreaterThanOrEqual(start);
            if (i > 0) expect(dueAt).toBeGreaterThan(steps[i - 1]?.dueAt ?? Number.NaN);
            // On a working weekday of the rep, never on a day off or during a vacation.
            const { date, weekday, time, second } = local(dueAt, zone);
            expect(wt.workingDays, `${date} is a ${WEEKDAYS[weekday]}`).toContain(weekday);
            expect(wt.holidays).not.toContain(date);
            expect(wt.vacations.filter((v) => v.from <= date && date <= v.to)).toEqual([]);
            // Within the working hours in the rep's zone; exactly the follow-up time after a calendar delay.
            expect(time >= wt.followUpTime && time < wt.dayEndTime, `${date} ${time} in working hours`).toBe(
              true,
            );
            const span = spans[i];
            if (span && isCalendarSpan(span)) {
              expect({ time, second, ms: dueAt % 1000 }).toEqual({ time: wt.followUpTime, second: 0, ms: 0 });
            }
          });
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'keeps the follow-up wall-clock time on both sides of a daylight-saving change',
    () => {
      // Started three or four days before a clock change, ten daily steps cross it.
      const daily: CadenceShape = {
        steps: [{ after: { days: 1 }, channel: 'email', templateKind: null }],
        tail: { every: { days: 1 }, times: 9, channel: 'email', templateKind: null },
        breakup: null,
      };
      const zonesWithDst = ZONES.filter((z) => (CLOCK_CHANGES.get(z) ?? []).length > 0);
      const arb = fc.constantFrom(...zonesWithDst).chain((zone) =>
        fc.record({
          zone: fc.constant(zone),
          change: fc.constantFrom(...(CLOCK_CHANGES.get(zone) ?? [])),
          before: fc.integer({ min: 3, max: 4 }),
          followUpTime: clockArb(6, 11),
        }),
      );
      fc.assert(
        fc.property(arb, ({ zone, change, before, followUpTime }) => {
          const wt: WorkingTime = {
            workingDays: [0, 1, 2, 3, 4, 5, 6],
            followUpTime,
            dayEndTime: '18:00',
            timeZone: zone,
            holidays: [],
            vacations: [],
          };
          const steps = cadenceDueDates(daily, change - before * DAY, wt);
          const offsets = new Set(steps.map((s) => local(s.dueAt, zone).offset));
          expect(offsets.size, 'the steps cross the change').toBe(2);
          for (const { dueAt } of steps) expect(local(dueAt, zone).time).toBe(followUpTime);
          // One day apart in the calendar, whatever the day's length in hours.
          steps.slice(1).forEach((s, i) => {
            const previous = steps[i];
            if (previous)
              expect(daysBetween(local(previous.dueAt, zone).date, local(s.dueAt, zone).date)).toBe(1);
          });
        }),
        RUNS,
      );
    },
    SLOW,
  );
});

// ---------------------------------------------------------------------------------------------

const nowCaseArb = zoneArb.chain((zone) =>
  startArb(zone).chain((now) =>
    fc.record({ zone: fc.constant(zone), now: fc.constant(now), wt: workingTimeArb(zone, now) }),
  ),
);

describe('snoozeUntil', () => {
  it(
    'never moves a follow-up that fell due earlier than now, nor earlier than its due',
    () => {
      const arb = fc.record({
        c: nowCaseArb,
        preset: fc.constantFrom(...SNOOZE_PRESETS),
        overdueBy: fc.integer({ min: 0, max: 90 * DAY }),
      });
      fc.assert(
        fc.property(arb, ({ c: { now, wt }, preset, overdueBy }) => {
          const dueAt = now - overdueBy;
          const until = snoozeUntil({ preset }, now, wt);
          expect(until).toBeGreaterThan(now);
          expect(until).toBeGreaterThan(dueAt);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'in-1-hour is one hour of real time, even across a clock change',
    () => {
      fc.assert(
        fc.property(nowCaseArb, ({ now, wt }) => {
          expect(snoozeUntil({ preset: 'in-1-hour' }, now, wt) - now).toBe(HOUR);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'tomorrow-morning and next-monday land on a later working date, at the follow-up time',
    () => {
      const arb = fc.record({ c: nowCaseArb, preset: fc.constantFrom('tomorrow-morning', 'next-monday') });
      fc.assert(
        fc.property(arb, ({ c: { zone, now, wt }, preset }) => {
          const until = snoozeUntil({ preset } as { preset: 'tomorrow-morning' | 'next-monday' }, now, wt);
          const today = local(now, zone).date;
          const landed = local(until, zone);
          expect(landed.date > today).toBe(true);
          expect(worksOn(landed.date, wt), `${landed.date} is a working date`).toBe(true);
          expect(landed.time).toBe(wt.followUpTime);
          // Nothing in between was skipped: tomorrow-morning is the FIRST working date after today,
          // next-monday the first one on or after the coming Monday.
          const from = preset === 'tomorrow-morning' ? 1 : (8 - weekdayOf(today)) % 7 || 7;
          for (let d = from; plusDays(today, d) < landed.date; d++) {
            expect(worksOn(plusDays(today, d), wt), `${plusDays(today, d)} was skipped`).toBe(false);
          }
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'a picked moment is kept when later than now, refused as past-date otherwise',
    () => {
      const arb = fc.record({ c: nowCaseArb, delta: fc.integer({ min: -30 * DAY, max: 30 * DAY }) });
      fc.assert(
        fc.property(arb, ({ c: { now, wt }, delta }) => {
          const at = now + delta;
          if (delta > 0) {
            expect(snoozeUntil({ at }, now, wt)).toBe(at);
          } else {
            let code: string | undefined;
            try {
              snoozeUntil({ at }, now, wt);
            } catch (error) {
              code = error instanceof CadenceError ? error.code : 'not a CadenceError';
            }
            expect(code).toBe('past-date');
          }
        }),
        RUNS,
      );
    },
    SLOW,
  );
});

// ---------------------------------------------------------------------------------------------

interface Item {
  id: string;
  dueAt: number;
  note: string;
}

/**
 * Pending follow-ups around a vacation: local working-hour times (07:00–20:59, clear of every clock
 * change) on days from 20 before to 60 after `base`, some of them due at the same instant.
 */
function vacationCaseArb(allDays: boolean) {
  return zoneArb.chain((zone) =>
    startArb(zone).chain((base) => {
      const today = local(base, zone).date;
      const slot = fc
        .tuple(
          fc.integer({ min: -20, max: 60 }),
          fc.integer({ min: 7, max: 20 }),
          fc.integer({ min: 0, max: 59 }),
        )
        .map(([d, h, m]) => {
          const [y, mo, day] = plusDays(today, d).split('-').map(Number) as [number, number, number];
          return new TZDate(y, mo - 1, day, h, m, zone).getTime();
        });
      return fc.record({
        zone: fc.constant(zone),
        wt: allDays
          ? fc.constant<WorkingTime>({
              workingDays: [0, 1, 2, 3, 4, 5, 6],
              followUpTime: '09:00',
              dayEndTime: '18:00',
              timeZone: zone,
              holidays: [],
              vacations: [],
            })
          : workingTimeArb(zone, base),
        vacation: fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: 0, max: 21 })).map(
          ([from, length]): DateRange => ({
            from: plusDays(today, from),
            to: plusDays(today, from + length),
          }),
        ),
        // Few distinct slots for many items: several follow-ups fall due together.
        items: fc
          .array(slot, { minLength: 1, maxLength: 8 })
          .chain((slots) => fc.array(fc.constantFrom(...slots), { maxLength: 12 }))
          .map((dues): Item[] => dues.map((dueAt, k) => ({ id: `f${k}`, dueAt, note: `note ${k}` }))),
      });
    }),
  );
}

/** Sorted as shiftForVacation sorts (stable, by due instant). */
const byDue = (items: readonly Item[]) => [...items].sort((a, b) => a.dueAt - b.dueAt);

describe('shiftForVacation', () => {
  it(
    'keeps every item and its order; nothing before the vacation moves; nothing moves back',
    () => {
      fc.assert(
        fc.property(vacationCaseArb(false), ({ zone, wt, vacation, items }) => {
          const input = structuredClone(items);
          const shifted = shiftForVacation(items, vacation, wt);
          expect(items).toEqual(input);
          const sorted = byDue(items);
          expect(shifted.map((i) => [i.id, i.note])).toEqual(sorted.map((i) => [i.id, i.note]));
          shifted.forEach((item, i) => {
            const was = sorted[i] as Item;
            expect(item.dueAt).toBeGreaterThanOrEqual(was.dueAt);
            if (local(was.dueAt, zone).date < vacation.from) expect(item.dueAt).toBe(was.dueAt);
            const ahead = shifted[i - 1];
            const wasAhead = sorted[i - 1];
            if (ahead && wasAhead) {
              // Due together may stay together; due later stays strictly later.
              if (was.dueAt > wasAhead.dueAt) expect(item.dueAt).toBeGreaterThan(ahead.dueAt);
              else expect(item.dueAt).toBeGreaterThanOrEqual(ahead.dueAt);
            }
          });
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'moves the first item inside the vacation to the first working date after it, the rest behind it on working dates',
    () => {
      fc.assert(
        fc.property(vacationCaseArb(false), ({ zone, wt, vacation, items }) => {
          const sorted = byDue(items);
          const first = sorted.findIndex((i) => local(i.dueAt, zone).date >= vacation.from);
          const firstItem = sorted[first];
          const shifted = shiftForVacation(items, vacation, wt);
          if (!firstItem || local(firstItem.dueAt, zone).date > vacation.to) {
            expect(shifted).toEqual(sorted);
            return;
          }
          const away: WorkingTime = { ...wt, vacations: [...wt.vacations, vacation] };
          let landing = plusDays(vacation.to, 1);
          while (!worksOn(landing, away)) landing = plusDays(landing, 1);
          expect(local((shifted[first] as Item).dueAt, zone).date).toBe(landing);
          const shift = daysBetween(local(firstItem.dueAt, zone).date, landing);
          shifted.slice(first).forEach((item, k) => {
            const was = sorted[first + k] as Item;
            const now = local(item.dueAt, zone);
            expect(now.date > vacation.to, `${now.date} after the vacation`).toBe(true);
            expect(worksOn(now.date, away), `${now.date} is a working date`).toBe(true);
            // Each moved item moves by at least the same number of days as the first.
            expect(daysBetween(local(was.dueAt, zone).date, now.date)).toBeGreaterThanOrEqual(shift);
          });
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'keeps the spacing and the time of day exactly when every day after it is a working day',
    () => {
      fc.assert(
        fc.property(vacationCaseArb(true), ({ zone, wt, vacation, items }) => {
          const sorted = byDue(items);
          const shifted = shiftForVacation(items, vacation, wt);
          const first = sorted.findIndex((i) => local(i.dueAt, zone).date >= vacation.from);
          const firstItem = sorted[first];
          if (!firstItem || local(firstItem.dueAt, zone).date > vacation.to) return;
          const shift = daysBetween(local(firstItem.dueAt, zone).date, plusDays(vacation.to, 1));
          shifted.slice(first).forEach((item, k) => {
            const was = local((sorted[first + k] as Item).dueAt, zone);
            const now = local(item.dueAt, zone);
            expect({ date: now.date, time: now.time }).toEqual({
              date: plusDays(was.date, shift),
              time: was.time,
            });
          });
          // Hence the gaps between consecutive moved items, in calendar days, are the same as before.
        }),
        RUNS,
      );
    },
    SLOW,
  );
});

describe('the oracle itself', () => {
  it('sees the clock changes it should (Paris, 2026-03-29 and 2026-10-25) and none in Tokyo', () => {
    expect(clocksChangeOn('2026-03-29', 'Europe/Paris')).toBe(true);
    expect(clocksChangeOn('2026-03-30', 'Europe/Paris')).toBe(false);
    expect(CLOCK_CHANGES.get('Europe/Paris')?.map((t) => new Date(t).toISOString().slice(0, 10))).toContain(
      '2026-10-25',
    );
    expect(CLOCK_CHANGES.get('Asia/Tokyo')).toEqual([]);
    expect(local(Date.parse('2026-03-29T01:00Z'), 'Europe/Paris')).toMatchObject({
      date: '2026-03-29',
      time: '03:00',
      weekday: 0,
    });
  });
});
