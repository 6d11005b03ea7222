// The deal drawer (from the board or the table): the contact, company, offer and value; the next
// step; the follow-ups with done / skip / snooze on due steps; notes; the history in a rep's words;
// the deal's threads, each opening its webmail. Every change is a use case of lib/services.

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { eventsForDeal } from '../../lib/db/events';
import { followUpsForDeal } from '../../lib/db/queries';
import { formatDate, formatDateAtTime, formatTime } from '../../lib/intl/dates';
import { formatAmountInput, parseNumber } from '../../lib/intl/numbers';
import { channelLabel } from '../../lib/labels';
import { CHANNELS, type Channel, type Deal, type FollowUp, type Lang, type Stage } from '../../lib/model';
import { LIMITS } from '../../lib/model/limits';
import { addNote } from '../../lib/services/deal-page';
import { detachThread } from '../../lib/services/deal-threads';
import { setNextStep, updateDeal } from '../../lib/services/deals';
import { completeFollowUp, skipFollowUp, snoozeFollowUp } from '../../lib/services/follow-ups';
import { openThread } from '../../lib/tabs';
import { DateTimeField } from '../ui/DateTimeField';
import { useLiveQuery } from '../use-live-query';
import { DealField } from './DealField';
import { db, errorLine, runWrite } from './use-deals';
import { historyLine, stepStatusLabel } from './words';

export interface DrawerProps {
  dealId: string;
  stages: ReadonlyMap<string, Stage>;
  lang: Lang;
  timeZone: string;
  onClose: () => void;
}

export function DealDrawer({ dealId, stages, lang, timeZone, onClose }: DrawerProps) {
  const titleId = useId();
  const data = useLiveQuery(async () => {
    const deal = await db.deals.get(dealId);
    if (!deal) return { deal: null, followUps: [], events: [] };
    const [followUps, events] = await Promise.all([followUpsForDeal(db, dealId), eventsForDeal(db, dealId)]);
    return { deal, followUps, events };
  }, [dealId]);
  const [status, setStatus] = useState('');
  const panel = useRef<HTMLElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    panel.current?.focus();
    // Escape closes the drawer wherever the focus is (a button that just turned disabled drops it).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const now = Date.now();
  const deal = data?.deal ?? null;
  const run = async <T,>(write: Parameters<typeof runWrite<T>>[0]): Promise<boolean> => {
    const answer = await runWrite(write);
    setStatus(answer.ok ? i18n.t('deals.saved') : errorLine(answer.text));
    return answer.ok;
  };
  const live = data?.followUps.filter((f) => f.status !== 'cancelled') ?? [];
  const cancelled = data?.followUps.filter((f) => f.status === 'cancelled') ?? [];
  const step = (f: FollowUp) => (
    <li
      key={f.id}
      className={`step step--${f.status}${f.status === 'due' && f.dueAt < now ? ' step--overdue' : ''}`}
    >
      <span>
        {i18n.t('deals.stepOf', [String(f.stepIndex + 1), String(f.stepCount)])} ·{' '}
        {formatDate(f.dueAt, lang, timeZone, now, { weekday: false, month: 'short' })}{' '}
        {formatTime(f.dueAt, lang, timeZone)} · {channelLabel(f.channel)}
        {/* Only a step whose time has come is due; a planned one says nothing more. */}
        {(f.status !== 'due' || f.dueAt <= now) && (
          <>
            {' · '}
            <em>{stepStatusLabel(f.status)}</em>
          </>
        )}
      </span>
      {f.status === 'due' && f.dueAt <= now + 86_400_000 && (
        <span className="step__actions">
          <button type="button" onClick={() => run((d, n) => completeFollowUp(d, { followUpId: f.id }, n))}>
            {i18n.t('deals.done')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => run((d, n) => skipFollowUp(d, { followUpId: f.id }, n))}
          >
            {i18n.t('deals.skip')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() =>
              run((d, n) =>
                snoozeFollowUp(d, { followUpId: f.id, choice: { preset: 'tomorrow-morning' } }, n),
              )
            }
          >
            {i18n.t('deals.snooze')}
          </button>
        </span>
      )}
    </li>
  );

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a click beside the drawer closes it; Escape and Close do too.
    <div className="drawer-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <aside
        className="drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        ref={panel}
        data-testid="deal-drawer"
      >
        <header className="drawer__head">
          <h2 id={titleId}>{deal ? deal.contact.name || deal.contact.email || deal.company || '—' : '…'}</h2>
          <button type="button" className="quiet" onClick={onClose} data-testid="drawer-close">
            {i18n.t('deals.close')}
          </button>
        </header>
        <p className="drawer__status" role="status" data-testid="drawer-status">
          {status}
        </p>
        {deal && data && (
          <div className="drawer__body">
            <DealForm key={deal.updatedAt} deal={deal} lang={lang} run={run} />
            <NextStepForm deal={deal} lang={lang} timeZone={timeZone} now={now} run={run} />
            <section className="drawer__section">
              <h3>{i18n.t('deals.followUps')}</h3>
              {live.length === 0 ? (
                <p className="muted">{i18n.t('deals.noFollowUps')}</p>
              ) : (
                <ol className="steps" data-testid="drawer-follow-ups">
                  {live.map(step)}
                </ol>
              )}
              {cancelled.length > 0 && (
                // A replaced or stopped cadence's steps stay in the history, folded away.
                <details className="steps__cancelled" data-testid="drawer-cancelled-steps">
                  <summary>{i18n.t('deals.cancelledSteps', [String(cancelled.length)])}</summary>
                  <ol className="steps">{cancelled.map(step)}</ol>
                </details>
              )}
            </section>
            <NotesSection
              deal={deal}
              events={data.events}
              lang={lang}
              timeZone={timeZone}
              now={now}
              run={run}
            />
            <section className="drawer__section">
              <h3>{i18n.t('deals.threads')}</h3>
              {deal.threads.length === 0 ? (
                <p className="muted">{i18n.t('deals.noThreads')}</p>
              ) : (
                <ul className="threads">
                  {deal.threads.map((t) => (
                    <li key={`${t.provider}:${t.threadId}`} data-testid="drawer-thread">
                      <button
                        type="button"
                        className="linkish"
                        data-testid="open-thread"
                        onClick={() => void openThread(t.url)}
                      >
                        {i18n.t('deals.openThread', [t.provider === 'gmail' ? 'Gmail' : 'Outlook'])}
                      </button>{' '}
                      <span className="muted">{t.subject}</span>{' '}
                      <button
                        type="button"
                        className="linkish"
                        data-testid="detach-thread"
                        aria-label={i18n.t('deals.detachLabel', [t.subject || t.threadId])}
                        onClick={async () => {
                          const done = await run((d, n) =>
                            detachThread(
                              d,
                              { dealId: deal.id, provider: t.provider, threadId: t.threadId },
                              n,
                            ),
                          );
                          if (done) setStatus(i18n.t('deals.detached'));
                        }}
                      >
                        {i18n.t('deals.detach')}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="drawer__section">
              <h3>{i18n.t('deals.history')}</h3>
              <ol className="history" data-testid="drawer-history">
                {[...data.events].reverse().map((e) => (
                  <li key={e.id}>
                    <time dateTime={new Date(e.at).toISOString()}>
                      {formatDateAtTime(e.at, lang, timeZone, now)}
                    </time>{' '}
                    {historyLine(e, { lang, timeZone, now, stages, pausedUntil: deal.pausedUntil })}
                  </li>
                ))}
              </ol>
            </section>
          </div>
        )}
      </aside>
    </div>
  );
}

type Run = (write: Parameters<typeof runWrite<unknown>>[0]) => Promise<boolean>;

function DealForm({ deal, lang, run }: { deal: Deal; lang: Lang; run: Run }) {
  const [name, setName] = useState(deal.contact.name);
  const [email, setEmail] = useState(deal.contact.email);
  const [phone, setPhone] = useState(deal.contact.phone);
  const [company, setCompany] = useState(deal.company);
  const [offer, setOffer] = useState(deal.offer);
  const [amount, setAmount] = useState(deal.value ? formatAmountInput(deal.value.amount, lang) : '');
  const [currency, setCurrency] = useState(deal.value?.currency ?? 'EUR');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = amount.trim() === '' ? null : parseNumber(amount, lang);
    const value = parsed === null ? null : { amount: parsed, currency };
    const companyPatch = company !== deal.company || !deal.companyGuessed ? { company } : {};
    void run((d, n) =>
      updateDeal(
        d,
        { dealId: deal.id, patch: { contact: { name, email, phone }, offer, value, ...companyPatch } },
        n,
      ),
    );
  };
  return (
    <form className="drawer__section form-grid" onSubmit={submit} data-testid="deal-form">
      <h3>{i18n.t('deals.contact')}</h3>
      <DealField field="name" value={name} onChange={setName} />
      <DealField field="email" value={email} onChange={setEmail} />
      <DealField field="phone" value={phone} onChange={setPhone} />
      <DealField
        field="company"
        value={company}
        onChange={setCompany}
        action={
          deal.companyGuessed && company === deal.company ? (
            <button
              type="button"
              className="quiet"
              title={i18n.t('deals.guessTitle')}
              data-testid="confirm-company"
              onClick={() => void run((d, n) => updateDeal(d, { dealId: deal.id, patch: { company } }, n))}
            >
              {i18n.t('deals.confirmCompany')}
            </button>
          ) : null
        }
        hint={deal.companyGuessed && <small className="muted">{i18n.t('deals.guessTitle')}</small>}
      />
      <DealField field="offer" value={offer} onChange={setOffer} />
      <DealField field="amount" value={amount} onChange={setAmount} />
      <DealField field="currency" value={currency} onChange={setCurrency} />
      <div className="span-2">
        <button type="submit" className="primary" data-testid="deal-save">
          {i18n.t('deals.save')}
        </button>
      </div>
    </form>
  );
}

function NextStepForm(props: { deal: Deal; lang: Lang; timeZone: string; now: number; run: Run }) {
  const { deal, lang, timeZone, now, run } = props;
  const [at, setAt] = useState<number | null>(deal.nextStep?.at ?? null);
  const [channel, setChannel] = useState<Channel>(deal.nextStep?.channel ?? 'email');
  const [repAction, setRepAction] = useState(deal.nextStep?.repAction ?? '');
  return (
    <form
      className="drawer__section"
      onSubmit={(e) => {
        e.preventDefault();
        if (at === null) return;
        void run((d, n) =>
          setNextStep(
            d,
            {
              dealId: deal.id,
              nextStep: {
                at,
                channel,
                repAction,
                prospectAction: deal.nextStep?.prospectAction ?? '',
                reason: deal.nextStep?.reason ?? '',
              },
            },
            n,
          ),
        );
      }}
    >
      <h3>{i18n.t('deals.nextStep')}</h3>
      {!deal.nextStep && <p className="warn-line">{i18n.t('deals.nextStepNone')}</p>}
      <DateTimeField
        label={i18n.t('deals.nextStepAt')}
        lang={lang}
        timeZone={timeZone}
        now={now}
        value={at}
        onChange={setAt}
      />
      <div className="form-grid">
        <label>
          {i18n.t('deals.channel')}
          <select value={channel} onChange={(e) => setChannel(e.currentTarget.value as Channel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {channelLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {i18n.t('deals.repAction')}
          <input
            value={repAction}
            maxLength={LIMITS.nextStepText}
            onChange={(e) => setRepAction(e.currentTarget.value)}
          />
        </label>
      </div>
      <button type="submit" disabled={at === null}>
        {i18n.t('deals.setNextStep')}
      </button>
    </form>
  );
}

function NotesSection(props: {
  deal: Deal;
  events: Awaited<ReturnType<typeof eventsForDeal>>;
  lang: Lang;
  timeZone: string;
  now: number;
  run: Run;
}) {
  const { deal, events, lang, timeZone, now, run } = props;
  const [text, setText] = useState('');
  const notes = events.filter(
    (e) => e.type === 'note' || (e.type === 'follow-up-done' && e.data.note !== ''),
  );
  return (
    <section className="drawer__section">
      <h3>{i18n.t('deals.notes')}</h3>
      <form
        className="note-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await run((d, n) => addNote(d, { dealId: deal.id, text }, n))) setText('');
        }}
      >
        <textarea
          aria-label={i18n.t('deals.notes')}
          data-testid="note-text"
          value={text}
          maxLength={LIMITS.note}
          placeholder={i18n.t('deals.notePlaceholder')}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" disabled={text.trim() === ''} data-testid="note-add">
          {i18n.t('deals.addNote')}
        </button>
      </form>
      {notes.length === 0 ? (
        <p className="muted">{i18n.t('deals.noNotes')}</p>
      ) : (
        <ul className="notes" data-testid="drawer-notes">
          {[...notes].reverse().map((e) => (
            <li key={e.id}>
              <time dateTime={new Date(e.at).toISOString()}>
                {formatDateAtTime(e.at, lang, timeZone, now)}
              </time>
              <p>{e.type === 'note' ? e.data.text : e.type === 'follow-up-done' ? e.data.note : ''}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
