// The popup's "Needs you" section: likely replies to confirm, files to close after a silent
// breakup. Each row opens its thread; the decisions go to the background like every write.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { i18n } from '#i18n';
import { db } from '../../lib/db/instance';
import type { Result } from '../../lib/messaging/protocol';
import { sendMessage } from '../../lib/messaging/protocol';
import type { Deal } from '../../lib/model';
import { loadAttention } from '../../lib/popup/attention';

const who = (deal: Deal) => {
  const name = deal.contact.name || deal.contact.email || deal.subject;
  return deal.company ? `${name} (${deal.company})` : name;
};

export function AttentionSection({
  now,
  act,
  open,
}: {
  now: number;
  act(write: () => Promise<Result<unknown>>): Promise<boolean>;
  open(url: string): Promise<void>;
}) {
  const titleId = useId();
  const attention = useLiveQuery(() => loadAttention(db, now), [now]);
  if (!attention || (attention.replyLikely.length === 0 && attention.proposeLost.length === 0)) return null;
  return (
    <section className="section section--attention" aria-labelledby={titleId} data-testid="section-attention">
      <h2 id={titleId}>
        {i18n.t('popup.sectionAttention')}{' '}
        <span className="section__count">{attention.replyLikely.length + attention.proposeLost.length}</span>
      </h2>
      <ul>
        {attention.replyLikely.map((deal) => (
          <li key={deal.id} className="row" data-testid="reply-likely-row" data-deal-id={deal.id}>
            <p className="row__who">{who(deal)}</p>
            <p className="row__meta">{i18n.t('popup.replyLikely', [deal.replyLikely?.from ?? ''])}</p>
            <div className="row__actions">
              <button type="button" onClick={() => open(deal.url)}>
                {i18n.t('popup.open')}
              </button>
              <button
                type="button"
                data-testid="confirm-reply"
                onClick={() => act(() => sendMessage('confirmReply', { dealId: deal.id, replied: true }))}
              >
                {i18n.t('popup.confirmReply')}
              </button>
              <button
                type="button"
                data-testid="not-a-reply"
                onClick={() => act(() => sendMessage('confirmReply', { dealId: deal.id, replied: false }))}
              >
                {i18n.t('popup.notAReply')}
              </button>
            </div>
          </li>
        ))}
        {attention.proposeLost.map(({ deal, silentDays }) => (
          <li key={deal.id} className="row" data-testid="propose-lost-row" data-deal-id={deal.id}>
            <p className="row__who">{who(deal)}</p>
            <p className="row__meta">{i18n.t('popup.proposeLost', [String(silentDays)])}</p>
            <div className="row__actions">
              <button type="button" onClick={() => open(deal.url)}>
                {i18n.t('popup.open')}
              </button>
              <button
                type="button"
                data-testid="mark-lost"
                onClick={() => act(() => sendMessage('markLost', { dealId: deal.id }))}
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
