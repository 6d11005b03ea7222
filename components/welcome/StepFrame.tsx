// One step of the welcome page: where it is, its question and one line on why it matters, its
// fields, and the same three ways out everywhere — Back, Skip this step (writes nothing), Continue.
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { WELCOME_STEPS, type WelcomeStep } from './welcome-steps';

/** A step's Continue: a problem to show (null: go on), or false to stay without a word (a reload comes). */
export type ContinueResult = string | null | false;

export interface StepFrameProps {
  step: WelcomeStep;
  title: string;
  intro: ReactNode;
  children: ReactNode;
  onContinue: () => Promise<ContinueResult>;
  onSkip: () => void;
  onBack: (() => void) | null;
  /** Focus the question when the step appears (not on the page's first load). */
  focusTitle: boolean;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function StepFrame({
  step,
  title,
  intro,
  children,
  onContinue,
  onSkip,
  onBack,
  focusTitle,
}: StepFrameProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (focusTitle) heading.current?.focus();
  }, [focusTitle]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await onContinue();
      if (typeof result === 'string') setProblem(result);
    } catch (error) {
      setProblem(i18n.t('welcome.error', [errorText(error)]));
    } finally {
      setBusy(false);
    }
  };

  const number = WELCOME_STEPS.indexOf(step) + 1;
  return (
    <form
      className="wl-step"
      data-testid={`welcome-step-${step}`}
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      noValidate
    >
      <p className="wl-step__eyebrow">
        {i18n.t('welcome.stepOf', [String(number), String(WELCOME_STEPS.length - 1)])}
      </p>
      <h1 id={`${id}-title`} className="wl-step__title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="wl-step__intro">{intro}</p>
      <div className="wl-step__body">{children}</div>
      {problem && (
        <p className="wl-step__problem" role="alert" data-testid="welcome-problem">
          {problem}
        </p>
      )}
      <div className="wl-step__actions">
        {onBack && (
          <button type="button" className="wl-button wl-button--quiet" onClick={onBack} disabled={busy}>
            {i18n.t('welcome.back')}
          </button>
        )}
        <span className="wl-step__spacer" />
        <button
          type="button"
          className="wl-button wl-button--quiet"
          onClick={onSkip}
          disabled={busy}
          data-testid="welcome-skip"
        >
          {i18n.t('welcome.skip')}
        </button>
        <button
          type="submit"
          className="wl-button wl-button--primary"
          disabled={busy}
          data-testid="welcome-continue"
        >
          {busy ? i18n.t('welcome.saving') : i18n.t('welcome.continue')}
        </button>
      </div>
    </form>
  );
}

/** What every question step gets from the page. */
export interface StepProps {
  settings: import('../../lib/model').Settings;
  /** The language the page speaks. */
  lang: import('../../lib/model').Lang;
  now: number;
  writes: import('./setup-writes').WelcomeWrites;
  /** Go on to the next step after this one's write. */
  next: () => void;
  /** Go on without writing anything. */
  skip: () => void;
  back: (() => void) | null;
  focusTitle: boolean;
}
