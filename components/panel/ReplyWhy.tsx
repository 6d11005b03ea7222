// Why the follow-ups stopped or paused after the prospect's message, and the one-click correction
// (issue 21, item 4). The words and the rules are lib/replies/why.ts's; this only lays them out.
import { i18n } from '#i18n';
import { type PanelState, sendMessage } from '../../lib/messaging/protocol';
import type { Deal, Lang, ReplyDecision } from '../../lib/model';
import { correction, formatReturnDay, proposesLostAfterOptOut } from '../../lib/replies/why';
import type { Act } from './context';

export function ReplyWhy({ state, deal, act }: { state: PanelState; deal: Deal; act: Act }) {
  const why = replyWhy(deal.replyDecision, state.lang);
  if (!why || deal.status === 'lost' || deal.status === 'won') return null;
  const fix = correction(deal);
  const decision = deal.replyDecision;
  return (
    <div className="relance__banner relance__banner--info" data-testid="reply-why">
      <p>{why}</p>
      <div className="relance__row">
        {decision && proposesLostAfterOptOut(deal) && (
          <button
            type="button"
            className="relance__primary"
            data-testid="opt-out-mark-lost"
            onClick={() =>
              act(() =>
                sendMessage('markLost', {
                  dealId: deal.id,
                  reason: i18n.t('panel.optOutLostReason', [decision.cue]),
                }),
              )
            }
          >
            {i18n.t('panel.markLost')}
          </button>
        )}
        {fix === 'answer' && (
          <button
            type="button"
            data-testid="its-an-answer"
            onClick={() => act(() => sendMessage('correctReply', { dealId: deal.id, as: 'answer' }))}
          >
            {i18n.t('panel.itsAnAnswer')}
          </button>
        )}
        {fix === 'automatic' && (
          <button
            type="button"
            data-testid="it-was-automatic"
            onClick={() => act(() => sendMessage('correctReply', { dealId: deal.id, as: 'automatic' }))}
          >
            {i18n.t('panel.itWasAutomatic')}
          </button>
        )}
      </div>
    </div>
  );
}

/** What Relance read and did, said in one sentence; null when it has decided nothing. */
function replyWhy(decision: ReplyDecision | null | undefined, lang: Lang): string | null {
  if (!decision) return null;
  switch (decision.kind) {
    case 'auto-reply':
      if (decision.corrected) return i18n.t('panel.whyCorrectedAutomatic');
      return decision.returnDay
        ? i18n.t('panel.whyAway', [formatReturnDay(decision.returnDay, lang), decision.cue])
        : i18n.t('panel.whyAwayNoDay', [decision.cue]);
    case 'answer':
      if (decision.corrected) return i18n.t('panel.whyCorrectedAnswer');
      return decision.cue ? i18n.t('panel.whyAnswerAbsence', [decision.cue]) : i18n.t('panel.whyAnswer');
    case 'opt-out':
      return i18n.t('panel.whyOptOut', [decision.cue]);
  }
}
