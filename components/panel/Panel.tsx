import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { prospectOf } from '../../lib/content/prospect';
import type { InsertResult, ThreadSnapshot } from '../../lib/mail/adapter';
import { sendMessage } from '../../lib/messaging/protocol';
import type { Deal, Lang, Stage } from '../../lib/model';
import { formatDuration } from '../../lib/panel/intl';
import { CopyDiagnostics } from './CopyDiagnostics';
import { DealBanners, FollowUpsSection, NextStepForm, NextStepSummary, TemplateSection } from './PanelFlows';
import { usePanel } from './use-panel';

export interface PanelProps {
  snapshot: ThreadSnapshot;
  url: string;
  /** No anchor in the thread view: the panel floats over the page's corner. */
  floating: boolean;
  insertText: (text: string) => Promise<InsertResult>;
  /** The start of each message's text (the adapter's readMessageTexts), for auto-reply detection. */
  readTexts: () => string[];
  /** Keyboard commands from the background ('schedule': open the schedule preview). */
  commands?: EventTarget;
  /** The webmail's own theme when the page shows one; else the OS preference applies. */
  theme?: 'dark' | 'light' | null;
  /** What the adapter reads on this page, as text to paste into a report (no mail content). */
  diagnose?: () => string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The thread panel: who the prospect is, the deal's stage and value, and the stage's checklist. */
export function Panel({
  snapshot,
  url,
  floating,
  insertText,
  readTexts,
  commands,
  theme,
  diagnose,
}: PanelProps) {
  const { status, act } = usePanel(snapshot, url, readTexts);
  const [collapsed, setCollapsed] = useState(false);
  const [notice, setNotice] = useState('');
  // The "Schedule follow-up" shortcut: each press bumps this, and the follow-ups section answers.
  const [scheduleRequest, setScheduleRequest] = useState(0);
  useEffect(() => {
    if (!commands) return;
    const onSchedule = () => {
      setCollapsed(false);
      setScheduleRequest((n) => n + 1);
    };
    commands.addEventListener('schedule', onSchedule);
    return () => commands.removeEventListener('schedule', onSchedule);
  }, [commands]);
  const state = status.kind === 'loading' ? null : status.state;
  const deal = state?.deal ?? null;
  const stage = deal && state ? state.stages.find((s) => s.id === deal.stageId) : undefined;
  const lang = state?.lang ?? 'en';

  return (
    <section
      className={`relance${floating ? ' relance--floating' : ''}`}
      aria-label={i18n.t('panel.title')}
      data-testid="panel"
      data-deal-id={deal?.id ?? ''}
      data-thread-id={snapshot.threadId}
      data-status={status.kind}
      data-theme={theme ?? undefined}
    >
      <header className="relance__header">
        <span className="relance__logo" aria-hidden="true" />
        <strong className="relance__title">{i18n.t('panel.title')}</strong>
        {stage && <span className="relance__badge">{stage.name[lang]}</span>}
        <button
          type="button"
          className="relance__icon-button"
          aria-expanded={!collapsed}
          aria-label={collapsed ? i18n.t('panel.expand') : i18n.t('panel.collapse')}
          onClick={() => setCollapsed((c) => !c)}
        >
          {collapsed ? '▸' : '▾'}
        </button>
      </header>
      {state && deal && <NextStepSummary state={state} deal={deal} />}
      <p className="relance__notice" role="status" aria-live="polite" data-testid="notice">
        {notice}
      </p>
      {!collapsed && (
        <div className="relance__body">
          {status.kind === 'error' && (
            <p className="relance__error" role="alert" data-testid="panel-error">
              {status.message}
            </p>
          )}
          {diagnose && (status.kind === 'error' || (state && !deal && !prospectOf(snapshot))) && (
            <CopyDiagnostics diagnose={diagnose} />
          )}
          {status.kind === 'loading' && <p aria-live="polite">{i18n.t('panel.loading')}</p>}
          {state && !deal && (
            <TrackForm
              focusRequest={scheduleRequest}
              snapshot={snapshot}
              onTrack={(contact) => act(() => sendMessage('trackThread', { snapshot, url, contact }))}
            />
          )}
          {state && deal && (
            <>
              <DealBanners state={state} deal={deal} act={act} say={setNotice} stage={stage} />
              <StagePicker
                stages={state.stages}
                deal={deal}
                lang={lang}
                now={state.now}
                onPick={(stageId) => act(() => sendMessage('setStage', { dealId: deal.id, stageId }))}
              />
              {stage && stage.actions.length > 0 && (
                <StageChecklist
                  stage={stage}
                  deal={deal}
                  lang={lang}
                  onChange={(doneActionIds) =>
                    act(() => sendMessage('updateDeal', { dealId: deal.id, patch: { doneActionIds } }))
                  }
                />
              )}
              <NextStepForm
                key={`next-${deal.updatedAt}`}
                state={state}
                deal={deal}
                act={act}
                say={setNotice}
              />
              <FollowUpsSection
                state={state}
                deal={deal}
                act={act}
                say={setNotice}
                scheduleRequest={scheduleRequest}
              />
              <TemplateSection state={state} deal={deal} act={act} say={setNotice} insertText={insertText} />
              <details className="relance__details">
                <summary data-testid="prospect-details">{i18n.t('panel.prospect')}</summary>
                <ProspectForm
                  deal={deal}
                  onSave={(patch) => act(() => sendMessage('updateDeal', { dealId: deal.id, patch }))}
                />
              </details>
            </>
          )}
        </div>
      )}
    </section>
  );
}

function TrackForm({
  snapshot,
  onTrack,
  focusRequest,
}: {
  snapshot: ThreadSnapshot;
  onTrack: (contact: { name: string; email: string }) => Promise<unknown>;
  /** Bumped by the schedule shortcut: an untracked thread must be tracked first, so focus that. */
  focusRequest: number;
}) {
  const trackButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRequest > 0) trackButton.current?.focus();
  }, [focusRequest]);
  const prospect = prospectOf(snapshot);
  const [name, setName] = useState(prospect?.name ?? '');
  const [email, setEmail] = useState(prospect?.email ?? '');
  const [invalid, setInvalid] = useState(false);
  const ids = { name: useId(), email: useId() };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = email.trim().toLowerCase();
    if (!EMAIL.test(clean)) return setInvalid(true);
    setInvalid(false);
    void onTrack({ name: name.trim(), email: clean });
  };
  return (
    <form className="relance__form" onSubmit={submit} data-testid="track-form" noValidate>
      <p className="relance__hint">{prospect ? i18n.t('panel.trackHint') : i18n.t('panel.emailMissing')}</p>
      <label htmlFor={ids.name}>{i18n.t('panel.name')}</label>
      <input id={ids.name} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      <label htmlFor={ids.email}>{i18n.t('panel.email')}</label>
      <input
        id={ids.email}
        type="email"
        value={email}
        required
        aria-invalid={invalid}
        onChange={(e) => setEmail(e.target.value)}
        data-testid="contact-email"
        autoComplete="off"
      />
      {invalid && (
        <p className="relance__error" role="alert">
          {i18n.t('panel.emailInvalid')}
        </p>
      )}
      <button type="submit" className="relance__primary" data-testid="track" ref={trackButton}>
        {i18n.t('panel.track')}
      </button>
    </form>
  );
}

function ProspectForm({
  deal,
  onSave,
}: {
  deal: Deal;
  onSave: (patch: {
    contact: Deal['contact'];
    company: string;
    offer: string;
    value: Deal['value'];
  }) => Promise<unknown>;
}) {
  const [form, setForm] = useState({
    name: deal.contact.name,
    email: deal.contact.email,
    phone: deal.contact.phone,
    company: deal.company,
    offer: deal.offer,
    amount: deal.value ? String(deal.value.amount) : '',
    currency: deal.value?.currency ?? 'EUR',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const field = (key: keyof typeof form, label: string, type = 'text') => (
    <div className="relance__field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        data-testid={`deal-${key}`}
        autoComplete="off"
      />
    </div>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const email = form.email.trim().toLowerCase();
    if (email && !EMAIL.test(email)) return setProblem(i18n.t('panel.emailInvalid'));
    const amount = form.amount.trim() === '' ? null : Number(form.amount.replace(',', '.'));
    if (amount !== null && (!Number.isFinite(amount) || amount < 0))
      return setProblem(i18n.t('panel.amountInvalid'));
    const currency = form.currency.trim().toUpperCase();
    if (amount !== null && !/^[A-Z]{3}$/.test(currency)) return setProblem(i18n.t('panel.currencyInvalid'));
    setProblem(null);
    void onSave({
      contact: { name: form.name.trim(), email, phone: form.phone.trim() },
      company: form.company.trim(),
      offer: form.offer.trim(),
      value: amount === null ? null : { amount, currency },
    });
  };
  return (
    <form className="relance__form relance__grid" onSubmit={submit} aria-label={i18n.t('panel.prospect')}>
      {field('name', i18n.t('panel.name'))}
      {field('email', i18n.t('panel.email'), 'email')}
      {field('phone', i18n.t('panel.phone'), 'tel')}
      {field('company', i18n.t('panel.company'))}
      {field('offer', i18n.t('panel.offer'))}
      <div className="relance__field relance__money">
        {field('amount', i18n.t('panel.value'))}
        {field('currency', i18n.t('panel.currency'))}
      </div>
      {problem && (
        <p className="relance__error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" data-testid="save-deal">
        {i18n.t('panel.save')}
      </button>
    </form>
  );
}

function StagePicker({
  stages,
  deal,
  lang,
  now,
  onPick,
}: {
  stages: Stage[];
  deal: Deal;
  lang: Lang;
  now: number;
  onPick: (stageId: string) => Promise<unknown>;
}) {
  const name = useId();
  const since = formatDuration(Math.max(0, now - deal.stageEnteredAt), lang);
  return (
    <fieldset className="relance__stages">
      <legend className="relance__label">
        {i18n.t('panel.stage')} ·{' '}
        <span data-testid="time-in-stage">{i18n.t('panel.timeInStage', [since])}</span>
      </legend>
      <div className="relance__chips">
        {stages.map((s) => (
          <label key={s.id} className={`relance__chip relance__chip--${s.kind}`}>
            <input
              type="radio"
              name={name}
              value={s.id}
              checked={s.id === deal.stageId}
              data-testid={`stage-${s.id}`}
              onChange={() => s.id !== deal.stageId && void onPick(s.id)}
            />
            {s.name[lang]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function StageChecklist({
  stage,
  deal,
  lang,
  onChange,
}: {
  stage: Stage;
  deal: Deal;
  lang: Lang;
  onChange: (doneActionIds: string[]) => Promise<unknown>;
}) {
  const done = new Set(deal.doneActionIds);
  return (
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
              void onChange([...next]);
            }}
          />
          {a.label[lang]}
        </label>
      ))}
    </fieldset>
  );
}
