// A popup row for a deal the prospect's message left waiting for the rep (lib/replies/why.ts
// needsRepAfterReply): why, in the words the panel and the notification use
// (lib/replies/why-words.ts), and the one-click correction that fits. Loaded with the first such row.
import { lazy, Suspense, useState } from 'react';
import { i18n } from '#i18n';
import { type Deal, dealTitle, type Lang } from '../../lib/model';
import { correctReply, markLost } from '../../lib/popup/writes';
import { correction, proposesLostAfterOptOut } from '../../lib/replies/why';
import { optOutLostReason, replyCueQuote, replyWhyLine } from '../../lib/replies/why-words';
import { type OpenDeal, OpenDealButton } from './OpenDeal';
import type { PopupWrite } from './use-popup';

// The day picker loads with the click that asks for it (few rows ever need it).
const PauseDayPicker = lazy(() =>
  import('../reply/PauseDayPicker').then((m) => ({ default: m.PauseDayPicker })),
);

/** A deal the prospect's message left waiting for the rep: why, and the correction that fits. */
export function ReplyRow({
  deal,
  act,
  open,
  lang,
  timeZone,
  now,
}: {
  deal: Deal;
  act(write: PopupWrite): Promise<boolean>;
  open: OpenDeal;
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
        <OpenDealButton deal={deal} open={open} />
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
