// Notes & history, in the details: the stage's checklist, how long the deal has been at its stage,
// and what happened to it lately (newest first).
import { i18n } from '#i18n';
import { sendMessage } from '../../lib/messaging/protocol';
import type { EventType } from '../../lib/model';
import { formatDuration, formatWhen } from '../../lib/panel/intl';
import { usePanelContext } from './context';

const EVENT_LABEL: Record<EventType, () => string> = {
  tracked: () => i18n.t('bar.evTracked'),
  'stage-changed': () => i18n.t('bar.evStage'),
  'next-step-set': () => i18n.t('bar.evNextStep'),
  'cadence-started': () => i18n.t('bar.evScheduled'),
  'cadence-cancelled': () => i18n.t('bar.evCancelled'),
  'follow-up-done': () => i18n.t('bar.evDone'),
  'follow-up-skipped': () => i18n.t('bar.evSkipped'),
  'follow-up-snoozed': () => i18n.t('bar.evSnoozed'),
  'follow-ups-shifted': () => i18n.t('bar.evShifted'),
  paused: () => i18n.t('bar.evPaused'),
  resumed: () => i18n.t('bar.evResumed'),
  reply: () => i18n.t('bar.evReply'),
  'template-inserted': () => i18n.t('bar.evInserted'),
  won: () => i18n.t('bar.evWon'),
  lost: () => i18n.t('bar.evLost'),
  note: () => i18n.t('bar.evNote'),
  'thread-added': () => i18n.t('bar.evThreadAdded'),
  'thread-removed': () => i18n.t('bar.evThreadRemoved'),
};

export function HistorySection() {
  const { state, deal, act, now } = usePanelContext();
  const lang = state.lang;
  const stage = state.stages.find((s) => s.id === deal.stageId);
  const done = new Set(deal.doneActionIds);
  const since = formatDuration(Math.max(0, now - deal.stageEnteredAt), lang);
  return (
    <div className="relance__form">
      <p className="relance__hint">
        {stage?.name[lang]} · <span data-testid="time-in-stage">{i18n.t('panel.timeInStage', [since])}</span>
      </p>
      {stage && stage.actions.length > 0 && (
        <fieldset className="relance__checklist">
          <legend>{i18n.t('panel.actions')}</legend>
          {stage.actions.map((a) => (
            <label key={a.id} className="relance__check">
              <input
                type="checkbox"
                checked={done.has(a.id)}
                data-testid={`action-${a.id}`}
                onChange={(e) => {
                  const next = new Set(done);
                  if (e.target.checked) next.add(a.id);
                  else next.delete(a.id);
                  void act(() =>
                    sendMessage('updateDeal', { dealId: deal.id, patch: { doneActionIds: [...next] } }),
                  );
                }}
              />
              {a.label[lang]}
            </label>
          ))}
        </fieldset>
      )}
      {state.history.length > 0 && (
        <ol className="relance__history" data-testid="history">
          {state.history.map((e) => (
            <li key={e.id}>
              <span className="relance__muted">{formatWhen(e.at, lang, state.timeZone, now)}</span>{' '}
              {EVENT_LABEL[e.type]()}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
