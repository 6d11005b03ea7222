// A cadence's due dates: the fixed steps, then the tail repeated, then the breakup step.
import type { Cadence, CadenceStep, Channel, Span, TemplateKind, WorkingTime } from '../model';
import { CadenceError } from './errors';
import { addSpan, assertValidSpan, hasClockPart, isEmptySpan } from './span';
import {
  atLocalTime,
  firstWorkingMomentFrom,
  followUpMomentOnOrAfter,
  localDate,
  nextWorkingDate,
  resolveTimeZone,
} from './working-time';

export interface ScheduledStep {
  /** 0-based position in the cadence. */
  index: number;
  /** How many steps the cadence has in all. */
  count: number;
  dueAt: number;
  channel: Channel;
  templateKind: TemplateKind | null;
  isBreakup: boolean;
}

export type CadenceShape = Pick<Cadence, 'steps' | 'tail' | 'breakup'>;

/** Fixed steps + tail repetitions + breakup. */
export function cadenceStepCount(cadence: CadenceShape): number {
  return cadence.steps.length + (cadence.tail?.times ?? 0) + (cadence.breakup ? 1 : 0);
}

/**
 * When each step of `cadence` started at `start` falls due.
 *
 * Each step has a nominal moment: the previous step's nominal moment plus its delay (the first
 * step's: `start`). Nominal moments chain from one another, never from shifted due dates, so one
 * weekend does not push the rest of the cadence. The tail's k-th repetition is the last fixed step's
 * nominal moment plus k × `every` (so month ends do not drift: Nov 30 + 3 months × 2 = May 30).
 *
 * - A delay of `{}` ("the same day") falls due at the first working moment from its nominal moment:
 *   right away when the rep is at work.
 * - A delay with hours or minutes does too (the time of day is what it counts).
 * - Any other delay falls due at the follow-up time of its nominal date, moved forward to the next
 *   working date when that date is not one.
 * - Due instants strictly increase: a step that would fall due at or before the previous one moves
 *   to the follow-up time of the first working date after the previous one's date.
 */
export function cadenceDueDates(cadence: CadenceShape, start: number, wt: WorkingTime): ScheduledStep[] {
  if (!Number.isFinite(start))
    throw new CadenceError('invalid-time', 'This start moment is not a valid date.');
  const zone = resolveTimeZone(wt);
  const { tail } = cadence;
  if (tail && !(Number.isInteger(tail.times) && tail.times >= 0)) {
    throw new CadenceError('invalid-time', `A cadence repeats a whole number of times, not “${tail.times}”.`);
  }
  const count = cadenceStepCount(cadence);
  const scheduled: ScheduledStep[] = [];
  let nominal = start;

  const schedule = (span: Span, step: Pick<CadenceStep, 'channel' | 'templateKind'>, isBreakup: boolean) => {
    const previous = scheduled.at(-1)?.dueAt;
    let dueAt = nominalDueAt(span, nominal, wt);
    if (previous !== undefined && dueAt <= previous) {
      dueAt = atLocalTime(nextWorkingDate(localDate(previous, wt), wt), wt.followUpTime, wt);
    }
    const { channel, templateKind } = step;
    scheduled.push({ index: scheduled.length, count, dueAt, channel, templateKind, isBreakup });
  };

  for (const step of cadence.steps) {
    assertValidSpan(step.after);
    nominal = addSpan(nominal, step.after, 1, zone);
    schedule(step.after, step, false);
  }
  if (tail) {
    assertValidSpan(tail.every);
    const anchor = nominal;
    for (let k = 1; k <= tail.times; k++) {
      nominal = addSpan(anchor, tail.every, k, zone);
      schedule(tail.every, tail, false);
    }
  }
  if (cadence.breakup) {
    assertValidSpan(cadence.breakup.after);
    nominal = addSpan(nominal, cadence.breakup.after, 1, zone);
    schedule(cadence.breakup.after, cadence.breakup, true);
  }
  return scheduled;
}

/** The due instant of a step on its own, before the strictly-increasing rule. */
function nominalDueAt(span: Span, nominal: number, wt: WorkingTime): number {
  if (isEmptySpan(span) || hasClockPart(span)) return firstWorkingMomentFrom(nominal, wt);
  return followUpMomentOnOrAfter(localDate(nominal, wt), wt);
}
