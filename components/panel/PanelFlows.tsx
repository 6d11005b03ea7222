// The thread panel's daily flows: the next step, the follow-ups (schedule a cadence after seeing
// its dates, a single quick pick, the timeline with done / skip / snooze, pause / resume / stop),
// inserting a template into the reply, and closing the loop (reply seen, lost after a breakup,
// after-sale once signed). Every write goes to the background; every outcome is said in words.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import type { NextStepPreset, QuickPick } from '../../lib/cadence/quick-picks';
import { channelLabel, templateKindLabel } from '../../lib/labels';
import type { InsertResult } from '../../lib/mail/adapter';
import type { PanelState, RenderedTemplate, Result, ScheduledPreview } from '../../lib/messaging/protocol';
import { sendMessage } from '../../lib/messaging/protocol';
import { CHANNELS, type Channel, type Deal, type FollowUp, PAUSE_REASONS, type Stage } from '../../lib/model';
import { formatWhen } from '../../lib/panel/intl';
import {
  afterSaleStages,
  fromDateTimeInput,
  isPending,
  nextPending,
  nextStepWarning,
  orderTemplates,
  type StepState,
  stepState,
  timeline,
  toDateTimeInput,
} from '../../lib/panel/logic';
import { ReplyWhy } from './ReplyWhy';
import { ask } from './use-panel';

export type Act = <T>(action: () => Promise<Result<T>>) => Promise<Result<T>>;

interface FlowProps {
  state: PanelState;
  deal: Deal;
  act: Act;
  /** Says an outcome in the panel's live region. */
  say: (message: string) => void;
}

const when = (state: PanelState, at: number) => formatWhen(at, state.lang, state.timeZone, state.now);

// ---------------------------------------------------------------------------------------------
// Banners: a reply seen, silence after a breakup, a signed deal

export function DealBanners({ state, deal, act, say, stage }: FlowProps & { stage: Stage | undefined }) {
  const [keptOpen, setKeptOpen] = useState(false);
  const afterSale = afterSaleStages(state.stages, stage);
  const afterSaleCadence = state.cadences.find((c) => c.id === 'after-sale');
  return (
    <>
      {deal.replyLikely && (
        <div className="relance__banner relance__banner--warn" data-testid="reply-likely">
          <p>{i18n.t('panel.replyLikely', [deal.replyLikely.from])}</p>
          <div className="relance__row">
            <button
              type="button"
              className="relance__primary"
              data-testid="confirm-reply"
              onClick={() => act(() => sendMessage('confirmReply', { dealId: deal.id, replied: true }))}
            >
              {i18n.t('panel.confirmReply')}
            </button>
            <button
              type="button"
              data-testid="not-a-reply"
              onClick={() => act(() => sendMessage('confirmReply', { dealId: deal.id, replied: false }))}
            >
              {i18n.t('panel.notAReply')}
            </button>
          </div>
        </div>
      )}
      {deal.status === 'paused' && deal.pauseReason === PAUSE_REASONS.outOfOffice && deal.pausedUntil && (
        <p className="relance__banner relance__banner--info" data-testid="out-of-office">
          {i18n.t('panel.outOfOffice', [when(state, deal.pausedUntil)])}
        </p>
      )}
      {deal.status === 'replied' && (
        <p className="relance__banner relance__banner--info" data-testid="replied">
          {i18n.t('panel.replied')}
        </p>
      )}
      <ReplyWhy state={state} deal={deal} act={act} />
      {state.proposeLost && !keptOpen && (
        <div className="relance__banner relance__banner--warn" data-testid="propose-lost">
          <p>{i18n.t('panel.proposeLost', [String(state.proposeLost.silentDays)])}</p>
          <div className="relance__row">
            <button
              type="button"
              className="relance__primary"
              data-testid="mark-lost"
              onClick={async () => {
                const answer = await act(() => sendMessage('markLost', { dealId: deal.id }));
                if (answer.ok) say(i18n.t('panel.markedLost'));
              }}
            >
              {i18n.t('panel.markLost')}
            </button>
            <button type="button" onClick={() => setKeptOpen(true)}>
              {i18n.t('panel.keepOpen')}
            </button>
          </div>
        </div>
      )}
      {afterSale.length > 0 && (
        <div className="relance__banner relance__banner--good" data-testid="after-sale">
          <p>{i18n.t('panel.afterSale')}</p>
          <div className="relance__row">
            {afterSale.map((s) => (
              <button
                key={s.id}
                type="button"
                data-testid={`after-sale-${s.id}`}
                onClick={async () => {
                  const moved = await act(() => sendMessage('setStage', { dealId: deal.id, stageId: s.id }));
                  if (!moved.ok) return;
                  // The after-sale stage's own cadence (quarterly check-ins by default).
                  const started = await act(() => sendMessage('scheduleCadence', { dealId: deal.id }));
                  if (started.ok) say(i18n.t('panel.scheduled', [String(started.value.length)]));
                }}
              >
                {i18n.t('panel.startAfterSale', [s.name[state.lang]])}
              </button>
            ))}
          </div>
          {afterSaleCadence && <p className="relance__hint">{afterSaleCadence.name[state.lang]}</p>}
        </div>
      )}
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Next step

const PRESET_LABEL: Record<NextStepPreset, () => string> = {
  'tomorrow-10': () => i18n.t('panel.presetTomorrow10'),
  'in-3-days': () => i18n.t('panel.presetIn3Days'),
  'next-monday-9': () => i18n.t('panel.presetNextMonday9'),
};

/** The warning, or the next step's summary, for the panel's header. */
export function NextStepSummary({ state, deal }: { state: PanelState; deal: Deal }) {
  const warning = nextStepWarning(deal, state.now);
  if (warning) {
    return (
      <p className="relance__banner relance__banner--warn" role="note" data-testid="next-step-warning">
        {warning === 'missing' ? i18n.t('panel.nextStepMissing') : i18n.t('panel.nextStepPast')}
      </p>
    );
  }
  if (!deal.nextStep) return null;
  return (
    <p className="relance__summary" data-testid="next-step-summary">
      {i18n.t('panel.nextStepSummary', [when(state, deal.nextStep.at), channelLabel(deal.nextStep.channel)])}
    </p>
  );
}

export function NextStepForm({ state, deal, act, say }: FlowProps) {
  const current = deal.nextStep;
  const [at, setAt] = useState(current ? toDateTimeInput(current.at, state.timeZone) : '');
  const [channel, setChannel] = useState<Channel>(current?.channel ?? 'email');
  const [repAction, setRepAction] = useState(current?.repAction ?? '');
  const [prospectAction, setProspectAction] = useState(current?.prospectAction ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const instant = fromDateTimeInput(at, state.timeZone);
    if (instant === null) return setProblem(i18n.t('panel.dateInvalid'));
    if (instant <= Date.now()) return setProblem(i18n.t('panel.datePast'));
    setProblem(null);
    const answer = await act(() =>
      sendMessage('setNextStep', {
        dealId: deal.id,
        nextStep: {
          at: instant,
          channel,
          repAction: repAction.trim(),
          prospectAction: prospectAction.trim(),
          reason: current?.reason ?? '',
        },
      }),
    );
    if (answer.ok) say(i18n.t('panel.nextStepSaved'));
  };

  return (
    <form className="relance__form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="relance__section-title">
        {i18n.t('panel.nextStep')}
      </h3>
      <fieldset className="relance__row relance__bare">
        <legend className="relance__visually-hidden">{i18n.t('panel.nextStepWhen')}</legend>
        {state.presets.nextStep.map((p) => (
          <button
            key={p.id}
            type="button"
            className="relance__chip"
            data-testid={`next-step-preset-${p.id}`}
            onClick={() => setAt(toDateTimeInput(p.at, state.timeZone))}
          >
            {PRESET_LABEL[p.id]()}
          </button>
        ))}
      </fieldset>
      <div className="relance__grid">
        <div className="relance__field">
          <label htmlFor={`${id}-at`}>{i18n.t('panel.nextStepWhen')}</label>
          <input
            id={`${id}-at`}
            type="datetime-local"
            value={at}
            onChange={(e) => setAt(e.target.value)}
            data-testid="next-step-at"
            aria-invalid={problem !== null}
          />
        </div>
        <div className="relance__field">
          <label htmlFor={`${id}-channel`}>{i18n.t('panel.nextStepChannel')}</label>
          <select
            id={`${id}-channel`}
            value={channel}
            onChange={(e) => setChannel(e.target.value as Channel)}
            data-testid="next-step-channel"
          >
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {channelLabel(c)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor={`${id}-rep`}>{i18n.t('panel.repAction')}</label>
      <input
        id={`${id}-rep`}
        value={repAction}
        maxLength={2000}
        onChange={(e) => setRepAction(e.target.value)}
        data-testid="next-step-rep"
        autoComplete="off"
      />
      <label htmlFor={`${id}-prospect`}>{i18n.t('panel.prospectAction')}</label>
      <input
        id={`${id}-prospect`}
        value={prospectAction}
        maxLength={2000}
        onChange={(e) => setProspectAction(e.target.value)}
        data-testid="next-step-prospect"
        autoComplete="off"
      />
      {problem && (
        <p className="relance__error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="relance__primary" data-testid="save-next-step">
        {i18n.t('panel.saveNextStep')}
      </button>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// Follow-ups

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

export function FollowUpsSection({
  state,
  deal,
  act,
  say,
  scheduleRequest = 0,
}: FlowProps & { scheduleRequest?: number }) {
  const [preview, setPreview] = useState<ScheduledPreview[] | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const cadenceName = state.cadences.find((c) => c.id === state.suggestedCadenceId)?.name[state.lang] ?? '';
  const steps = timeline(state.followUps);
  const pending = state.followUps.some(isPending);
  const next = nextPending(state.followUps);

  const showPreview = async () => {
    const answer = await act(() => sendMessage('previewCadence', { dealId: deal.id }));
    if (answer.ok) setPreview(answer.value);
    return answer.ok;
  };
  // The keyboard shortcut: the preview opens, and Enter on the focused Confirm schedules it.
  const focusConfirm = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new request opens the preview.
  useEffect(() => {
    if (scheduleRequest === 0) return;
    focusConfirm.current = true;
    void showPreview();
  }, [scheduleRequest]);
  useEffect(() => {
    if (preview && focusConfirm.current) {
      focusConfirm.current = false;
      confirmButton.current?.focus();
    }
  }, [preview]);
  const confirm = async () => {
    const answer = await act(() =>
      sendMessage('scheduleCadence', { dealId: deal.id, cadenceId: state.suggestedCadenceId }),
    );
    setPreview(null);
    if (answer.ok) say(i18n.t('panel.scheduled', [String(answer.value.length)]));
  };
  const single = async (when: { pick: QuickPick } | { at: number }) => {
    const answer = await act(() =>
      sendMessage('scheduleSingle', { dealId: deal.id, when, channel: 'email', templateKind: 'relance' }),
    );
    if (answer.ok) say(i18n.t('panel.scheduledOne'));
  };
  const onDate = async (e: FormEvent) => {
    e.preventDefault();
    const at = fromDateTimeInput(date, state.timeZone);
    if (at === null) return setProblem(i18n.t('panel.dateInvalid'));
    if (at <= Date.now()) return setProblem(i18n.t('panel.datePast'));
    setProblem(null);
    await single({ at });
  };

  return (
    <section className="relance__section" aria-labelledby={`${id}-title`} data-testid="follow-ups">
      <h3 id={`${id}-title`} className="relance__section-title">
        {i18n.t('panel.followUps')}
      </h3>
      {preview === null ? (
        <button type="button" className="relance__primary" data-testid="schedule" onClick={showPreview}>
          {i18n.t('panel.scheduleFollowUp')}
        </button>
      ) : (
        <div className="relance__preview" data-testid="schedule-preview">
          <p>{i18n.t('panel.previewTitle', [cadenceName])}</p>
          <ol className="relance__list">
            {preview.map((p) => (
              <li key={p.index}>
                {when(state, p.dueAt)} · {channelLabel(p.channel)}
                {p.templateKind ? ` · ${templateKindLabel(p.templateKind)}` : ''}
              </li>
            ))}
          </ol>
          <div className="relance__row">
            <button
              type="button"
              className="relance__primary"
              data-testid="confirm-schedule"
              onClick={confirm}
              ref={confirmButton}
            >
              {i18n.t('panel.confirmSchedule')}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {i18n.t('panel.cancel')}
            </button>
          </div>
        </div>
      )}

      <fieldset className="relance__row relance__bare">
        <legend className="relance__hint">{i18n.t('panel.quickPick')}</legend>
        {state.presets.quickPicks.map((p) => (
          <button
            key={p.id}
            type="button"
            className="relance__chip"
            title={when(state, p.at)}
            data-testid={`pick-${p.id}`}
            onClick={() => single({ pick: p.id })}
          >
            {PICK_LABEL[p.id]()}
          </button>
        ))}
      </fieldset>
      <form className="relance__row" onSubmit={onDate} noValidate>
        <label htmlFor={`${id}-date`}>{i18n.t('panel.pickDate')}</label>
        <input
          id={`${id}-date`}
          type="datetime-local"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          data-testid="pick-date"
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

      {steps.length === 0 ? (
        <p className="relance__hint">{i18n.t('panel.noFollowUps')}</p>
      ) : (
        <ol className="relance__timeline" data-testid="timeline">
          {steps.map((f) => (
            <TimelineStep
              key={f.id}
              state={state}
              followUp={f}
              isNext={next?.id === f.id}
              act={act}
              say={say}
            />
          ))}
        </ol>
      )}
      {deal.status === 'paused' && <p className="relance__hint">{i18n.t('panel.paused')}</p>}
      {pending && (
        <div className="relance__row">
          {deal.status === 'paused' ? (
            <button
              type="button"
              data-testid="resume"
              onClick={() => act(() => sendMessage('resumeDeal', { dealId: deal.id }))}
            >
              {i18n.t('panel.resume')}
            </button>
          ) : (
            <button
              type="button"
              data-testid="pause"
              onClick={() => act(() => sendMessage('pauseDeal', { dealId: deal.id }))}
            >
              {i18n.t('panel.pause')}
            </button>
          )}
          <button
            type="button"
            data-testid="stop-cadence"
            onClick={() => act(() => sendMessage('cancelCadence', { dealId: deal.id }))}
          >
            {i18n.t('panel.stopCadence')}
          </button>
        </div>
      )}
    </section>
  );
}

function TimelineStep({
  state,
  followUp: f,
  isNext,
  act,
  say,
}: {
  state: PanelState;
  followUp: FollowUp;
  isNext: boolean;
  act: Act;
  say: (message: string) => void;
}) {
  const s = stepState(f, state.now, state.endOfToday);
  const actionable = f.status === 'due';
  // Snoozing only makes sense once it is due: an upcoming step is not in the way yet.
  const snoozable = s === 'overdue' || s === 'due';
  return (
    <li
      className={`relance__step relance__step--${s}${isNext ? ' relance__step--next' : ''}`}
      data-testid="timeline-step"
      data-state={s}
      data-follow-up-id={f.id}
    >
      <span className="relance__step-when">{when(state, f.dueAt)}</span>
      <span className="relance__step-what">
        {i18n.t('panel.step', [String(f.stepIndex + 1), String(f.stepCount)])} · {channelLabel(f.channel)}
        {f.templateKind ? ` · ${templateKindLabel(f.templateKind)}` : ''}
      </span>
      <span className="relance__step-state">{STATE_LABEL[s]()}</span>
      {actionable && (
        <span className="relance__step-actions">
          <button
            type="button"
            data-testid="step-done"
            onClick={async () => {
              const answer = await act(() => sendMessage('completeFollowUp', { followUpId: f.id }));
              if (answer.ok) say(i18n.t('panel.markedDone'));
            }}
          >
            {i18n.t('panel.done')}
          </button>
          <button
            type="button"
            data-testid="step-skip"
            onClick={() => act(() => sendMessage('skipFollowUp', { followUpId: f.id }))}
          >
            {i18n.t('panel.skip')}
          </button>
          {snoozable && (
            <button
              type="button"
              data-testid="step-snooze"
              onClick={() =>
                act(() =>
                  sendMessage('snoozeFollowUp', { followUpId: f.id, choice: { preset: 'in-1-hour' } }),
                )
              }
            >
              {i18n.t('panel.snooze1h')}
            </button>
          )}
        </span>
      )}
    </li>
  );
}

// ---------------------------------------------------------------------------------------------
// Templates

export function TemplateSection({
  state,
  deal,
  act,
  say,
  insertText,
}: FlowProps & { insertText: (text: string) => Promise<InsertResult> }) {
  const suggestedKind = nextPending(state.followUps)?.templateKind ?? null;
  const templates = orderTemplates(state.templates, suggestedKind, state.lang);
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [rendered, setRendered] = useState<{ id: string; value: RenderedTemplate } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const chosen = templates.find((t) => t.id === templateId) ?? templates[0];
  const chosenId = chosen?.id;

  // The preview follows the chosen template and the deal (a new next step fills {slot}).
  // biome-ignore lint/correctness/useExhaustiveDependencies: deal.updatedAt is the deal's version: render again when it changes.
  useEffect(() => {
    if (!chosenId) return;
    let live = true;
    void ask(() => sendMessage('renderTemplate', { dealId: deal.id, templateId: chosenId })).then(
      (answer) => {
        if (!live) return;
        if (answer.ok) {
          setRendered({ id: chosenId, value: answer.value });
          setProblem(null);
        } else setProblem(answer.error.message);
      },
    );
    return () => {
      live = false;
    };
  }, [chosenId, deal.id, deal.updatedAt]);

  if (!chosen) return null;

  const preview = rendered?.id === chosen.id ? rendered.value : null;

  const insert = async () => {
    let body = preview?.body;
    if (body === undefined) {
      const answer = await ask(() =>
        sendMessage('renderTemplate', { dealId: deal.id, templateId: chosen.id }),
      );
      if (!answer.ok) return setProblem(answer.error.message);
      body = answer.value.body;
    }
    let result: InsertResult;
    try {
      result = await insertText(body);
    } catch {
      result = { ok: false, reason: 'not-editable' };
    }
    if (!result.ok) {
      return setProblem(
        result.reason === 'no-reply-box'
          ? i18n.t('panel.insertNoReplyBox')
          : i18n.t('panel.insertNotEditable'),
      );
    }
    setProblem(null);
    const logged = await act(() =>
      sendMessage('logTemplateInserted', { dealId: deal.id, templateId: chosen.id }),
    );
    if (logged.ok) say(i18n.t('panel.inserted'));
  };

  return (
    <section className="relance__section" aria-labelledby={`${id}-title`} data-testid="templates">
      <h3 id={`${id}-title`} className="relance__section-title">
        {i18n.t('panel.templates')}
      </h3>
      <label htmlFor={`${id}-template`}>{i18n.t('panel.template')}</label>
      <select
        id={`${id}-template`}
        value={chosen.id}
        data-testid="template-select"
        onChange={(e) => setTemplateId(e.target.value)}
      >
        {templates.map((t) => (
          <option key={t.id} value={t.id} data-kind={t.kind}>
            {t.name}
            {t.kind === suggestedKind ? ` (${i18n.t('panel.suggested')})` : ''}
          </option>
        ))}
      </select>
      {preview && (
        <div className="relance__template-preview" data-testid="template-preview">
          {preview.subject && <p className="relance__template-subject">{preview.subject}</p>}
          <pre className="relance__template-body">{preview.body}</pre>
          {preview.missing.length > 0 && (
            <p className="relance__banner relance__banner--warn" data-testid="template-missing">
              {i18n.t('panel.missingValues', [preview.missing.join(', ')])}
            </p>
          )}
        </div>
      )}
      {problem && (
        <p className="relance__error" role="alert" data-testid="template-error">
          {problem}
        </p>
      )}
      <button type="button" className="relance__primary" data-testid="insert-template" onClick={insert}>
        {i18n.t('panel.insert')}
      </button>
    </section>
  );
}
