// The popup's "Needs you" section: what the prospect's latest message made Relance do, said why
// (lib/replies/why-words.ts, the panel's and the notification's words) with its one-click
// correction; likely replies to confirm; files to close after a silent breakup. Each row opens its
// thread; the decisions are the use cases of lib/services.
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useId, useState } from 'react';
import { i18n } from '#i18n';
import { db } from '../../lib/db/instance';
import { type Deal, dealTitle, dealUrl, type Lang } from '../../lib/model';
import { loadAttention } from '../../lib/popup/attention';
import { loadReplyDecisions } from '../../lib/popup/reply-decisions';
import { confirmReply, correctReply, markLost } from '../../lib/popup/writes';
import { correction, proposesLostAfterOptOut } from '../../lib/replies/why';
import { optOutLostReason, replyCueQuote, replyWhyLine } from '../../lib/replies/why-words';
import type { PopupWrite } from './use-popup';

// The day picker loads with the click that asks for it: the popup loads again at every click on
// the toolbar (issue 23: ≤ 60,000 B of gzip JavaScript), and few rows ever need it.
const PauseDayPicker = lazy(() =>
  import('../reply/PauseDayPicker').then((m) => ({ default: m.PauseDayPicker })),
);

export function AttentionSection({
  now,
  act,
  open,
  lang,
  timeZone,
}: {
  now: number;
  act(write: PopupWrite): Promise<boolean>;
  open(url: string): Promise<void>;
  lang: Lang;
  timeZone: string;
}) {
  const titleId = useId();
  const attention = useLiveQuery(() => loadAttention(db, now), [now]);
  const replies = useLiveQuery(() => loadReplyDecisions(db, now), [now]);
  if (!attention || !replies) return null;
  const count = replies.length + attention.replyLikely.length + attention.proposeLost.length;
  if (count === 0) return null;
  return (
    <section className="section section--attention" aria-labelledby={titleId} data-testid="section-attention">
      <h2 id={titleId}>
        {i18n.t('popup.sectionAttention')} <span className="section__count">{count}</span>
      </h2>
      <ul>
        {replies.map((deal) => (
          <ReplyRow
            key={deal.id}
            deal={deal}
            act={act}
            open={open}
            lang={lang}
            timeZone={timeZone}
            now={now}
          />
        ))}
        {attention.replyLikely.map((deal) => (
          <li key={deal.id} className="row" data-testid="reply-likely-row" data-deal-id={deal.id}>
            <p className="row__who">{dealTitle(deal)}</p>
            <p className="row__meta">{i18n.t('popup.replyLikely', [deal.replyLikely?.from ?? ''])}</p>
            <div className="row__actions">
              <button type="button" onClick={() => open(dealUrl(deal) ?? '')}>
                {i18n.t('popup.open')}
              </button>
              <button
                type="button"
                data-testid="confirm-reply"
                onClick={() => act((db, at) => confirmReply(db, { dealId: deal.id, replied: true }, at))}
              >
                {i18n.t('popup.confirmReply')}
              </button>
              <button
                type="button"
                data-testid="not-a-reply"
                onClick={() => act((db, at) => confirmReply(db, { dealId: deal.id, replied: false }, at))}
              >
                {i18n.t('popup.notAReply')}
              </button>
            </div>
          </li>
        ))}
        {attention.proposeLost.map(({ deal, silentDays }) => (
          <li key={deal.id} className="row" data-testid="propose-lost-row" data-deal-id={deal.id}>
            <p className="row__who">{dealTitle(deal)}</p>
            <p className="row__meta">{i18n.t('popup.proposeLost', [String(silentDays)])}</p>
            <div className="row__actions">
              <button type="button" onClick={() => open(dealUrl(deal) ?? '')}>
                {i18n.t('popup.open')}
              </button>
              <button
                type="button"
                data-testid="mark-lost"
                onClick={() => act((db, at) => markLost(db, { dealId: deal.id }, at))}
              >
                {i18n.t('popup.markLost')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A deal the prospect's message left waiting for the rep: why, and the correction that fits. */
function ReplyRow({
  deal,
  act,
  open,
  lang,
  timeZone,
  now,
}: {
  deal: Deal;
  act(write: PopupWrite): Promise<boolean>;
  open(url: string): Promise<void>;
  lang: Lang;
  timeZone: string;
  now: number;
}) {
  const fix = correction(deal);
  const quote = replyCueQuote(deal);
  const [picking, setPicking] = useState(false);
  return (
    <li
      className="row"
      data-testid="reply-row"
      data-deal-id={deal.id}
      data-reply-kind={deal.replyDecision?.kind}
    >
      <p className="row__who">{dealTitle(deal)}</p>
      <p className="row__meta" data-testid="reply-row-why" title={quote ?? undefined}>
        {replyWhyLine(deal, { lang, timeZone })}
      </p>
      <div className="row__actions">
        <button type="button" onClick={() => open(dealUrl(deal) ?? '')}>
          {i18n.t('popup.open')}
        </button>
        {proposesLostAfterOptOut(deal) && (
          <button
            type="button"
            className="primary"
            data-testid="opt-out-mark-lost"
            onClick={() =>
              act((db, at) => markLost(db, { dealId: deal.id, reason: optOutLostReason(deal) }, at))
            }
          >
            {i18n.t('reply.markLost')}
          </button>
        )}
        {fix === 'answer' && (
          <button
            type="button"
            data-testid="its-an-answer"
            onClick={() => act((db, at) => correctReply(db, { dealId: deal.id, as: 'answer' }, at))}
          >
            {i18n.t('reply.itsAnAnswer')}
          </button>
        )}
        {fix === 'automatic' && !picking && (
          <button type="button" data-testid="it-was-automatic" onClick={() => setPicking(true)}>
            {i18n.t('reply.itWasAutomatic')}
          </button>
        )}
        {fix === 'automatic' && picking && (
          <Suspense fallback={null}>
            <PauseDayPicker
              lang={lang}
              timeZone={timeZone}
              now={now}
              primaryClassName="primary"
              startOpen
              onCancel={() => setPicking(false)}
              onPause={(returnDay) =>
                act((db, at) => correctReply(db, { dealId: deal.id, as: 'automatic', returnDay }, at))
              }
            />
          </Suspense>
        )}
      </div>
    </li>
  );
}
