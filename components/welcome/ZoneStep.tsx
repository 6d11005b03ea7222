import { useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { formatTime } from '../../lib/intl/dates';
import { detectedTimeZone, timeZoneLabel, timeZoneOptions } from '../../lib/intl/time-zones';
import { TimeZoneCombobox } from '../ui/TimeZoneCombobox';
import { StepFrame, type StepProps } from './StepFrame';

/** The rep's time zone: the browser's, detected, or any other found by city, name or offset. */
export function ZoneStep({ settings, lang, now, writes, next, skip, back, focusTitle }: StepProps) {
  const detected = useMemo(() => detectedTimeZone(), []);
  const [zone, setZone] = useState(settings.timeZone || detected);
  const detectedLabel = useMemo(() => {
    const [option] = timeZoneOptions([detected], lang, now);
    return option ? timeZoneLabel(option) : detected;
  }, [detected, lang, now]);
  return (
    <StepFrame
      step="zone"
      title={i18n.t('welcome.zone.title')}
      intro={i18n.t('welcome.zone.intro')}
      focusTitle={focusTitle}
      onBack={back}
      onSkip={skip}
      onContinue={async () => {
        await writes.saveSettings({ timeZone: zone });
        next();
        return null;
      }}
    >
      <div className="wl-narrow">
        <TimeZoneCombobox
          label={i18n.t('welcome.zone.label')}
          lang={lang}
          now={now}
          value={zone}
          onChange={setZone}
          testId="time-zone"
          hint={i18n.t('welcome.zone.nowThere', [formatTime(now, lang, zone)])}
        />
      </div>
      <p className="wl-note" data-testid="zone-detected">
        {i18n.t('welcome.zone.detected', [detectedLabel])}{' '}
        {zone !== detected && (
          <button type="button" className="wl-link" onClick={() => setZone(detected)}>
            {i18n.t('welcome.zone.useDetected')}
          </button>
        )}
      </p>
    </StepFrame>
  );
}
