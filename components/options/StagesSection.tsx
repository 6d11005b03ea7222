// Stages: rename per language, reorder, actions, usual duration, target conversion, the stage's
// cadence. A stage that has deals cannot be deleted until they are moved.
import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useState } from 'react';
import { i18n } from '#i18n';
import { STAGE_KINDS, type Stage, type StageKind } from '../../lib/model';
import { deleteStage, reorderStages, saveStage } from '../../lib/services/process';
import { StatusLine } from './StatusLine';
import { db, uiLang, useSettings, useWrite } from './use-options';

function kindLabel(kind: StageKind): string {
  switch (kind) {
    case 'open':
      return i18n.t('options.stages.kindOpen');
    case 'won':
      return i18n.t('options.stages.kindWon');
    case 'lost':
      return i18n.t('options.stages.kindLost');
    case 'expansion':
      return i18n.t('options.stages.kindExpansion');
  }
}

export function StagesSection() {
  const stages = useLiveQuery(() => db.stages.orderBy('order').toArray(), []);
  const settings = useSettings();
  const [selected, setSelected] = useState<string | null>(null);
  const [status, write] = useWrite();
  if (!stages || !settings) return <p>{i18n.t('options.loading')}</p>;
  const lang = uiLang(settings);
  const current = stages.find((s) => s.id === selected);

  /** Swaps a stage with its neighbour (they swap their order numbers; nothing else is renumbered). */
  function move(index: number, by: -1 | 1) {
    if (!stages?.[index] || !stages[index + by]) return;
    const order = stages.map((s) => s.id);
    [order[index], order[index + by]] = [order[index + by] ?? '', order[index] ?? ''];
    void write((db, now) => reorderStages(db, { order }, now));
  }

  async function create() {
    const id = crypto.randomUUID();
    const name = i18n.t('options.stages.new');
    const last = stages?.at(-1)?.order ?? 0;
    const ok = await write((db, now) =>
      saveStage(
        db,
        {
          stage: {
            id,
            name: { en: name, fr: name },
            order: last + 10,
            kind: 'open',
            actions: [],
            usualDuration: null,
            targetConversion: null,
            defaultCadenceId: null,
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
        <button type="button" onClick={() => void create()}>
          {i18n.t('options.stages.new')}
        </button>
        <ol>
          {stages.map((s, i) => (
            <li key={s.id} className="row">
              <button
                type="button"
                className="list__item"
                aria-pressed={s.id === selected}
                onClick={() => setSelected(s.id)}
              >
                {s.name[lang]}
              </button>
              <button
                type="button"
                aria-label={`${i18n.t('options.moveUp')}: ${s.name[lang]}`}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`${i18n.t('options.moveDown')}: ${s.name[lang]}`}
                disabled={i === stages.length - 1}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
      </div>
      <div className="editor">
        <StatusLine status={status} />
        {current && (
          <StageEditor
            key={`${current.id}-${current.updatedAt}`}
            stage={current}
            lang={lang}
            onSave={(stage) => write((db, now) => saveStage(db, { stage }, now))}
            onDelete={async () => {
              if (await write((db, now) => deleteStage(db, { stageId: current.id }, now))) setSelected(null);
            }}
          />
        )}
      </div>
    </div>
  );
}

const actionLines = (stage: Stage) => stage.actions.map((a) => `${a.label.en} | ${a.label.fr}`).join('\n');

function StageEditor({
  stage,
  lang,
  onSave,
  onDelete,
}: {
  stage: Stage;
  lang: 'en' | 'fr';
  onSave: (s: Stage) => Promise<boolean>;
  onDelete: () => void;
}) {
  const cadences = useLiveQuery(() => db.cadences.toArray(), []);
  const dealCount = useLiveQuery(() => db.deals.where('stageId').equals(stage.id).count(), [stage.id]);
  const [draft, setDraft] = useState(stage);
  const [actions, setActions] = useState(actionLines(stage));
  const [days, setDays] = useState(stage.usualDuration?.days?.toString() ?? '');
  const [target, setTarget] = useState(
    stage.targetConversion === null ? '' : String(+(stage.targetConversion * 100).toFixed(4)),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = actions
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .map((line, i) => {
        const [en = '', fr = ''] = line.split('|').map((p) => p.trim());
        return {
          id: stage.actions[i]?.id ?? `${stage.id}-${crypto.randomUUID()}`,
          label: { en, fr: fr || en },
        };
      });
    const usual =
      days.trim() === ''
        ? stage.usualDuration && !stage.usualDuration.days
          ? stage.usualDuration
          : null
        : { days: Math.max(0, Math.floor(Number(days))) };
    const share = target.trim() === '' ? null : Math.min(1, Math.max(0, Number(target) / 100));
    void onSave({ ...draft, actions: parsed, usualDuration: usual, targetConversion: share });
  }

  return (
    <form className="form" onSubmit={onSubmit}>
      <div className="row">
        <label>
          {i18n.t('options.stages.nameEn')}
          <input
            type="text"
            required
            value={draft.name.en}
            onChange={(e) => setDraft({ ...draft, name: { ...draft.name, en: e.target.value } })}
          />
        </label>
        <label>
          {i18n.t('options.stages.nameFr')}
          <input
            type="text"
            required
            value={draft.name.fr}
            onChange={(e) => setDraft({ ...draft, name: { ...draft.name, fr: e.target.value } })}
          />
        </label>
        <label>
          {i18n.t('options.stages.kind')}
          <select
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value as StageKind })}
          >
            {STAGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {i18n.t('options.stages.actions')}
        <textarea rows={5} value={actions} onChange={(e) => setActions(e.target.value)} />
      </label>
      <div className="row">
        <label>
          {i18n.t('options.stages.usualDays')}
          <input type="number" min={0} value={days} onChange={(e) => setDays(e.target.value)} />
        </label>
        <label>
          {i18n.t('options.stages.targetConversion')}
          <input
            type="number"
            min={0}
            max={100}
            step="any"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          />
        </label>
        <label>
          {i18n.t('options.stages.defaultCadence')}
          <select
            value={draft.defaultCadenceId ?? ''}
            onChange={(e) => setDraft({ ...draft, defaultCadenceId: e.target.value || null })}
          >
            <option value="">{i18n.t('options.stages.globalDefault')}</option>
            {(cadences ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {i18n.t('options.save')}
        </button>
        <button type="button" className="danger" disabled={dealCount !== 0} onClick={onDelete}>
          {i18n.t('options.delete')}
        </button>
      </div>
      {dealCount !== undefined && dealCount > 0 && (
        <p className="muted">{i18n.t('options.stages.hasDeals', [String(dealCount)])}</p>
      )}
    </form>
  );
}
