// Why the follow-ups stopped or paused after the prospect's message, and the one-click correction
// (issue 21, item 4). The words are lib/replies/why-words.ts's (the popup and the notification say
// the same), the rules lib/replies/why.ts's; this only lays them out.
import { i18n } from '#i18n';
import { type PanelState, sendMessage } from '../../lib/messaging/protocol';
import type { Deal } from '../../lib/model';
import { correction, proposesLostAfterOptOut } from '../../lib/replies/why';
import { optOutLostReason, replyCueQuote, replyWhyLine } from '../../lib/replies/why-words';
import { PauseDayPicker } from '../reply/PauseDayPicker';
import type { Act } from './context';

export function ReplyWhy({ state, deal, act }: { state: PanelState; deal: Deal; act: Act }) {
  const why = replyWhyLine(deal, state);
  if (!why) return null;
  const fix = correction(deal);
  const quote = replyCueQuote(deal);
  return (
    <div className="relance__banner relance__banner--info" data-testid="reply-why">
      <p>
        {why}
        {quote && <span className="relance__quote"> {quote}</span>}
      </p>
      <div className="relance__row">
        {proposesLostAfterOptOut(deal) && (
          <button
            type="button"
            className="relance__primary"
            data-testid="opt-out-mark-lost"
            onClick={() =>
              act(() => sendMessage('markLost', { dealId: deal.id, reason: optOutLostReason(deal) }))
            }
          >
            {i18n.t('reply.markLost')}
          </button>
        )}
        {fix === 'answer' && (
          <button
            type="button"
            data-testid="its-an-answer"
            onClick={() => act(() => sendMessage('correctReply', { dealId: deal.id, as: 'answer' }))}
          >
            {i18n.t('reply.itsAnAnswer')}
          </button>
        )}
        {fix === 'automatic' && (
          <PauseDayPicker
            lang={state.lang}
            timeZone={state.timeZone}
            now={state.now}
            primaryClassName="relance__primary"
            onPause={async (returnDay) =>
              (await act(() => sendMessage('correctReply', { dealId: deal.id, as: 'automatic', returnDay })))
                .ok
            }
          />
        )}
      </div>
    </div>
  );
}
