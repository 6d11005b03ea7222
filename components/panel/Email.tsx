// The email, in the details: a template in the deal's language, previewed with the deal's values;
// a value the deal lacks is asked for right here before anything is inserted (and remembered on
// the deal); the reply box's own signature means no sign-off; a second insertion replaces
// Relance's first in that box, and the status line offers Undo. Nothing in braces reaches an email.
import { useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import type { InsertResult } from '../../lib/mail/adapter';
import { type RenderedTemplate, sendMessage } from '../../lib/messaging/protocol';
import type { TemplateKind } from '../../lib/model';
import { nextPending, orderTemplates } from '../../lib/panel/logic';
import { isTemplateVariable, type TemplateVariable } from '../../lib/templates/variables';
import { usePanelContext } from './context';
import { ask } from './use-panel';

const VARIABLE_LABEL: Record<TemplateVariable, () => string> = {
  firstName: () => i18n.t('bar.varFirstName'),
  lastName: () => i18n.t('bar.varLastName'),
  company: () => i18n.t('bar.varCompany'),
  offer: () => i18n.t('bar.varOffer'),
  slot: () => i18n.t('bar.varSlot'),
  senderName: () => i18n.t('bar.varSenderName'),
};

export function EmailSection() {
  const { state, deal, act, say, reply, templateRequest } = usePanelContext();
  const suggestedKind =
    (templateRequest.kind as TemplateKind | null) ?? nextPending(state.followUps)?.templateKind ?? null;
  const templates = orderTemplates(state.templates, suggestedKind, state.dealLang);
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [rendered, setRendered] = useState<{ id: string; value: RenderedTemplate } | null>(null);
  const [values, setValues] = useState<Partial<Record<TemplateVariable, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const firstMissing = useRef<HTMLInputElement>(null);
  const id = useId();
  // A due step's template, asked for by the bar's "Write follow-up".
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new request changes the choice.
  useEffect(() => {
    if (templateRequest.n === 0) return;
    const wanted = templates.find((t) => t.kind === templateRequest.kind) ?? templates[0];
    if (wanted) setTemplateId(wanted.id);
  }, [templateRequest.n]);
  const chosen = templates.find((t) => t.id === templateId) ?? templates[0];
  const chosenId = chosen?.id;

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

  if (!chosen) return <p className="relance__hint">{i18n.t('bar.noTemplates')}</p>;
  const preview = rendered?.id === chosen.id ? rendered.value : null;
  const missing = (preview?.missing ?? []) as TemplateVariable[];

  const insert = async () => {
    // 1. Values typed for what the deal lacks: remembered on it first.
    const typed = Object.fromEntries(
      Object.entries(values).filter(([, v]) => (v ?? '').trim() !== ''),
    ) as Partial<Record<TemplateVariable, string>>;
    if (Object.keys(typed).length > 0) {
      const saved = await act(() => sendMessage('saveTemplateValues', { dealId: deal.id, values: typed }));
      if (!saved.ok) return setProblem(saved.error.message);
      setValues({});
    }
    // 2. The reply box: open it, and see whether the webmail signs there already.
    let hasSignature = false;
    if (reply.openReplyBox) {
      const box = await reply.openReplyBox();
      if (!box.ok) return setProblem(insertProblem(box.reason));
      hasSignature = box.hasSignature;
    }
    // 3. The text, rendered for that box; anything still missing is asked for, not inserted.
    const answer = await ask(() =>
      sendMessage('renderTemplate', {
        dealId: deal.id,
        templateId: chosen.id,
        replyHasSignature: hasSignature,
      }),
    );
    if (!answer.ok) return setProblem(answer.error.message);
    setRendered({ id: chosen.id, value: answer.value });
    if (answer.value.missing.length > 0 || leftInBraces(answer.value.body)) {
      setProblem(i18n.t('bar.fillInFirst'));
      firstMissing.current?.focus();
      return;
    }
    let result: InsertResult;
    try {
      result = await reply.insertText(answer.value.body, { ownLine: true });
    } catch {
      result = { ok: false, reason: 'not-editable' };
    }
    if (!result.ok) return setProblem(insertProblem(result.reason));
    setProblem(null);
    const logged = await act(() =>
      sendMessage('logTemplateInserted', { dealId: deal.id, templateId: chosen.id }),
    );
    if (!logged.ok) return;
    const undo = reply.undoInsertion;
    say({
      text: result.replaced ? i18n.t('bar.replacedInsertion') : i18n.t('panel.inserted'),
      action: undo
        ? {
            label: i18n.t('bar.undo'),
            run: () => say(undo() ? i18n.t('bar.undone') : i18n.t('bar.undoFailed')),
          }
        : undefined,
    });
  };

  return (
    <div className="relance__form" data-testid="templates">
      <div className="relance__row">
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
        <span className="relance__hint" data-testid="template-lang">
          {state.dealLang === 'fr' ? i18n.t('bar.inFrench') : i18n.t('bar.inEnglish')}
        </span>
      </div>
      {missing.length > 0 && (
        <fieldset className="relance__missing" data-testid="template-missing">
          <legend>{i18n.t('bar.missingLegend')}</legend>
          {missing.map((name, index) => (
            <div className="relance__field" key={name}>
              <label htmlFor={`${id}-${name}`}>{VARIABLE_LABEL[name]()}</label>
              <input
                id={`${id}-${name}`}
                ref={index === 0 ? firstMissing : undefined}
                value={values[name] ?? ''}
                data-testid={`missing-${name}`}
                autoComplete="off"
                onChange={(e) => setValues({ ...values, [name]: e.target.value })}
              />
            </div>
          ))}
        </fieldset>
      )}
      {preview && (
        <div className="relance__template-preview" data-testid="template-preview">
          {preview.subject && (
            <p className="relance__template-subject">
              <WithGaps text={preview.subject} values={values} />
            </p>
          )}
          <pre className="relance__template-body">
            <WithGaps text={preview.body} values={values} />
          </pre>
        </div>
      )}
      {problem && (
        <p className="relance__error" role="alert" data-testid="template-error">
          {problem}
        </p>
      )}
      <div className="relance__row">
        <button type="button" className="relance__primary" data-testid="insert-template" onClick={insert}>
          {i18n.t('panel.insert')}
        </button>
      </div>
    </div>
  );
}

function insertProblem(reason: 'no-reply-box' | 'not-editable'): string {
  return reason === 'no-reply-box' ? i18n.t('panel.insertNoReplyBox') : i18n.t('panel.insertNotEditable');
}

/** The preview's text, its variables still in braces cut out as parts of their own. */
function previewParts(body: string): (string | { variable: TemplateVariable })[] {
  const parts: (string | { variable: TemplateVariable })[] = [];
  let last = 0;
  for (const m of body.matchAll(/\{(\w+)\}/g)) {
    const name = m[1] ?? '';
    if (!isTemplateVariable(name)) continue;
    if (m.index > last) parts.push(body.slice(last, m.index));
    parts.push({ variable: name });
    last = m.index + m[0].length;
  }
  if (last < body.length) parts.push(body.slice(last));
  return parts;
}

/** Whether a variable is left in braces: never inserted. */
function leftInBraces(body: string): boolean {
  return previewParts(body).some((part) => typeof part !== 'string');
}

/** A preview's text with each value still missing shown as what it is (or what the rep is typing), never its braces. */
function WithGaps({ text, values }: { text: string; values: Partial<Record<TemplateVariable, string>> }) {
  return (
    <>
      {previewParts(text).map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <mark
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text, in order
            key={i}
            className="relance__template-gap"
            data-testid={`preview-missing-${part.variable}`}
          >
            {values[part.variable]?.trim() || VARIABLE_LABEL[part.variable]()}
          </mark>
        ),
      )}
    </>
  );
}
