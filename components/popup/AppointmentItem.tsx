import { type KeyboardEvent, useId } from 'react';
import { i18n } from '#i18n';
import { channelLabel } from '../../lib/labels';
import { dealSubject, dealWho, type Lang } from '../../lib/model';
import { type Appointment, clockLabel, relativeWords } from '../../lib/popup';
import { type OpenDeal, openLabel } from './OpenDeal';

/** A deal whose next step is today: when, on which channel, who does what; Open goes to its thread. */
export function AppointmentItem({
  deal,
  now,
  lang,
  timeZone,
  active,
  onFocus,
  open,
}: {
  deal: Appointment;
  now: number;
  lang: Lang;
  timeZone: string;
  active: boolean;
  onFocus(): void;
  open: OpenDeal;
}) {
  const titleId = useId();
  const { nextStep } = deal;
  const who = dealWho(deal);
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key.toLowerCase() === 'o') {
      e.preventDefault();
      void open(deal);
    }
  };
  return (
    <li
      className="row"
      data-row=""
      data-testid="appointment-row"
      data-deal-id={deal.id}
      tabIndex={active ? 0 : -1}
      aria-labelledby={titleId}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocus();
      }}
      onKeyDown={onKeyDown}
    >
      <div className="row__head">
        <p className="row__who" id={titleId}>
          <strong>{who}</strong>
          {deal.company && <span className="row__company"> · {deal.company}</span>}
        </p>
        <p className="row__due">
          <time dateTime={new Date(nextStep.at).toISOString()}>{relativeWords(nextStep.at, now, lang)}</time>
          <span className="row__clock">{clockLabel(nextStep.at, now, timeZone, lang)}</span>
        </p>
      </div>
      <p className="row__subject">{dealSubject(deal) || i18n.t('popup.noSubject')}</p>
      <p className="row__meta">
        <span className={`channel channel--${nextStep.channel}`}>
          {i18n.t('popup.nextStepWith', [channelLabel(nextStep.channel)])}
        </span>
        {nextStep.channel === 'phone' && deal.contact.phone && (
          <span>{i18n.t('popup.phone', [deal.contact.phone])}</span>
        )}
      </p>
      {nextStep.repAction && <p className="row__note">{i18n.t('popup.repAction', [nextStep.repAction])}</p>}
      {nextStep.prospectAction && (
        <p className="row__note">{i18n.t('popup.prospectAction', [nextStep.prospectAction])}</p>
      )}
      <div className="row__actions">
        <button type="button" onClick={() => void open(deal)} aria-keyshortcuts="Enter O">
          {openLabel(deal)}
          <span className="key" aria-hidden="true">
            ↵
          </span>
        </button>
      </div>
    </li>
  );
}
