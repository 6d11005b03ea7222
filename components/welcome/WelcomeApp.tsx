// The welcome page (welcome.html), opened on install and from the options: six questions, each
// skippable (a skip writes nothing, the defaults stay), then how to start in Gmail or Outlook.
// The steps read the settings live from the database and write only through setup-writes.ts.

import { useEffect, useMemo, useRef, useState } from 'react';
import { i18n } from '#i18n';
import type { AppDB } from '../../lib/db/schema';
import { getSettings } from '../../lib/db/settings';
import type { Lang } from '../../lib/model';
import { useLiveQuery } from '../use-live-query';
import { AddressesStep } from './AddressesStep';
import { LanguageStep } from './LanguageStep';
import { ProcessStep } from './ProcessStep';
import { SignatureStep } from './SignatureStep';
import { StartStep } from './StartStep';
import type { StepProps } from './StepFrame';
import type { WelcomeWrites } from './setup-writes';
import { WeekStep } from './WeekStep';
import { stepAfter, stepBefore, stepFromHash, WELCOME_STEPS, type WelcomeStep } from './welcome-steps';
import { ZoneStep } from './ZoneStep';

export interface WelcomeAppProps {
  db: AppDB;
  writes: WelcomeWrites;
  /** The language the page speaks (the setting's, else the browser's). */
  lang: Lang;
  now: () => number;
  /** The language setting changed: speak it, from `step` on (the page reloads). */
  onLanguageChanged: (step: WelcomeStep) => void;
  optionsUrl: string;
}

function stepLabel(step: WelcomeStep): string {
  switch (step) {
    case 'language':
      return i18n.t('welcome.step.language');
    case 'signature':
      return i18n.t('welcome.step.signature');
    case 'week':
      return i18n.t('welcome.step.week');
    case 'zone':
      return i18n.t('welcome.step.zone');
    case 'addresses':
      return i18n.t('welcome.step.addresses');
    case 'process':
      return i18n.t('welcome.step.process');
    case 'start':
      return i18n.t('welcome.step.start');
  }
}

/** The steps saved in this tab (not skipped), kept across the reload a change of language makes. */
const SAVED_KEY = 'relance-welcome-saved';
function readSaved(): WelcomeStep[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(SAVED_KEY) ?? '[]');
    return Array.isArray(stored) ? WELCOME_STEPS.filter((s) => stored.includes(s)) : [];
  } catch {
    return [];
  }
}

export function WelcomeApp({ db, writes, lang, now, onLanguageChanged, optionsUrl }: WelcomeAppProps) {
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const [saved, setSaved] = useState<WelcomeStep[]>(readSaved);
  const markSaved = (s: WelcomeStep) => {
    const next = [...new Set([...saved, s])];
    setSaved(next);
    try {
      sessionStorage.setItem(SAVED_KEY, JSON.stringify(next));
    } catch {
      // Only the marks in the list of steps are lost.
    }
  };
  const [step, setStep] = useState<WelcomeStep>(() => stepFromHash(location.hash));
  const navigated = useRef(false);
  useEffect(() => {
    const onHash = () => {
      navigated.current = true;
      setStep(stepFromHash(location.hash));
      window.scrollTo?.({ top: 0 });
    };
    window.addEventListener('hashchange', onHash);
    // A hash changed between the first render and this listener would otherwise be missed.
    setStep(stepFromHash(location.hash));
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (to: WelcomeStep) => {
    location.hash = to;
  };
  // One "now" per step shown: the steps' plans and pictures do not move while the rep reads them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new instant each time the step changes
  const stepNow = useMemo(() => now(), [step, now]);
  const previous = stepBefore(step);

  const props = (): StepProps | null =>
    settings
      ? {
          settings,
          lang,
          now: stepNow,
          writes,
          next: () => {
            markSaved(step);
            go(stepAfter(step));
          },
          skip: () => go(stepAfter(step)),
          back: previous ? () => go(previous) : null,
          focusTitle: navigated.current,
        }
      : null;
  const stepProps = props();

  return (
    <div className="wl">
      <header className="wl-header">
        <div className="wl-brand">
          <img src="/icon/48.png" width="32" height="32" alt="" />
          <span className="wl-brand__name">{i18n.t('extName')}</span>
        </div>
        {step !== 'start' && (
          <a className="wl-link wl-header__skip" href="#start" data-testid="welcome-skip-all">
            {i18n.t('welcome.skipAll')}
          </a>
        )}
      </header>
      {step === 'language' && (
        <div className="wl-hero">
          <p className="wl-hero__title">{i18n.t('welcome.title')}</p>
          <p className="wl-hero__tagline">{i18n.t('welcome.tagline')}</p>
        </div>
      )}
      <div className={`wl-card${step === 'start' ? ' wl-card--wide' : ''}`}>
        <nav className="wl-rail" aria-label={i18n.t('welcome.stepsLabel')} hidden={step === 'start'}>
          <ol>
            {WELCOME_STEPS.map((s, index) => (
              <li key={s}>
                <a
                  href={`#${s}`}
                  className={`wl-rail__step${saved.includes(s) ? ' wl-rail__step--done' : ''}`}
                  aria-current={s === step ? 'step' : undefined}
                  data-testid={`welcome-rail-${s}`}
                >
                  <span className="wl-rail__mark" aria-hidden="true">
                    {saved.includes(s) ? (
                      <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
                        <path
                          d="M2.5 6.5l2.2 2.2 4.8-5"
                          fill="none"
                          stroke="currentColor"
                          strokeWidth="1.8"
                          strokeLinecap="round"
                          strokeLinejoin="round"
                        />
                      </svg>
                    ) : index < WELCOME_STEPS.length - 1 ? (
                      // The questions are numbered ("Step 2 of 6"); the last stop is the way out, not a question.
                      index + 1
                    ) : (
                      '→'
                    )}
                  </span>
                  <span>{stepLabel(s)}</span>
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <main className="wl-main">
          {!stepProps || !settings ? (
            <p className="wl-note" role="status">
              {i18n.t('welcome.loading')}
            </p>
          ) : step === 'language' ? (
            <LanguageStep
              key={step}
              {...stepProps}
              onLanguageChanged={() => {
                markSaved(step);
                onLanguageChanged(stepAfter(step));
              }}
            />
          ) : step === 'signature' ? (
            <SignatureStep key={step} {...stepProps} />
          ) : step === 'week' ? (
            <WeekStep key={step} {...stepProps} />
          ) : step === 'zone' ? (
            <ZoneStep key={step} {...stepProps} />
          ) : step === 'addresses' ? (
            <AddressesStep key={step} {...stepProps} />
          ) : step === 'process' ? (
            <ProcessStep key={step} {...stepProps} db={db} />
          ) : (
            <StartStep
              settings={settings}
              lang={lang}
              now={stepProps.now}
              focusTitle={stepProps.focusTitle}
              optionsUrl={optionsUrl}
            />
          )}
        </main>
      </div>
    </div>
  );
}
