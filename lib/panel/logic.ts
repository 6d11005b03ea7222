// What the thread panel decides, kept pure so it runs in Node: whether the next step is missing,
// each follow-up's state on the timeline, which template to offer first, when to propose "lost"
// after a breakup, and the conversion between a date-time field and an instant in the rep's zone.
import {
  type Deal,
  type DealEvent,
  type FollowUp,
  isPending,
  type Lang,
  type Stage,
  type Template,
  type TemplateKind,
} from '../model';
import { zonedParts, zonedTimeToInstant } from './intl';

export const DAY_MS = 86_400_000;

const OPEN_STATUSES: ReadonlySet<Deal['status']> = new Set(['active', 'paused', 'replied']);

/** An open deal must always have a dated next step ahead of it: 'missing' or 'past' when it has not. */
export function nextStepWarning(deal: Deal, now: number): 'missing' | 'past' | null {
  if (!OPEN_STATUSES.has(deal.status)) return null;
  if (!deal.nextStep) return 'missing';
  return deal.nextStep.at < now ? 'past' : null;
}

export type StepState =
  | 'overdue'
  | 'due'
  | 'upcoming'
  | 'snoozed'
  | 'paused'
  | 'done'
  | 'skipped'
  | 'cancelled';

/** A follow-up's state on the panel's timeline. 'due' = falls due today (before `endOfToday`). */
export function stepState(f: FollowUp, now: number, endOfToday: number): StepState {
  switch (f.status) {
    case 'done':
    case 'skipped':
    case 'cancelled':
    case 'paused':
      return f.status;
    case 'due':
      if (f.dueAt <= now) return 'overdue';
      if (f.dueAt <= endOfToday) return 'due';
      return f.snoozedFrom !== null ? 'snoozed' : 'upcoming';
  }
}

/**
 * The timeline: the current run of follow-ups in due order. Cancelled ones (an earlier cadence, a
 * reply) are left out unless nothing else is left, so a stopped cadence still shows what it was.
 */
export function timeline(followUps: readonly FollowUp[]): FollowUp[] {
  const live = followUps.filter((f) => f.status !== 'cancelled');
  const shown = live.length > 0 ? live : [...followUps];
  return shown.sort((a, b) => a.dueAt - b.dueAt || a.stepIndex - b.stepIndex);
}

export { isPending };

/** The follow-up the rep acts on next: the earliest pending one. */
export function nextPending(followUps: readonly FollowUp[]): FollowUp | null {
  let best: FollowUp | null = null;
  for (const f of followUps) if (isPending(f) && (!best || f.dueAt < best.dueAt)) best = f;
  return best;
}

type TemplateRef = Pick<Template, 'id' | 'kind' | 'lang'> & { builtin?: boolean };

/**
 * Templates in the order the panel offers them: the next step's suggested kind first, then the
 * rep's language before the other, then the kinds in their usual order.
 */
export function orderTemplates<T extends TemplateRef>(
  templates: readonly T[],
  suggested: TemplateKind | null,
  lang: Lang,
): T[] {
  const kindOrder: TemplateKind[] = ['relance', 'good-news', 'next-step', 'breakup', 'custom'];
  const rank = (t: T) => [t.kind === suggested ? 0 : 1, t.lang === lang ? 0 : 1, kindOrder.indexOf(t.kind)];
  return [...templates].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
    return 0;
  });
}

/**
 * When the breakup went out: the latest breakup follow-up marked done, or breakup template inserted
 * into the reply, whichever is later; null when there was none.
 */
export function breakupSentAt(followUps: readonly FollowUp[], events: readonly DealEvent[]): number | null {
  let at: number | null = null;
  const later = (t: number | null) => {
    if (t !== null && (at === null || t > at)) at = t;
  };
  for (const f of followUps) if (f.templateKind === 'breakup' && f.status === 'done') later(f.handledAt);
  for (const e of events) if (e.type === 'template-inserted' && e.data.kind === 'breakup') later(e.at);
  return at;
}

/**
 * "No answer after a breakup → lost": the number of silent days once the wait has passed with no
 * reply since the breakup, on a deal still in progress; null otherwise.
 */
export function lostProposal(
  deal: Deal,
  followUps: readonly FollowUp[],
  events: readonly DealEvent[],
  waitDays: number,
  now: number,
): { silentDays: number } | null {
  if (deal.status !== 'active' && deal.status !== 'paused') return null;
  const sent = breakupSentAt(followUps, events);
  if (sent === null) return null;
  if (events.some((e) => e.type === 'reply' && e.at >= sent)) return null;
  const silentDays = Math.floor((now - sent) / DAY_MS);
  return silentDays >= waitDays ? { silentDays } : null;
}

/** A signed deal goes on: the after-sale stages (kind 'expansion': cross-sell, up-sell) to move it to. */
export function afterSaleStages(stages: readonly Stage[], current: Stage | undefined): Stage[] {
  if (current?.kind !== 'won') return [];
  return stages.filter((s) => s.kind === 'expansion');
}

/** The value of an <input type="datetime-local"> showing `at` in the rep's time zone. */
export function toDateTimeInput(at: number, timeZone: string): string {
  const [y, mo, d, h, mi] = zonedParts(at, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}`;
}

/** The instant a datetime-local value means in the rep's time zone; null when it is not a date. */
export function fromDateTimeInput(value: string, timeZone: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  // Reject rollovers such as 2026-02-31, and impossible times.
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return zonedTimeToInstant(y, mo, d, h, mi, timeZone);
}
