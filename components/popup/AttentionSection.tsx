// The popup's "Needs you" section: what the prospect's latest message made Relance do, said why
// (lib/replies/why-words.ts, the panel's and the notification's words) with its one-click
// correction; likely replies to confirm; files to close after a silent breakup. Each row opens its
// thread; the decisions are the use cases of lib/services.
import { lazy, Suspense, useId, useMemo } from 'react';
import { i18n } from '#i18n';
import { db } from '../../lib/db/instance';
import { dealTitle, type Lang } from '../../lib/model';
import { attentionAt, loadAttentionCandidates } from '../../lib/popup/attention';
import { loadDecidedDeals, replyDecisionsAt } from '../../lib/popup/reply-decisions';
import { confirmReply, markLost } from '../../lib/popup/writes';
import { useLiveQuery } from '../use-live-query';
import { type OpenDeal, OpenDealButton } from './OpenDeal';
import type { PopupWrite } from './use-popup';

// The rows that say why a reply stopped or paused a deal load only when there are some: the popup
// loads again at every click on the toolbar (issue 23: ≤ 60,000 B of gzip JavaScript).
const ReplyRow = lazy(() => import('./ReplyRow').then((m) => ({ default: m.ReplyRow })));

export function AttentionSection({
  now,
  act,
  open,
  lang,
  timeZone,
}: {
  now: number;
  act(write: PopupWrite): Promise<boolean>;
  open: OpenDeal;
  lang: Lang;
  timeZone: string;
}) {
  const titleId = useId();
  // Read when the database changes; the clock's tick only re-judges them in memory (issue 23: no
  // periodic tick does work proportional to the number of deals).
  const candidates = useLiveQuery(() => loadAttentionCandidates(db), []);
  const decided = useLiveQuery(() => loadDecidedDeals(db), []);
  const attention = useMemo(() => candidates && attentionAt(candidates, now), [candidates, now]);
  const replies = useMemo(() => decided && replyDecisionsAt(decided, now), [decided, now]);
  if (!attention || !replies) return null;
  const count = replies.length + attention.replyLikely.length + attention.proposeLost.length;
  if (count === 0) return null;
  return (
    <section className="section section--attention" aria-labelledby={titleId} data-testid="section-attention">
      <h2 id={titleId}>
        {i18n.t('popup.sectionAttention')} <span className="section__count">{count}</span>
      </h2>
      <ul>
        {replies.length > 0 && (
          <Suspense fallback={null}>
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
          </Suspense>
        )}
        {attention.replyLikely.map((deal) => (
          <li key={deal.id} className="row" data-testid="reply-likely-row" data-deal-id={deal.id}>
            <p className="row__who">{dealTitle(deal)}</p>
            <p className="row__meta">{i18n.t('popup.replyLikely', [deal.replyLikely?.from ?? ''])}</p>
            <div className="row__actions">
              <OpenDealButton deal={deal} open={open} />
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
              <OpenDealButton deal={deal} open={open} />
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
