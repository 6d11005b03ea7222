// The follow-ups, in the details: schedule a cadence after seeing its dates (and, while one runs,
// choose to replace its remaining steps or add after them), one follow-up at a chosen moment, and
// the rail of steps (date · channel · template) with done / skip / snooze on the due ones only; a
// future step can be done now, after a confirmation. A closed deal is reopened first.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import type { QuickPick } from '../../lib/cadence/quick-picks';
import { channelLabel, templateKindLabel } from '../../lib/labels';
import type { ScheduledPreview } from '../../lib/messaging/protocol';
import { sendMessage } from '../../lib/messaging/protocol';
import type { EpochMs, FollowUp } from '../../lib/model';
import { formatWhen } from '../../lib/panel/intl';
import { isPending, nextPending, type StepState, stepState, timeline } from '../../lib/panel/logic';
import { DateTimeField } from '../ui/DateTimeField';
import { usePanelContext } from './context';

const PICK_LABEL: Record<QuickPick, () => string> = {
  'later-today': () => i18n.t('panel.pickLaterToday'),
  tomorrow: () => i18n.t('panel.pickTomorrow'),
  'in-3-days': () => i18n.t('panel.pickIn3Days'),
  'next-week': () => i18n.t('panel.pickNextWeek'),
};

const STATE_LABEL: Record<StepState, () => string> = {
  overdue: () => i18n.t('panel.stateOverdue'),
  due: () => i18n.t('panel.stateDue'),
  upcoming: () => i18n.t('panel.stateUpcoming'),
  snoozed: () => i18n.t('panel.stateSnoozed'),
  paused: () => i18n.t('panel.statePaused'),
  done: () => i18n.t('panel.stateDone'),
  skipped: () => i18n.t('panel.stateSkipped'),
  cancelled: () => i18n.t('panel.stateCancelled'),
};

export function FollowUpsSection() {
  const { state, deal, act, say, scheduleRequest } = usePanelContext();
  const [preview, setPreview] = useState<ScheduledPreview[] | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const [date, setDate] = useState<EpochMs | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const when = (at: number) => formatWhen(at, state.lang, state.timeZone, state.now);
  const cadenceName = state.cadences.find((c) => c.id === state.suggestedCadenceId)?.name[state.lang] ?? '';
  const steps = timeline(state.followUps);
  const pending = state.followUps.some(isPending);
  const next = nextPending(state.followUps);
  const closed = deal.status === 'won' || deal.status === 'lost';

  const showPreview = async () => {
    const answer = await act(() => sendMessage('previewCadence', { dealId: deal.id }));
    if (answer.ok) setPreview(answer.value);
    return answer.ok;
  };
  // The keyboard shortcut (or the bar): the preview opens, and Enter on the focused Confirm schedules it.
  const focusConfirm = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new request opens the preview.
  useEffect(() => {
    if (scheduleRequest === 0 || closed) return;
    focusConfirm.current = true;
    void showPreview();
  }, [scheduleRequest]);
  useEffect(() => {
    if (preview && focusConfirm.current) {
      focusConfirm.current = false;
      confirmButton.current?.focus();
    }
  }, [preview]);
  const confirm = async (mode: 'replace' | 'append') => {
    const answer = await act(() =>
      sendMessage('scheduleCadence', { dealId: deal.id, cadenceId: state.suggestedCadenceId, mode }),
    );
    setPreview(null);
    if (answer.ok) say(i18n.t('panel.scheduled', [String(answer.value.length)]));
  };
  const single = async (at: { pick: QuickPick } | { at: number }) => {
    const answer = await act(() =>
      sendMessage('scheduleSingle', { dealId: deal.id, when: at, channel: 'email', templateKind: 'relance' }),
    );
    if (answer.ok) say(i18n.t('panel.scheduledOne'));
  };
  const onDate = async (e: FormEvent) => {
    e.preventDefault();
    const at = date;
    if (at === null) return setProblem(i18n.t('panel.dateInvalid'));
    if (at <= Date.now()) return setProblem(i18n.t('panel.datePast'));
    setProblem(null);
    await single({ at });
  };

  if (closed) {
    const open = state.stages.filter((s) => s.kind === 'open' || s.kind === 'expansion');
    return (
      <div className="relance__form" data-testid="follow-ups">
        <p className="relance__hint" data-testid="closed-hint">
          {deal.status === 'won' ? i18n.t('bar.closedWonHint') : i18n.t('bar.closedLostHint')}
        </p>
        <div className="relance__row">
          {open.map((s) => (
            <button
              key={s.id}
              type="button"
              data-testid={`reopen-${s.id}`}
              onClick={async () => {
                const answer = await act(() => sendMessage('setStage', { dealId: deal.id, stageId: s.id }));
                if (answer.ok) say(i18n.t('bar.reopened', [s.name[state.lang]]));
              }}
            >
              {i18n.t('bar.reopenAt', [s.name[state.lang]])}
            </button>
          ))}
        </div>
        {steps.length > 0 && <Rail steps={steps} nextId={null} />}
      </div>
    );
  }

  return (
    <div className="relance__form" data-testid="follow-ups">
      {preview === null ? (
        <div className="relance__row">
          <button type="button" className="relance__primary" data-testid="schedule" onClick={showPreview}>
            {i18n.t('panel.scheduleFollowUp')}
          </button>
          {deal.status === 'paused'
            ? pending && (
                <button
                  type="button"
                  data-testid="resume"
                  onClick={() => act(() => sendMessage('resumeDeal', { dealId: deal.id }))}
                >
                  {i18n.t('panel.resume')}
                </button>
              )
            : pending && (
                <button
                  type="button"
                  data-testid="pause"
                  onClick={() => act(() => sendMessage('pauseDeal', { dealId: deal.id }))}
                >
                  {i18n.t('panel.pause')}
                </button>
              )}
          {pending && (
            <button
              type="button"
              data-testid="stop-cadence"
              onClick={async () => {
                const answer = await act(() => sendMessage('cancelCadence', { dealId: deal.id }));
                if (answer.ok) say(i18n.t('bar.stopped'));
              }}
            >
              {i18n.t('panel.stopCadence')}
            </button>
          )}
        </div>
      ) : (
        <div className="relance__preview" data-testid="schedule-preview">
          <p className="relance__hint">{i18n.t('panel.previewTitle', [cadenceName])}</p>
          <ol className="relance__list">
            {preview.map((p) => (
              <li key={p.index}>
                {when(p.dueAt)} · {channelLabel(p.channel)}
                {p.templateKind ? ` · ${templateKindLabel(p.templateKind)}` : ''}
              </li>
            ))}
          </ol>
          {pending && <p className="relance__hint">{i18n.t('bar.cadenceRuns')}</p>}
          <div className="relance__row">
            <button
              type="button"
              className="relance__primary"
              data-testid="confirm-schedule"
              onClick={() => confirm('replace')}
              ref={confirmButton}
            >
              {pending ? i18n.t('bar.replaceRemaining') : i18n.t('panel.confirmSchedule')}
            </button>
            {pending && (
              <button type="button" data-testid="confirm-append" onClick={() => confirm('append')}>
                {i18n.t('bar.addAfter')}
              </button>
            )}
            <button type="button" onClick={() => setPreview(null)}>
              {i18n.t('panel.cancel')}
            </button>
          </div>
        </div>
      )}
      {deal.status === 'paused' && <p className="relance__hint">{i18n.t('panel.paused')}</p>}

      {steps.length === 0 ? (
        <p className="relance__hint">{i18n.t('panel.noFollowUps')}</p>
      ) : (
        <Rail steps={steps} nextId={next?.id ?? null} />
      )}

      <fieldset className="relance__row relance__bare">
        <legend className="relance__hint">{i18n.t('panel.quickPick')}</legend>
        {state.presets.quickPicks.map((p) => (
          <button
            key={p.id}
            type="button"
            className="relance__chip"
            title={when(p.at)}
            data-testid={`pick-${p.id}`}
            onClick={() => single({ pick: p.id })}
          >
            {PICK_LABEL[p.id]()}
          </button>
        ))}
      </fieldset>
      <form className="relance__row" onSubmit={onDate} noValidate>
        <DateTimeField
          label={i18n.t('panel.pickDate')}
          lang={state.lang}
          timeZone={state.timeZone}
          now={state.now}
          value={date}
          onChange={setDate}
          testId="pick-date"
        />
        <button type="submit" data-testid="pick-date-add">
          {i18n.t('panel.add')}
        </button>
      </form>
      {problem && (
        <p className="relance__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** The compact rail: one line per step. */
function Rail({ steps, nextId }: { steps: FollowUp[]; nextId: string | null }) {
  return (
    <ol className="relance__rail" data-testid="timeline">
      {steps.map((f) => (
        <RailStep key={f.id} followUp={f} isNext={nextId === f.id} />
      ))}
    </ol>
  );
}

function RailStep({ followUp: f, isNext }: { followUp: FollowUp; isNext: boolean }) {
  const { state, act, say, openAt } = usePanelContext();
  const [confirming, setConfirming] = useState(false);
  const s = stepState(f, state.now, state.endOfToday);
  const due = f.status === 'due' && (s === 'overdue' || s === 'due');
  // Only the next step can be done ahead of time: the rail stays one line per step.
  const future = f.status === 'due' && !due && isNext;
  const done = async () => {
    const answer = await act(() => sendMessage('completeFollowUp', { followUpId: f.id }));
    if (answer.ok) say(i18n.t('panel.markedDone'));
  };
  return (
    <li
      className={`relance__rail-step relance__step--${s}${isNext ? ' relance__step--next' : ''}`}
      data-testid="timeline-step"
      data-state={s}
      data-follow-up-id={f.id}
    >
      <span className="relance__rail-dot" aria-hidden="true" />
      <span className="relance__rail-what">
        <span className="relance__step-when">
          {formatWhen(f.dueAt, state.lang, state.timeZone, state.now)}
        </span>
        {' · '}
        {channelLabel(f.channel)}
        {f.templateKind ? ` · ${templateKindLabel(f.templateKind)}` : ''}
        <span className="relance__visually-hidden">
          {' '}
          {i18n.t('panel.step', [String(f.stepIndex + 1), String(f.stepCount)])}
        </span>
      </span>
      <span className="relance__step-state">{STATE_LABEL[s]()}</span>
      {due && (
        <span className="relance__step-actions">
          <button type="button" data-testid="step-done" onClick={done}>
            {i18n.t('panel.done')}
          </button>
          <button
            type="button"
            data-testid="step-skip"
            onClick={async () => {
              const answer = await act(() => sendMessage('skipFollowUp', { followUpId: f.id }));
              if (answer.ok) say(i18n.t('bar.skipped'));
            }}
          >
            {i18n.t('panel.skip')}
          </button>
          <button
            type="button"
            data-testid="step-snooze"
            onClick={async () => {
              const answer = await act(() =>
                sendMessage('snoozeFollowUp', { followUpId: f.id, choice: { preset: 'in-1-hour' } }),
              );
              if (answer.ok) say(i18n.t('bar.snoozed'));
            }}
          >
            {i18n.t('panel.snooze1h')}
          </button>
        </span>
      )}
      {future &&
        (confirming ? (
          <span className="relance__step-actions">
            <button
              type="button"
              className="relance__primary"
              data-testid="step-now-confirm"
              onClick={async () => {
                // Doing an email step is writing it: done, and its template opened for insertion.
                if (f.channel !== 'email') return done();
                const answer = await act(() => sendMessage('completeFollowUp', { followUpId: f.id }));
                if (!answer.ok) return;
                say(i18n.t('followUp.writingNow'));
                openAt('email', { templateKind: f.templateKind ?? null });
              }}
            >
              {f.channel === 'email' ? i18n.t('followUp.writeNow') : i18n.t('bar.doItNowConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {i18n.t('panel.cancel')}
            </button>
          </span>
        ) : (
          <span className="relance__step-actions">
            <button
              type="button"
              className="relance__quiet"
              data-testid="step-now"
              onClick={() => setConfirming(true)}
            >
              {i18n.t('bar.doItNow')}
            </button>
          </span>
        ))}
    </li>
  );
}
