// Cadences: steps (delay, channel, suggested template), a repeating tail, a closing breakup step,
// a preview of the due dates from a sample start, and which one is the default.

import { type FormEvent, type ReactNode, useState } from 'react';
import { i18n } from '#i18n';
import { cadenceDueDates, resolveTimeZone } from '../../lib/cadence';
import { formatDateAtTime } from '../../lib/intl/dates';
import { channelLabel, templateKindLabel } from '../../lib/labels';
import {
  type Cadence,
  type CadenceStep,
  CHANNELS,
  type Channel,
  type Lang,
  TEMPLATE_KINDS,
  type TemplateKind,
} from '../../lib/model';
import { LIMITS } from '../../lib/model/limits';
import { deleteCadence, saveCadence } from '../../lib/services/process';
import { saveSettings } from '../../lib/services/settings';
import { DateTimeField } from '../ui/DateTimeField';
import { useLiveQuery } from '../use-live-query';
import { NameFields } from './NameFields';
import { SpanInput } from './SpanInput';
import { StatusLine } from './StatusLine';
import { db, errorText, uiLang, useSettings, useWrite } from './use-options';

export function CadencesSection() {
  const cadences = useLiveQuery(() => db.cadences.toArray(), []);
  const stages = useLiveQuery(() => db.stages.toArray(), []);
  const settings = useSettings();
  const [selected, setSelected] = useState<string | null>(null);
  const [status, write] = useWrite();
  if (!cadences || !stages || !settings) return <p>{i18n.t('options.loading')}</p>;
  const lang = uiLang(settings);
  // The editor opens on the default cadence (else the first) until the rep picks another.
  const current =
    cadences.find((c) => c.id === selected) ??
    cadences.find((c) => c.id === settings.defaultCadenceId) ??
    cadences[0];
  const inUse = (id: string) =>
    settings.defaultCadenceId === id || stages.some((s) => s.defaultCadenceId === id);

  async function create() {
    const id = crypto.randomUUID();
    const name = i18n.t('options.cadences.new');
    const ok = await write((db, now) =>
      saveCadence(
        db,
        {
          cadence: {
            id,
            name: { en: name, fr: name },
            steps: [{ after: {}, channel: 'email', templateKind: 'relance' }],
            tail: null,
            breakup: null,
            builtin: false,
            updatedAt: now,
          },
        },
        now,
      ),
    );
    if (ok) setSelected(id);
  }

  return (
    <div className="split">
      <div className="list">
        <button type="button" className="primary" onClick={() => void create()}>
          {i18n.t('options.cadences.new')}
        </button>
        <ul>
          {cadences.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="list__item"
                aria-pressed={c.id === current?.id}
                onClick={() => setSelected(c.id)}
              >
                <span className="list__name">{c.name[lang]}</span>
                {c.id === settings.defaultCadenceId && (
                  <span className="list__badge">{i18n.t('options.cadences.isDefault')}</span>
                )}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="editor">
        <StatusLine status={status} />
        {!current && (
          <p className="op-empty" data-testid="cadence-empty">
            {i18n.t('options.cadences.select')}
          </p>
        )}
        {current && (
          <CadenceEditor
            key={`${current.id}-${current.updatedAt}`}
            cadence={current}
            isDefault={current.id === settings.defaultCadenceId}
            canDelete={!inUse(current.id)}
            workingTime={settings}
            lang={lang}
            onSave={(cadence) => write((db, now) => saveCadence(db, { cadence }, now))}
            onMakeDefault={() => write((db, now) => saveSettings(db, { defaultCadenceId: current.id }, now))}
            onDelete={async () => {
              if (await write((db, now) => deleteCadence(db, { cadenceId: current.id }, now)))
                setSelected(null);
            }}
          />
        )}
      </div>
    </div>
  );
}

function StepFields({
  step,
  onChange,
  label,
}: {
  step: CadenceStep;
  onChange: (s: CadenceStep) => void;
  label: string;
}) {
  return (
    <div className="row">
      <SpanInput label={label} span={step.after} onChange={(after) => onChange({ ...step, after })} />
      <ChannelKind value={step} onChange={(v) => onChange({ ...step, ...v })} />
    </div>
  );
}

function ChannelKind({
  value,
  onChange,
}: {
  value: { channel: Channel; templateKind: TemplateKind | null };
  onChange: (v: { channel: Channel; templateKind: TemplateKind | null }) => void;
}) {
  return (
    <>
      <label>
        {i18n.t('options.cadences.channel')}
        <select
          value={value.channel}
          onChange={(e) => onChange({ ...value, channel: e.target.value as Channel })}
        >
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelLabel(c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {i18n.t('options.cadences.templateKind')}
        <select
          value={value.templateKind ?? ''}
          onChange={(e) =>
            onChange({ ...value, templateKind: (e.target.value || null) as TemplateKind | null })
          }
        >
          <option value="">{i18n.t('options.cadences.none')}</option>
          {TEMPLATE_KINDS.map((k) => (
            <option key={k} value={k}>
              {templateKindLabel(k)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

interface EditorProps {
  cadence: Cadence;
  isDefault: boolean;
  canDelete: boolean;
  workingTime: Parameters<typeof cadenceDueDates>[2];
  /** The language the page speaks (the rep's setting, else the browser's). */
  lang: Lang;
  onSave: (c: Cadence) => Promise<boolean>;
  onMakeDefault: () => Promise<boolean>;
  onDelete: () => void;
}

function CadenceEditor({
  cadence,
  isDefault,
  canDelete,
  workingTime,
  lang,
  onSave,
  onMakeDefault,
  onDelete,
}: EditorProps) {
  const [draft, setDraft] = useState(cadence);
  // The sample start is read and shown in the rep's zone, like the dates it gives.
  const timeZone = resolveTimeZone(workingTime);
  const [now] = useState(() => Date.now());
  const [start, setStart] = useState<number | null>(now);
  let preview: ReturnType<typeof cadenceDueDates> = [];
  let invalid = '';
  try {
    if (start !== null) preview = cadenceDueDates(draft, start, workingTime);
  } catch (error) {
    invalid = errorText(error);
  }
  const setStep = (i: number, step: CadenceStep) =>
    setDraft((d) => ({ ...d, steps: d.steps.map((s, j) => (j === i ? step : s)) }));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!invalid) void onSave(draft);
  }

  return (
    <form className="op-cadence" onSubmit={onSubmit} data-testid="cadence-editor">
      <div className="form">
        <div className="row">
          <NameFields value={draft.name} onChange={(name) => setDraft({ ...draft, name })} />
        </div>
        <fieldset>
          <legend>{i18n.t('options.cadences.steps')}</legend>
          <ol className="steps">
            {draft.steps.map((step, i) => (
              // Steps have no id; their position is what they are.
              // biome-ignore lint/suspicious/noArrayIndexKey: a step is its position in the cadence
              <li key={i}>
                <StepFields
                  step={step}
                  label={i18n.t('options.cadences.after')}
                  onChange={(s) => setStep(i, s)}
                />
                <button
                  type="button"
                  onClick={() => setDraft({ ...draft, steps: draft.steps.filter((_, j) => j !== i) })}
                >
                  {i18n.t('options.cadences.removeStep')}
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() =>
              setDraft({
                ...draft,
                steps: [...draft.steps, { after: { days: 7 }, channel: 'email', templateKind: 'relance' }],
              })
            }
          >
            {i18n.t('options.cadences.addStep')}
          </button>
        </fieldset>
        <OptionalFieldset
          label={i18n.t('options.cadences.tail')}
          on={draft.tail !== null}
          onToggle={(on) =>
            setDraft({
              ...draft,
              tail: on ? { every: { months: 3 }, times: 2, channel: 'email', templateKind: 'relance' } : null,
            })
          }
        >
          {draft.tail && (
            <div className="row">
              <SpanInput
                label={i18n.t('options.cadences.tailEvery')}
                span={draft.tail.every}
                onChange={(every) => draft.tail && setDraft({ ...draft, tail: { ...draft.tail, every } })}
              />
              <label>
                {i18n.t('options.cadences.tailTimes')}
                <input
                  type="number"
                  min={0}
                  max={LIMITS.tailTimes}
                  value={draft.tail.times}
                  onChange={(e) =>
                    draft.tail &&
                    setDraft({
                      ...draft,
                      tail: { ...draft.tail, times: Math.max(0, Math.floor(Number(e.target.value))) },
                    })
                  }
                />
              </label>
              <ChannelKind
                value={draft.tail}
                onChange={(v) => draft.tail && setDraft({ ...draft, tail: { ...draft.tail, ...v } })}
              />
            </div>
          )}
        </OptionalFieldset>
        <OptionalFieldset
          label={i18n.t('options.cadences.breakup')}
          on={draft.breakup !== null}
          onToggle={(on) =>
            setDraft({
              ...draft,
              breakup: on ? { after: { days: 14 }, channel: 'email', templateKind: 'breakup' } : null,
            })
          }
        >
          {draft.breakup && (
            <StepFields
              step={draft.breakup}
              label={i18n.t('options.cadences.after')}
              onChange={(breakup) => setDraft({ ...draft, breakup })}
            />
          )}
        </OptionalFieldset>
        {invalid && (
          <p className="status status--error" role="alert">
            {i18n.t('options.cadences.invalid', [invalid])}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={Boolean(invalid)}>
            {i18n.t('options.save')}
          </button>
          {!isDefault && (
            <button type="button" onClick={() => void onMakeDefault()}>
              {i18n.t('options.cadences.makeDefault')}
            </button>
          )}
          <button
            type="button"
            className="danger"
            disabled={!canDelete}
            onClick={onDelete}
            title={canDelete ? undefined : i18n.t('options.cadences.inUse')}
          >
            {i18n.t('options.delete')}
          </button>
        </div>
        {!canDelete && <p className="muted">{i18n.t('options.cadences.inUse')}</p>}
      </div>
      <section
        className="op-group op-cadence__timeline"
        aria-labelledby="cadence-preview-title"
        data-testid="cadence-timeline"
      >
        <div className="op-group__head">
          <h3 id="cadence-preview-title">{i18n.t('options.cadences.preview')}</h3>
          <p>{i18n.t('options.cadences.previewHint')}</p>
        </div>
        <div className="op-grid">
          <DateTimeField
            label={i18n.t('options.cadences.previewStart')}
            lang={lang}
            timeZone={timeZone}
            now={now}
            value={start}
            onChange={setStart}
            testId="cadence-start"
          />
        </div>
        {preview.length === 0 ? (
          <p className="op-empty">{i18n.t('options.cadences.previewEmpty')}</p>
        ) : (
          <ol className="op-timeline">
            {preview.map((s) => (
              <li key={s.index}>
                <span
                  className={`op-timeline__dot${s.templateKind === 'breakup' ? ' op-timeline__dot--breakup' : ''}`}
                  aria-hidden="true"
                />
                <span className="op-timeline__when">{formatDateAtTime(s.dueAt, lang, timeZone, now)}</span>
                <span className="op-timeline__what">
                  {channelLabel(s.channel)}
                  {s.templateKind && ` · ${templateKindLabel(s.templateKind)}`}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </form>
  );
}

/** A part of the cadence the rep turns on or off: its checkbox is the legend, its fields follow. */
function OptionalFieldset({
  label,
  on,
  onToggle,
  children,
}: {
  label: string;
  on: boolean;
  onToggle: (on: boolean) => void;
  children: ReactNode;
}) {
  return (
    <fieldset>
      <legend>
        <label className="check">
          <input type="checkbox" checked={on} onChange={(e) => onToggle(e.target.checked)} />
          {label}
        </label>
      </legend>
      {children}
    </fieldset>
  );
}
