// "It was automatic" (issue 21, item 4): Relance read the prospect's message as an answer and the
// rep says it was an automatic reply. The follow-ups come back, paused until a day the rep picks
// (a week from today is offered), in the rep's language and on the rep's calendar. The pause's
// moment on that day (the working day's follow-up time) is the use case's rule, not this field's:
// correctReply's returnDay.
import { useState } from 'react';
import { i18n } from '#i18n';
import type { CalendarDay } from '../../lib/intl/date-time-text';
import { zonedParts } from '../../lib/intl/zoned-time';
import type { Lang } from '../../lib/model';
import { DateField, isoDay } from '../ui/DateTimeField';

/** How far ahead the picker's first offer is: the pause Relance used to take without asking. */
const OFFERED_DAYS = 7;

/** Today on the rep's calendar. */
export function todayIn(now: number, timeZone: string): CalendarDay {
  const [year, month, day] = zonedParts(now, timeZone);
  return { year, month, day };
}

/** The calendar day `days` after `day` ('yyyy-MM-dd'). */
function daysAfter(day: CalendarDay, days: number): string {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return isoDay({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function PauseDayPicker({
  lang,
  timeZone,
  now,
  onPause,
  primaryClassName,
  startOpen = false,
  onCancel,
}: {
  lang: Lang;
  timeZone: string;
  now: number;
  /** Pauses until that day ('yyyy-MM-dd'); answers whether it worked (the picker closes then). */
  onPause: (returnDay: string) => Promise<boolean>;
  /** The page's class for its primary button (the panel's and the popup's differ). */
  primaryClassName: string;
  /** Shown open (the popup loads the picker on the click that asks for it). */
  startOpen?: boolean;
  /** Cancel: the caller closes it (else it folds back into its button). */
  onCancel?: () => void;
}) {
  const today = todayIn(now, timeZone);
  const [open, setOpen] = useState(startOpen);
  const [day, setDay] = useState<string | null>(() => daysAfter(today, OFFERED_DAYS));
  if (!open) {
    return (
      <button
        type="button"
        data-testid="it-was-automatic"
        aria-expanded="false"
        onClick={() => setOpen(true)}
      >
        {i18n.t('reply.itWasAutomatic')}
      </button>
    );
  }
  // Comparing 'yyyy-MM-dd' texts compares the days.
  const later = day !== null && day > isoDay(today);
  return (
    <div className="rl-pause-day" data-testid="pause-day-picker">
      <DateField
        label={i18n.t('reply.pauseUntil')}
        lang={lang}
        today={today}
        value={day ?? ''}
        onChange={setDay}
        testId="pause-day"
        hint={day !== null && !later ? i18n.t('reply.pickLaterDay') : undefined}
      />
      <div className="rl-pause-day__actions">
        <button
          type="button"
          className={primaryClassName}
          data-testid="pause-until-day"
          disabled={!later}
          onClick={async () => {
            if (!day || !later) return;
            if ((await onPause(day)) !== false) (onCancel ?? (() => setOpen(false)))();
          }}
        >
          {i18n.t('reply.pause')}
        </button>
        <button
          type="button"
          data-testid="pause-day-cancel"
          onClick={() => (onCancel ? onCancel() : setOpen(false))}
        >
          {i18n.t('reply.cancel')}
        </button>
      </div>
    </div>
  );
}
