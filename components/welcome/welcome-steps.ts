// The welcome page's steps, in order, and where the page is (the URL hash keeps it across a reload,
// which a change of language needs).
import { LOCALES } from '../../lib/intl/locale';
import type { Lang } from '../../lib/model';

export const WELCOME_STEPS = [
  'language',
  'signature',
  'week',
  'zone',
  'addresses',
  'process',
  'start',
] as const;
export type WelcomeStep = (typeof WELCOME_STEPS)[number];

export function stepFromHash(hash: string): WelcomeStep {
  const wanted = hash.replace(/^#/, '');
  return WELCOME_STEPS.find((s) => s === wanted) ?? 'language';
}

export function stepAfter(step: WelcomeStep): WelcomeStep {
  return WELCOME_STEPS[Math.min(WELCOME_STEPS.indexOf(step) + 1, WELCOME_STEPS.length - 1)] ?? 'start';
}

export function stepBefore(step: WelcomeStep): WelcomeStep | null {
  const index = WELCOME_STEPS.indexOf(step);
  return index > 0 ? (WELCOME_STEPS[index - 1] ?? null) : null;
}

/** The week as a rep reads it: Monday first (both of Relance's locales start the week on Monday). */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** A weekday's name, 0 = Sunday: "Mon" / "lun." (short), "Monday" / "lundi" (long). */
export function weekdayName(day: number, lang: Lang, style: 'short' | 'long'): string {
  // 4 January 2026 is a Sunday.
  return new Intl.DateTimeFormat(LOCALES[lang], { weekday: style, timeZone: 'UTC' }).format(
    Date.UTC(2026, 0, 4 + day),
  );
}

/** "Mon–Fri", "Mon–Wed, Fri", "Sat, Sun": runs of three days or more are written as a span. */
export function workingDaysText(days: readonly number[], lang: Lang): string {
  const on = WEEK_ORDER.filter((d) => days.includes(d));
  const runs: number[][] = [];
  for (const day of on) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous !== undefined && WEEK_ORDER.indexOf(day) === WEEK_ORDER.indexOf(previous as 0) + 1) {
      run.push(day);
    } else runs.push([day]);
  }
  const name = (d: number) => weekdayName(d, lang, 'short');
  return runs
    .flatMap((run) =>
      run.length >= 3 ? [`${name(run[0] as number)}–${name(run.at(-1) as number)}`] : run.map(name),
    )
    .join(', ');
}
