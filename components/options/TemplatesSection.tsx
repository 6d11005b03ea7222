// Templates by kind and language: create, edit, duplicate, delete; built-ins editable and
// resettable; a live preview with sample values; unknown variables flagged before saving.

import { type FormEvent, useState } from 'react';
import { i18n } from '#i18n';
import { DEFAULT_TEMPLATES } from '../../lib/defaults';
import { templateKindLabel } from '../../lib/labels';
import { LANGS, TEMPLATE_KINDS, type Template } from '../../lib/model';
import { deleteTemplate, saveTemplate } from '../../lib/services/process';
import {
  findUnknownVariables,
  renderTemplate,
  TEMPLATE_VARIABLES,
  type TemplateValues,
} from '../../lib/templates';
import { useLiveQuery } from '../use-live-query';
import { StatusLine } from './StatusLine';
import { db, useSettings, useWrite } from './use-options';

const KNOWN = TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(', ');

function sampleValues(senderName: string): TemplateValues {
  return {
    firstName: i18n.t('options.templates.sampleFirstName'),
    lastName: i18n.t('options.templates.sampleLastName'),
    company: i18n.t('options.templates.sampleCompany'),
    offer: i18n.t('options.templates.sampleOffer'),
    slot: i18n.t('options.templates.sampleSlot'),
    senderName: senderName || 'Jordan Lee',
  };
}

export function TemplatesSection() {
  const templates = useLiveQuery(() => db.templates.toArray(), []);
  const [selected, setSelected] = useState<string | null>(null);
  const [status, write] = useWrite();
  if (!templates) return <p>{i18n.t('options.loading')}</p>;
  const sorted = [...templates].sort(
    (a, b) =>
      TEMPLATE_KINDS.indexOf(a.kind) - TEMPLATE_KINDS.indexOf(b.kind) ||
      a.lang.localeCompare(b.lang) ||
      a.name.localeCompare(b.name),
  );
  // The editor is never an empty pane: the first template is open until the rep picks another.
  const current = templates.find((t) => t.id === selected) ?? sorted[0];

  async function create(from?: Template) {
    const id = crypto.randomUUID();
    const base: Template = from
      ? { ...from, name: i18n.t('options.templates.copyOf', [from.name]) }
      : {
          id,
          kind: 'custom',
          lang: 'en',
          name: i18n.t('options.templates.new'),
          subject: '',
          body: '',
          builtin: false,
          updatedAt: 0,
        };
    const ok = await write((db, now) =>
      saveTemplate(db, { template: { ...base, id, builtin: false, updatedAt: now } }, now),
    );
    if (ok) setSelected(id);
  }

  async function remove(template: Template) {
    if (!window.confirm(i18n.t('options.templates.confirmDelete', [template.name]))) return;
    const ok = await write((db, now) => deleteTemplate(db, { templateId: template.id }, now));
    if (ok) setSelected(null);
  }

  return (
    <div className="split">
      <div className="list">
        <button type="button" onClick={() => void create()}>
          {i18n.t('options.templates.new')}
        </button>
        {TEMPLATE_KINDS.map((kind) => {
          const ofKind = sorted.filter((t) => t.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <section key={kind} aria-label={templateKindLabel(kind)}>
              <h3>{templateKindLabel(kind)}</h3>
              <ul>
                {ofKind.map((t) => (
                  <li key={t.id}>
                    <button
                      type="button"
                      className="list__item"
                      aria-pressed={t.id === current?.id}
                      data-testid={`template-${t.id}`}
                      onClick={() => setSelected(t.id)}
                    >
                      <span className="tag">{t.lang.toUpperCase()}</span>
                      <span className="list__name">{t.name}</span>
                      {t.builtin && (
                        <span className="list__badge">{i18n.t('options.templates.builtin')}</span>
                      )}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <div className="editor">
        <StatusLine status={status} testId="template-status" />
        {current ? (
          <TemplateEditor
            key={`${current.id}-${current.updatedAt}`}
            template={current}
            onSave={(template) => write((db, now) => saveTemplate(db, { template }, now))}
            onDuplicate={() => void create(current)}
            onDelete={() => void remove(current)}
          />
        ) : (
          <p className="muted">{i18n.t('options.templates.select')}</p>
        )}
      </div>
    </div>
  );
}

interface EditorProps {
  template: Template;
  onSave: (template: Template) => Promise<boolean>;
  onDuplicate: () => void;
  onDelete: () => void;
}

function TemplateEditor({ template, onSave, onDuplicate, onDelete }: EditorProps) {
  const settings = useSettings();
  const [draft, setDraft] = useState(template);
  const builtinDefault = template.builtin ? DEFAULT_TEMPLATES.find((d) => d.id === template.id) : undefined;
  const unknown = findUnknownVariables(`${draft.subject}\n${draft.body}`);
  const preview =
    unknown.length === 0 ? renderTemplate(draft, sampleValues(settings?.senderName ?? '')) : null;
  const set = <K extends keyof Template>(key: K, value: Template[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (unknown.length === 0) void onSave(draft);
  }

  return (
    <form className="form" onSubmit={onSubmit} data-testid="template-form">
      <div className="row">
        <label>
          {i18n.t('options.templates.name')}
          <input type="text" required value={draft.name} onChange={(e) => set('name', e.target.value)} />
        </label>
        <label>
          {i18n.t('options.templates.kind')}
          <select value={draft.kind} onChange={(e) => set('kind', e.target.value as Template['kind'])}>
            {TEMPLATE_KINDS.map((k) => (
              <option key={k} value={k}>
                {templateKindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {i18n.t('options.templates.lang')}
          <select value={draft.lang} onChange={(e) => set('lang', e.target.value as Template['lang'])}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {l === 'fr' ? i18n.t('options.settings.languageFr') : i18n.t('options.settings.languageEn')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {i18n.t('options.templates.subject')}
        <input
          type="text"
          name="subject"
          value={draft.subject}
          onChange={(e) => set('subject', e.target.value)}
          aria-invalid={unknown.length > 0}
          aria-describedby="template-variables"
        />
      </label>
      <label>
        {i18n.t('options.templates.body')}
        <textarea
          name="body"
          rows={10}
          value={draft.body}
          onChange={(e) => set('body', e.target.value)}
          aria-invalid={unknown.length > 0}
          aria-describedby="template-variables"
        />
      </label>
      {unknown.length > 0 ? (
        <p
          id="template-variables"
          className="status status--error"
          role="alert"
          data-testid="template-unknown"
        >
          {i18n.t('options.templates.unknown', [unknown.map((u) => `{${u}}`).join(', '), KNOWN])}
        </p>
      ) : (
        <p id="template-variables" className="muted">
          {i18n.t('options.templates.variables', [KNOWN])}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={unknown.length > 0} data-testid="template-save">
          {i18n.t('options.save')}
        </button>
        <button type="button" onClick={onDuplicate}>
          {i18n.t('options.templates.duplicate')}
        </button>
        {builtinDefault && (
          <button
            type="button"
            onClick={() => setDraft({ ...builtinDefault, updatedAt: draft.updatedAt })}
            data-testid="template-reset"
          >
            {i18n.t('options.templates.reset')}
          </button>
        )}
        <button type="button" className="danger" onClick={onDelete}>
          {i18n.t('options.delete')}
        </button>
      </div>
      {preview && (
        <section
          className="preview"
          aria-label={i18n.t('options.templates.preview')}
          data-testid="template-preview"
        >
          <h3>{i18n.t('options.templates.preview')}</h3>
          <p className="preview__subject">{preview.subject}</p>
          <pre className="preview__body">{preview.body}</pre>
        </section>
      )}
    </form>
  );
}
