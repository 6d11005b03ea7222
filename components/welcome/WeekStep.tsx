import { useState } from 'react';
import { i18n } from '#i18n';
import { TimeField } from '../ui/DateTimeField';
import { StepFrame, type StepProps } from './StepFrame';
import { WEEK_ORDER, weekdayName } from './welcome-steps';

/** Working days, the time follow-ups fall due, the end of the working day. */
export function WeekStep({ settings, lang, writes, next, skip, back, focusTitle }: StepProps) {
  const [days, setDays] = useState<number[]>(settings.workingDays);
  const [followUpTime, setFollowUpTime] = useState<string | null>(settings.followUpTime);
  const [dayEndTime, setDayEndTime] = useState<string | null>(settings.dayEndTime);
  const toggle = (day: number) =>
    setDays((current) => (current.includes(day) ? current.filter((d) => d !== day) : [...current, day]));
  return (
    <StepFrame
      step="week"
      title={i18n.t('welcome.week.title')}
      intro={i18n.t('welcome.week.intro')}
      focusTitle={focusTitle}
      onBack={back}
      onSkip={skip}
      onContinue={async () => {
        if (days.length === 0) return i18n.t('welcome.week.noDay');
        if (!followUpTime || !dayEndTime) return i18n.t('welcome.week.invalidTime');
        if (dayEndTime <= followUpTime) return i18n.t('welcome.week.order');
        await writes.saveSettings({ workingDays: days, followUpTime, dayEndTime });
        next();
        return null;
      }}
    >
      <fieldset className="wl-fieldset">
        <legend className="rl-field__label">{i18n.t('welcome.week.days')}</legend>
        <div className="wl-days">
          {WEEK_ORDER.map((day) => (
            <button
              key={day}
              type="button"
              className="wl-day"
              aria-pressed={days.includes(day)}
              aria-label={weekdayName(day, lang, 'long')}
              data-testid={`day-${day}`}
              onClick={() => toggle(day)}
            >
              {weekdayName(day, lang, 'short')}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="wl-row">
        <TimeField
          label={i18n.t('welcome.week.followUpTime')}
          lang={lang}
          value={settings.followUpTime}
          onChange={setFollowUpTime}
          testId="follow-up-time"
        />
        <TimeField
          label={i18n.t('welcome.week.dayEndTime')}
          lang={lang}
          value={settings.dayEndTime}
          onChange={setDayEndTime}
          hint={i18n.t('welcome.week.dayEndHint')}
          testId="day-end-time"
        />
      </div>
    </StepFrame>
  );
}
