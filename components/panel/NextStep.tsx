// The next step, in the details: when to resume contact, by which channel, and who does what
// before it ("always leave with a next step"). Presets fill the date; the background checks it.
import { type FormEvent, useId, useState } from 'react';
import { i18n } from '#i18n';
import type { NextStepPreset } from '../../lib/cadence/quick-picks';
import { channelLabel } from '../../lib/labels';
import { sendMessage } from '../../lib/messaging/protocol';
import { CHANNELS, type Channel, type EpochMs } from '../../lib/model';
import { LIMITS } from '../../lib/model/limits';
import { DateTimeField } from '../ui/DateTimeField';
import { usePanelContext } from './context';

const PRESET_LABEL: Record<NextStepPreset, () => string> = {
  'tomorrow-10': () => i18n.t('panel.presetTomorrow10'),
  'in-3-days': () => i18n.t('panel.presetIn3Days'),
  'next-monday-9': () => i18n.t('panel.presetNextMonday9'),
};

export function NextStepSection() {
  const { state, deal, act, say, now } = usePanelContext();
  const current = deal.nextStep;
  const [at, setAt] = useState<EpochMs | null>(current?.at ?? null);
  const [channel, setChannel] = useState<Channel>(current?.channel ?? 'email');
  const [repAction, setRepAction] = useState(current?.repAction ?? '');
  const [prospectAction, setProspectAction] = useState(current?.prospectAction ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const instant = at;
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
    <form className="relance__form" onSubmit={submit} noValidate aria-label={i18n.t('panel.nextStep')}>
      <fieldset className="relance__row relance__bare">
        <legend className="relance__visually-hidden">{i18n.t('panel.nextStepWhen')}</legend>
        {state.presets.nextStep.map((p) => (
          <button
            key={p.id}
            type="button"
            className="relance__chip"
            data-testid={`next-step-preset-${p.id}`}
            onClick={() => setAt(p.at)}
          >
            {PRESET_LABEL[p.id]()}
          </button>
        ))}
      </fieldset>
      <div className="relance__grid">
        <DateTimeField
          label={i18n.t('panel.nextStepWhen')}
          lang={state.lang}
          timeZone={state.timeZone}
          now={now}
          value={at}
          onChange={setAt}
          testId="next-step-at"
        />
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
        maxLength={LIMITS.nextStepText}
        onChange={(e) => setRepAction(e.target.value)}
        data-testid="next-step-rep"
        autoComplete="off"
      />
      <label htmlFor={`${id}-prospect`}>{i18n.t('panel.prospectAction')}</label>
      <input
        id={`${id}-prospect`}
        value={prospectAction}
        maxLength={LIMITS.nextStepText}
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
