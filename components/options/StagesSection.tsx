// Stages: an ordered list edited in place. A stage's row opens its editor under it (names per
// language, kind, the actions to do in it per language, usual duration, target share, its
// cadence). Reordered by dragging a row, or from the keyboard (Alt+↑ / Alt+↓ on its name, or the
// move buttons); each move is announced. A stage that has deals cannot be deleted until they move.

import { type DragEvent, type FormEvent, type KeyboardEvent, useState } from 'react';
import { i18n } from '#i18n';
import { STAGE_KINDS, type Stage, type StageAction, type StageKind } from '../../lib/model';
import { deleteStage, reorderStages, saveStage } from '../../lib/services/process';
import { useLiveQuery } from '../use-live-query';
import { NameFields } from './NameFields';
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

/** `ids` with the one at `from` moved to `to` (both positions in `ids`). */
export function moved<T>(ids: readonly T[], from: number, to: number): T[] {
  const next = [...ids];
  const [item] = next.splice(from, 1);
  if (item === undefined) return [...ids];
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

export function StagesSection() {
  const stages = useLiveQuery(() => db.stages.orderBy('order').toArray(), []);
  const settings = useSettings();
  const [open, setOpen] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropOn, setDropOn] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [status, write] = useWrite();
  if (!stages || !settings) return <p>{i18n.t('options.loading')}</p>;
  const lang = uiLang(settings);

  async function move(from: number, to: number) {
    if (!stages || from === to || to < 0 || to >= stages.length) return;
    const stage = stages[from];
    if (!stage) return;
    const order = moved(
      stages.map((s) => s.id),
      from,
      to,
    );
    const ok = await write((db, now) => reorderStages(db, { order }, now));
    if (ok) {
      setAnnounce(
        i18n.t('options.stages.movedTo', [stage.name[lang], String(to + 1), String(stages.length)]),
      );
    }
  }

  function onKey(event: KeyboardEvent, index: number) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
  }

  function onDrop(event: DragEvent, index: number) {
    event.preventDefault();
    const from = stages?.findIndex((s) => s.id === dragged) ?? -1;
    setDragged(null);
    setDropOn(null);
    if (from >= 0) void move(from, index);
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
    if (ok) setOpen(id);
  }

  return (
    <div className="stack" data-testid="stages">
      <div className="actions">
        <button type="button" className="primary" onClick={() => void create()} data-testid="stage-new">
          {i18n.t('options.stages.new')}
        </button>
        <p className="muted">{i18n.t('options.stages.reorderHint')}</p>
      </div>
      <StatusLine status={status} />
      <p className="rl-visually-hidden" aria-live="polite" data-testid="stage-announce">
        {announce}
      </p>
      {stages.length === 0 ? (
        <p className="op-empty">{i18n.t('options.stages.empty')}</p>
      ) : (
        <ol className="op-stages" aria-label={i18n.t('options.nav.stages')}>
          {stages.map((s, i) => (
            <li
              key={s.id}
              className="op-stage"
              data-testid={`stage-${s.id}`}
              data-open={s.id === open}
              data-dragging={s.id === dragged}
              data-drop={dropOn === s.id && dragged !== s.id}
              onDragOver={(e) => {
                if (!dragged) return;
                e.preventDefault();
                setDropOn(s.id);
              }}
              onDrop={(e) => onDrop(e, i)}
            >
              {/* biome-ignore lint/a11y/noStaticElementInteractions: dragging is the pointer's way; the keyboard's is Alt+↑/↓ on the name and the move buttons */}
              <div
                className="op-stage__row"
                draggable
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', s.id);
                  setDragged(s.id);
                }}
                onDragEnd={() => {
                  setDragged(null);
                  setDropOn(null);
                }}
              >
                <span className="op-stage__handle" aria-hidden="true">
                  ⠿
                </span>
                <span className="op-stage__index" aria-hidden="true">
                  {i + 1}
                </span>
                <button
                  type="button"
                  className="op-stage__name"
                  aria-expanded={s.id === open}
                  aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                  data-testid="stage-name"
                  onClick={() => setOpen(s.id === open ? null : s.id)}
                  onKeyDown={(e) => onKey(e, i)}
                >
                  {s.name[lang]}
                </button>
                <span className={`op-kind op-kind--${s.kind}`}>{kindLabel(s.kind)}</span>
                <button
                  type="button"
                  className="icon quiet"
                  aria-label={i18n.t('options.stages.moveUp', [s.name[lang]])}
                  disabled={i === 0}
                  onClick={() => void move(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon quiet"
                  aria-label={i18n.t('options.stages.moveDown', [s.name[lang]])}
                  disabled={i === stages.length - 1}
                  onClick={() => void move(i, i + 1)}
                >
                  ↓
                </button>
              </div>
              {s.id === open && (
                <div className="op-stage__editor">
                  <StageEditor
                    key={`${s.id}-${s.updatedAt}`}
                    stage={s}
                    lang={lang}
                    onSave={(stage) => write((db, now) => saveStage(db, { stage }, now))}
                    onDelete={async () => {
                      if (await write((db, now) => deleteStage(db, { stageId: s.id }, now))) setOpen(null);
                    }}
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

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
  const [actions, setActions] = useState<StageAction[]>(stage.actions);
  const [days, setDays] = useState(stage.usualDuration?.days?.toString() ?? '');
  const [target, setTarget] = useState(
    stage.targetConversion === null ? '' : String(+(stage.targetConversion * 100).toFixed(4)),
  );
  const setAction = (id: string, which: 'en' | 'fr', text: string) =>
    setActions((all) => all.map((a) => (a.id === id ? { ...a, label: { ...a.label, [which]: text } } : a)));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const kept = actions
      .map((a) => ({ ...a, label: { en: a.label.en.trim(), fr: a.label.fr.trim() } }))
      .filter((a) => a.label.en !== '' || a.label.fr !== '')
      .map((a) => ({ ...a, label: { en: a.label.en || a.label.fr, fr: a.label.fr || a.label.en } }));
    const usual =
      days.trim() === ''
        ? stage.usualDuration && !stage.usualDuration.days
          ? stage.usualDuration
          : null
        : { days: Math.max(0, Math.floor(Number(days))) };
    const share = target.trim() === '' ? null : Math.min(1, Math.max(0, Number(target) / 100));
    void onSave({ ...draft, actions: kept, usualDuration: usual, targetConversion: share });
  }

  return (
    <form className="form" onSubmit={onSubmit} data-testid="stage-editor">
      <div className="op-grid">
        <NameFields value={draft.name} onChange={(name) => setDraft({ ...draft, name })} />
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
      <fieldset>
        <legend>{i18n.t('options.stages.actions')}</legend>
        {actions.length === 0 ? (
          <p className="op-empty">{i18n.t('options.stages.actionsEmpty')}</p>
        ) : (
          <ol className="op-actions-list">
            {actions.map((a, i) => (
              <li key={a.id}>
                <label>
                  {i18n.t('options.stages.actionEn', [String(i + 1)])}
                  <input
                    type="text"
                    value={a.label.en}
                    onChange={(e) => setAction(a.id, 'en', e.target.value)}
                  />
                </label>
                <label>
                  {i18n.t('options.stages.actionFr', [String(i + 1)])}
                  <input
                    type="text"
                    value={a.label.fr}
                    onChange={(e) => setAction(a.id, 'fr', e.target.value)}
                  />
                </label>
                <button
                  type="button"
                  className="quiet"
                  aria-label={i18n.t('options.stages.removeAction', [a.label[lang] || String(i + 1)])}
                  onClick={() => setActions((all) => all.filter((x) => x.id !== a.id))}
                >
                  {i18n.t('options.stages.remove')}
                </button>
              </li>
            ))}
          </ol>
        )}
        <div className="actions" style={{ marginTop: 'var(--rl-space-3)' }}>
          <button
            type="button"
            onClick={() =>
              setActions((all) => [
                ...all,
                { id: `${stage.id}-${crypto.randomUUID()}`, label: { en: '', fr: '' } },
              ])
            }
          >
            {i18n.t('options.stages.addAction')}
          </button>
        </div>
      </fieldset>
      <div className="op-grid">
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
        <button type="submit" className="primary" data-testid="stage-save">
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
