import { useState } from 'react';
import { i18n } from '#i18n';
import { resolveTimeZone } from '../../lib/cadence/working-time';
import { browserLang } from '../../lib/i18n-language';
import { formatDateAtTime } from '../../lib/intl/dates';
import { formatAmountInput } from '../../lib/intl/numbers';
import type { Lang, Settings } from '../../lib/model';
import { ChoiceCard } from './ChoiceCard';
import { StepFrame, type StepProps } from './StepFrame';

type Choice = Settings['language'];

/** The language a setting means here. */
export const effectiveLang = (choice: Choice): Lang => (choice === 'browser' ? browserLang() : choice);

/** How Relance writes in a language: a date and an amount ("Friday 16 July at 10:00 · 24,000.50"). */
function sample(lang: Lang, now: number): string {
  const zone = resolveTimeZone({ timeZone: '' });
  return `${formatDateAtTime(now, lang, zone, now)} · ${formatAmountInput(24000.5, lang)}`;
}

export function LanguageStep({
  settings,
  lang,
  now,
  writes,
  next,
  skip,
  back,
  focusTitle,
  onLanguageChanged,
}: StepProps & { onLanguageChanged: () => void }) {
  const [choice, setChoice] = useState<Choice>(settings.language);
  const browserName = browserLang() === 'fr' ? i18n.t('welcome.language.fr') : i18n.t('welcome.language.en');
  const options: { value: Choice; label: string; lang?: Lang }[] = [
    { value: 'browser', label: i18n.t('welcome.language.browser', [browserName]) },
    { value: 'en', label: i18n.t('welcome.language.en'), lang: 'en' },
    { value: 'fr', label: i18n.t('welcome.language.fr'), lang: 'fr' },
  ];
  return (
    <StepFrame
      step="language"
      title={i18n.t('welcome.language.title')}
      intro={i18n.t('welcome.language.intro')}
      focusTitle={focusTitle}
      onBack={back}
      onSkip={skip}
      onContinue={async () => {
        if (choice !== settings.language) await writes.saveSettings({ language: choice });
        if (effectiveLang(choice) !== lang) {
          onLanguageChanged();
          return false;
        }
        next();
        return null;
      }}
    >
      <div
        className="wl-choices wl-choices--row"
        role="radiogroup"
        aria-label={i18n.t('welcome.step.language')}
      >
        {options.map((option) => (
          <ChoiceCard
            key={option.value}
            name="language"
            value={option.value}
            checked={choice === option.value}
            onPick={() => setChoice(option.value)}
            title={option.label}
            titleLang={option.lang}
            testId={`language-${option.value}`}
          >
            <span className="wl-choice__text" lang={option.lang ?? browserLang()}>
              {sample(option.lang ?? browserLang(), now)}
            </span>
          </ChoiceCard>
        ))}
      </div>
    </StepFrame>
  );
}
