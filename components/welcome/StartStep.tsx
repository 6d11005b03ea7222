import { useEffect, useRef } from 'react';
import { i18n } from '#i18n';
import { resolveTimeZone } from '../../lib/cadence/working-time';
import { timeZoneLabel, timeZoneOptions } from '../../lib/intl/time-zones';
import type { Lang, Settings } from '../../lib/model';
import { effectiveLang } from './LanguageStep';
import { PanelPictures } from './PanelPictures';
import { type WelcomeStep, workingDaysText } from './welcome-steps';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';
const OUTLOOK_URL = 'https://outlook.office.com/mail/';

function languageName(setting: Settings['language']): string {
  const name = (lang: Lang) =>
    lang === 'fr' ? i18n.t('welcome.language.fr') : i18n.t('welcome.language.en');
  return setting === 'browser'
    ? i18n.t('welcome.language.browser', [name(effectiveLang('browser'))])
    : name(setting);
}

function signatureText(settings: Settings): string {
  if (settings.webmailAddsSignature) return i18n.t('welcome.start.signatureWebmail');
  if (settings.senderName) return i18n.t('welcome.start.signatureName', [settings.senderName]);
  return i18n.t('welcome.start.signatureNone');
}

interface StartStepProps {
  settings: Settings;
  lang: Lang;
  now: number;
  focusTitle: boolean;
  optionsUrl: string;
}

/** The end: open the mailbox, see what happens there, and check what was set. */
export function StartStep({ settings, lang, now, focusTitle, optionsUrl }: StartStepProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) heading.current?.focus();
  }, [focusTitle]);
  const timeZone = resolveTimeZone(settings);
  const [zone] = timeZoneOptions([timeZone], lang, now);
  const rows: { step: WelcomeStep; label: string; value: string }[] = [
    { step: 'language', label: i18n.t('welcome.step.language'), value: languageName(settings.language) },
    { step: 'signature', label: i18n.t('welcome.step.signature'), value: signatureText(settings) },
    {
      step: 'week',
      label: i18n.t('welcome.step.week'),
      value: i18n.t('welcome.start.week', [
        workingDaysText(settings.workingDays, lang),
        settings.followUpTime,
        settings.dayEndTime,
      ]),
    },
    { step: 'zone', label: i18n.t('welcome.step.zone'), value: zone ? timeZoneLabel(zone) : timeZone },
    {
      step: 'addresses',
      label: i18n.t('welcome.step.addresses'),
      value:
        settings.ownAddresses.length === 0
          ? i18n.t('welcome.start.addressesNone')
          : settings.ownAddresses.length <= 2
            ? settings.ownAddresses.join(', ')
            : i18n.t('welcome.start.addresses', [String(settings.ownAddresses.length)]),
    },
  ];
  return (
    <section className="wl-step wl-start" data-testid="welcome-step-start" aria-labelledby="wl-start-title">
      <h1 id="wl-start-title" className="wl-step__title" ref={heading} tabIndex={-1}>
        {i18n.t('welcome.start.title')}
      </h1>
      <p className="wl-step__intro">{i18n.t('welcome.start.intro')}</p>
      <div className="wl-start__open">
        <a
          className="wl-button wl-button--primary wl-button--large"
          href={GMAIL_URL}
          target="_blank"
          rel="noopener"
          data-testid="open-gmail"
        >
          {i18n.t('welcome.start.openGmail')}
        </a>
        <a
          className="wl-button wl-button--large"
          href={OUTLOOK_URL}
          target="_blank"
          rel="noopener"
          data-testid="open-outlook"
        >
          {i18n.t('welcome.start.openOutlook')}
        </a>
      </div>
      <PanelPictures lang={lang} workingTime={settings} now={now} />
      <section className="wl-summary" aria-labelledby="wl-summary-title">
        <h2 id="wl-summary-title" className="wl-summary__title">
          {i18n.t('welcome.start.summary')}
        </h2>
        <dl className="wl-summary__list" data-testid="welcome-summary">
          {rows.map((row) => (
            <div key={row.step} className="wl-summary__row" data-step={row.step}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
              <dd className="wl-summary__change">
                <a href={`#${row.step}`} aria-label={`${i18n.t('welcome.start.change')} — ${row.label}`}>
                  {i18n.t('welcome.start.change')}
                </a>
              </dd>
            </div>
          ))}
        </dl>
        <p className="wl-note">
          {i18n.t('welcome.start.options')}{' '}
          <a href={optionsUrl} target="_blank" rel="noopener">
            {i18n.t('welcome.start.openOptions')}
          </a>
        </p>
      </section>
    </section>
  );
}
