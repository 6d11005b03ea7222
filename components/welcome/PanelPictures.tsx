// Three small pictures of what happens in the mailbox, drawn in HTML and CSS with the product's own
// tokens and words (so they follow the theme and the language, and never go stale like a
// screenshot): where the Relance bar appears, what "Track this thread" does, and scheduling.
import type { ReactNode } from 'react';
import { i18n } from '#i18n';
import { cadenceDueDates } from '../../lib/cadence/schedule';
import { resolveTimeZone } from '../../lib/cadence/working-time';
import { DEFAULT_CADENCE } from '../../lib/defaults/cadences';
import { dayTimeToInstant, instantToDayTime } from '../../lib/intl/date-time-text';
import { formatDate, formatTime } from '../../lib/intl/dates';
import { LOCALES } from '../../lib/intl/locale';
import { dateTimeFormat } from '../../lib/intl/zoned-time';
import type { EpochMs, Lang, WorkingTime } from '../../lib/model';

const DAY_MS = 86_400_000;

function Mock({ bar, popover }: { bar: ReactNode; popover?: ReactNode }) {
  return (
    <div className="wl-mock" aria-hidden="true">
      <div className="wl-mock__chrome">
        <i />
        <i />
        <i />
      </div>
      <div className="wl-mock__page">
        <div className="wl-mock__nav">
          <b className="wl-mock__compose" />
          <b />
          <b />
          <b />
        </div>
        <div className="wl-mock__thread">
          <div className="wl-mock__subject">{i18n.t('welcome.start.mockSubject')}</div>
          <div className="wl-mock__bar-slot">
            {bar}
            {popover}
          </div>
          <Message />
          <Message short />
        </div>
      </div>
    </div>
  );
}

function Message({ short = false }: { short?: boolean }) {
  return (
    <div className="wl-mock__message">
      <span className="wl-mock__avatar" />
      <span className="wl-mock__lines">
        <b className="wl-mock__from" />
        <b />
        {!short && <b />}
        <b className="wl-mock__short" />
      </span>
    </div>
  );
}

function Bar({ children, spot = false }: { children: ReactNode; spot?: boolean }) {
  return (
    <div className={`wl-mock__bar${spot ? ' wl-mock__bar--spot' : ''}`}>
      <span className="wl-mock__logo" />
      {children}
    </div>
  );
}

function Pointer() {
  return (
    <svg className="wl-mock__pointer" viewBox="0 0 16 20" width="14" height="18" aria-hidden="true">
      <path
        d="M1 1l13 11H8l3.5 6.5-2.5 1.3L5.5 13 1 17z"
        fill="var(--rl-fg)"
        stroke="var(--rl-bg)"
        strokeWidth="1.2"
      />
    </svg>
  );
}

interface PicturesProps {
  lang: Lang;
  /** The rep's working time: the pictured follow-ups fall on the rep's own working days. */
  workingTime: WorkingTime;
  now: EpochMs;
}

/** "Thu", in the rep's zone. */
const weekday = (at: EpochMs, lang: Lang, timeZone: string) =>
  dateTimeFormat(LOCALES[lang], timeZone, { weekday: 'short' }).format(at);

/** "Thu 16 Jul" */
const shortDay = (at: EpochMs, lang: Lang, timeZone: string, now: EpochMs) =>
  `${weekday(at, lang, timeZone)} ${formatDate(at, lang, timeZone, now, { weekday: false, month: 'short' })}`;

export function PanelPictures({ lang, workingTime, now }: PicturesProps) {
  const timeZone = resolveTimeZone(workingTime);
  // Tomorrow at 10:00, as the panel's first preset proposes; then the first dates of the default
  // cadence from now on the rep's working days, as "Schedule follow-up" would show them.
  const nextStepAt = dayTimeToInstant(
    instantToDayTime(now + DAY_MS, timeZone).day,
    { hour: 10, minute: 0 },
    timeZone,
  );
  const pictures = [
    {
      title: i18n.t('welcome.start.picture1Title'),
      text: i18n.t('welcome.start.picture1Text'),
      mock: (
        <Mock
          bar={
            <Bar spot>
              <span className="wl-mock__name">{i18n.t('extName')}</span>
              <span className="wl-mock__button wl-mock__button--primary">{i18n.t('panel.track')}</span>
            </Bar>
          }
        />
      ),
    },
    {
      title: i18n.t('welcome.start.picture2Title'),
      text: i18n.t('welcome.start.picture2Text'),
      mock: (
        <Mock
          bar={
            <Bar>
              <span className="wl-mock__chip wl-mock__chip--stage">{i18n.t('welcome.start.mockStage')}</span>
              <span className="wl-mock__chip wl-mock__chip--warn">
                {i18n.t('welcome.start.mockNoNextStep')}
              </span>
            </Bar>
          }
        />
      ),
    },
    {
      title: i18n.t('welcome.start.picture3Title'),
      text: i18n.t('welcome.start.picture3Text'),
      mock: (
        <Mock
          bar={
            <Bar>
              <span className="wl-mock__chip wl-mock__chip--next">
                <svg viewBox="0 0 16 16" width="9" height="9" aria-hidden="true" focusable="false">
                  <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.8" />
                  <path
                    d="M8 4.5V8l2.3 1.6"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.8"
                    strokeLinecap="round"
                  />
                </svg>
                {`${weekday(nextStepAt, lang, timeZone)} ${formatTime(nextStepAt, lang, timeZone)}`}
              </span>
              <span className="wl-mock__button wl-mock__button--primary">
                {i18n.t('panel.scheduleFollowUp')}
              </span>
            </Bar>
          }
          popover={
            <>
              <Pointer />
              <ol className="wl-mock__dates">
                {cadenceDueDates(DEFAULT_CADENCE, now, workingTime)
                  .slice(0, 3)
                  .map((step) => (
                    <li key={step.index}>{shortDay(step.dueAt, lang, timeZone, now)}</li>
                  ))}
              </ol>
            </>
          }
        />
      ),
    },
  ];
  return (
    <ol className="wl-pictures" aria-label={i18n.t('welcome.start.picturesLabel')}>
      {pictures.map((picture, index) => (
        <li key={picture.title} className="wl-picture">
          {picture.mock}
          <p className="wl-picture__title">
            <span className="wl-picture__number" aria-hidden="true">
              {index + 1}
            </span>
            {picture.title}
          </p>
          <p className="wl-picture__text">{picture.text}</p>
        </li>
      ))}
    </ol>
  );
}
