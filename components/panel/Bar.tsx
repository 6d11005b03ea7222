// The deal bar: one line in the thread, at most 8 tab stops. Untracked, the prospect Relance read
// and Track; tracked, the stage (a menu), the next step, the next follow-up, the one action that
// fits now (or the question the deal asks: a reply to confirm, silence after a breakup, after-sale),
// and Details. Everything else is in the details, on demand.
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { prospectOf } from '../../lib/content/prospect';
import { companyFromEmail } from '../../lib/db/email-domains';
import { channelLabel } from '../../lib/labels';
import type { ThreadSnapshot } from '../../lib/mail/adapter';
import { type DealCandidate, sendMessage } from '../../lib/messaging/protocol';
import { PAUSE_REASONS, type Stage } from '../../lib/model';
import { formatWhen } from '../../lib/panel/intl';
import { afterSaleStages, nextPending, nextStepWarning } from '../../lib/panel/logic';
import { usePanelContext } from './context';
import { ask } from './use-panel';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Untracked: who the prospect is, as read from the thread, and Track (details can be corrected).
 * When the contact, or a colleague at the same company domain, already has an open deal, the bar
 * offers "Add to <deal>" first and Track becomes "New deal".
 */
export function TrackBar({
  snapshot,
  onTrack,
  onAttach,
  focusRequest,
}: {
  snapshot: ThreadSnapshot;
  onTrack: (contact: { name: string; email: string }) => Promise<unknown>;
  /** Adds this thread to an existing deal instead of making a new one. */
  onAttach?: (dealId: string) => Promise<unknown>;
  /** Bumped by the schedule shortcut: an untracked thread must be tracked first, so focus Track. */
  focusRequest: number;
}) {
  const trackButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRequest > 0) trackButton.current?.focus();
  }, [focusRequest]);
  const prospect = prospectOf(snapshot);
  const [name, setName] = useState(prospect?.name ?? '');
  const [email, setEmail] = useState(prospect?.email ?? '');
  // Nothing read: the fields are there at once (degraded mode); else on demand.
  const [editing, setEditing] = useState(!prospect);
  const [invalid, setInvalid] = useState(false);
  const ids = { name: useId(), email: useId() };
  const company = prospect ? companyFromEmail(prospect.email) : '';
  const candidate = useCandidate(onAttach ? email : '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = email.trim().toLowerCase();
    if (!EMAIL.test(clean)) return setInvalid(true);
    setInvalid(false);
    void onTrack({ name: name.trim(), email: clean });
  };
  return (
    <form className="relance__bar-items" onSubmit={submit} data-testid="track-form" noValidate>
      {editing ? (
        <>
          <label className="relance__visually-hidden" htmlFor={ids.name}>
            {i18n.t('panel.name')}
          </label>
          <input
            id={ids.name}
            className="relance__bar-input"
            value={name}
            placeholder={i18n.t('panel.name')}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
          />
          <label className="relance__visually-hidden" htmlFor={ids.email}>
            {i18n.t('panel.email')}
          </label>
          <input
            id={ids.email}
            className="relance__bar-input"
            type="email"
            value={email}
            placeholder={i18n.t('panel.email')}
            required
            aria-invalid={invalid}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="contact-email"
            autoComplete="off"
          />
        </>
      ) : (
        <>
          <span className="relance__who" data-testid="prospect-label" data-email={email} title={email}>
            <strong>{name || email}</strong>
            {company && <span className="relance__muted"> · {company}</span>}
          </span>
          <button
            type="button"
            className="relance__quiet"
            data-testid="track-edit"
            onClick={() => setEditing(true)}
          >
            {i18n.t('bar.correct')}
          </button>
        </>
      )}
      {candidate && onAttach && (
        <button
          type="button"
          className="relance__primary relance__ellipsis"
          data-testid="add-to-deal"
          data-deal-id={candidate.dealId}
          title={
            candidate.match === 'email'
              ? i18n.t('bar.addToDealEmail', [candidate.name])
              : i18n.t('bar.addToDealDomain', [candidate.company || candidate.name])
          }
          onClick={() => void onAttach(candidate.dealId)}
        >
          {i18n.t('bar.addToDeal', [candidate.name])}
        </button>
      )}
      <button
        type="submit"
        className={candidate ? undefined : 'relance__primary'}
        data-testid="track"
        ref={trackButton}
      >
        {candidate ? i18n.t('bar.newDeal') : i18n.t('panel.track')}
      </button>
      {invalid && (
        <span className="relance__error relance__ellipsis" role="alert">
          {i18n.t('panel.emailInvalid')}
        </span>
      )}
      {!prospect && !invalid && (
        <span className="relance__hint relance__ellipsis">{i18n.t('panel.emailMissing')}</span>
      )}
    </form>
  );
}

/** The best open deal this address could join (asked of the background once per address). */
function useCandidate(email: string): DealCandidate | null {
  const [found, setFound] = useState<{ email: string; candidate: DealCandidate | null } | null>(null);
  const clean = email.trim().toLowerCase();
  useEffect(() => {
    if (!EMAIL.test(clean)) return;
    let live = true;
    void ask(() => sendMessage('findDealCandidates', { email: clean })).then((answer) => {
      if (live) setFound({ email: clean, candidate: answer.ok ? (answer.value[0] ?? null) : null });
    });
    return () => {
      live = false;
    };
  }, [clean]);
  return found?.email === clean ? found.candidate : null;
}

/** Tracked: stage, next step, next follow-up, the action that fits, Details. */
export function DealBar({
  detailsOpen,
  onToggleDetails,
  detailsId,
}: {
  detailsOpen: boolean;
  onToggleDetails: () => void;
  detailsId: string;
}) {
  const { state, deal, act, say, now, openAt } = usePanelContext();
  const lang = state.lang;
  const stage = state.stages.find((s) => s.id === deal.stageId);
  const when = (at: number) => formatWhen(at, lang, state.timeZone, now);
  const warning = nextStepWarning(deal, now);
  const next = nextPending(state.followUps);
  const stepDue = next !== null && next.status === 'due' && next.dueAt <= state.endOfToday;
  const closed = deal.status === 'won' || deal.status === 'lost';
  const afterSale = afterSaleStages(state.stages, stage);
  const [keptOpen, setKeptOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);

  let prompt: React.ReactNode = null;
  if (deal.replyLikely) {
    prompt = (
      <>
        <span className="relance__chip relance__chip--warn relance__ellipsis" data-testid="reply-likely">
          {i18n.t('panel.replyLikely', [deal.replyLikely.from])}
        </span>
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
      </>
    );
  } else if (state.proposeLost && !keptOpen) {
    prompt = (
      <>
        <span className="relance__chip relance__chip--warn relance__ellipsis" data-testid="propose-lost">
          {i18n.t('panel.proposeLost', [String(state.proposeLost.silentDays)])}
        </span>
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
      </>
    );
  } else if (afterSale.length > 0) {
    prompt = (
      <span className="relance__bar-group" data-testid="after-sale">
        {afterSale.map((s) => (
          <button
            key={s.id}
            type="button"
            data-testid={`after-sale-${s.id}`}
            className={s === afterSale[0] ? 'relance__primary' : undefined}
            onClick={async () => {
              const moved = await act(() => sendMessage('setStage', { dealId: deal.id, stageId: s.id }));
              if (!moved.ok) return;
              const started = await act(() => sendMessage('scheduleCadence', { dealId: deal.id }));
              if (started.ok) say(i18n.t('panel.scheduled', [String(started.value.length)]));
            }}
          >
            {i18n.t('panel.startAfterSale', [s.name[lang]])}
          </button>
        ))}
      </span>
    );
  }

  let primary: React.ReactNode = null;
  if (!prompt) {
    const button = (id: string, label: string, onClick: () => void) => (
      <button
        type="button"
        className="relance__primary"
        data-testid="bar-action"
        data-action={id}
        onClick={onClick}
      >
        {label}
      </button>
    );
    if (closed) primary = button('reopen', i18n.t('bar.reopen'), () => setMenuOpen(true));
    else if (stepDue && next) {
      primary = button('write', i18n.t('bar.writeFollowUp'), () =>
        openAt('email', { templateKind: next.templateKind }),
      );
    } else if (warning) primary = button('next-step', i18n.t('bar.setNextStep'), () => openAt('next-step'));
    else if (!next)
      primary = button('schedule', i18n.t('panel.scheduleFollowUp'), () =>
        openAt('follow-ups', { schedule: true }),
      );
  }

  return (
    <div className="relance__bar-items">
      <StageMenu
        stages={state.stages}
        current={stage}
        open={menuOpen}
        setOpen={setMenuOpen}
        closedOnly={closed}
        onPick={async (stageId) => {
          const answer = await act(() => sendMessage('setStage', { dealId: deal.id, stageId }));
          const picked = state.stages.find((s) => s.id === stageId);
          if (answer.ok && picked) say(i18n.t('bar.stageSet', [picked.name[lang]]));
        }}
      />
      {closed ? (
        <span className={`relance__chip relance__chip--${deal.status}`} data-testid="deal-closed">
          {deal.status === 'won' ? i18n.t('bar.closedWon') : i18n.t('bar.closedLost')}
        </span>
      ) : warning ? (
        <button
          type="button"
          className="relance__chip relance__chip--warn"
          data-testid="next-step-warning"
          onClick={() => openAt('next-step')}
        >
          {warning === 'missing' ? i18n.t('bar.noNextStep') : i18n.t('bar.nextStepPassed')}
        </button>
      ) : deal.nextStep ? (
        <button
          type="button"
          className="relance__chip relance__ellipsis"
          data-testid="next-step-summary"
          title={deal.nextStep.repAction || undefined}
          onClick={() => openAt('next-step')}
        >
          {channelLabel(deal.nextStep.channel)} · {when(deal.nextStep.at)}
        </button>
      ) : null}
      {deal.status === 'replied' && (
        <span className="relance__chip relance__chip--info" data-testid="replied">
          {i18n.t('bar.replied')}
        </span>
      )}
      {deal.status === 'paused' && deal.pauseReason === PAUSE_REASONS.outOfOffice && deal.pausedUntil && (
        <span className="relance__chip relance__chip--info relance__ellipsis" data-testid="out-of-office">
          {i18n.t('panel.outOfOffice', [when(deal.pausedUntil)])}
        </span>
      )}
      {next && (
        <button
          type="button"
          className={`relance__chip relance__ellipsis${stepDue ? ' relance__chip--due' : ''}`}
          data-testid="next-follow-up"
          onClick={() => openAt('follow-ups')}
        >
          {i18n.t('bar.followUp', [String(next.stepIndex + 1), String(next.stepCount)])} ·{' '}
          {channelLabel(next.channel)} · {stepDue ? i18n.t('bar.dueNow') : when(next.dueAt)}
          {next.status === 'paused' ? ` · ${i18n.t('panel.statePaused')}` : ''}
        </button>
      )}
      <span className="relance__spacer" />
      {prompt}
      {primary}
      <button
        type="button"
        className="relance__quiet"
        data-testid="details-toggle"
        aria-expanded={detailsOpen}
        aria-controls={detailsId}
        onClick={onToggleDetails}
      >
        {i18n.t('bar.details')}
      </button>
    </div>
  );
}

/** The stage as a menu button: its menu lists the stages (arrow keys move, Enter picks, Escape closes). */
function StageMenu({
  stages,
  current,
  open,
  setOpen,
  closedOnly,
  onPick,
}: {
  stages: Stage[];
  current: Stage | undefined;
  open: boolean;
  setOpen: (open: boolean) => void;
  /** A closed deal: the menu is how it is reopened (its open stages first). */
  closedOnly: boolean;
  onPick: (stageId: string) => Promise<unknown>;
}) {
  const { state } = usePanelContext();
  const lang = state.lang;
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role=menuitemradio]') ?? [])];
  // biome-ignore lint/correctness/useExhaustiveDependencies: items() reads the menu's DOM when it opens.
  useEffect(() => {
    if (!open) return;
    const all = items();
    (all.find((b) => b.getAttribute('aria-checked') === 'true') ?? all[0])?.focus();
  }, [open]);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(e.target as HTMLButtonElement);
    const move = (to: number) => {
      e.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') move(at + 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(all.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };
  const ordered = closedOnly
    ? [
        ...stages.filter((s) => s.kind === 'open' || s.kind === 'expansion'),
        ...stages.filter((s) => s.kind === 'won' || s.kind === 'lost'),
      ]
    : stages;
  return (
    <span className="relance__menu-anchor">
      <button
        ref={button}
        type="button"
        className={`relance__stage relance__stage--${current?.kind ?? 'open'}`}
        data-testid="stage-menu"
        data-stage-id={current?.id ?? ''}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={i18n.t('bar.stageLabel', [current?.name[lang] ?? ''])}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="relance__dot" aria-hidden="true" />
        {current?.name[lang] ?? i18n.t('panel.stage')}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        // biome-ignore lint/a11y/useSemanticElements: an ARIA menu of radio items (the stage), as the APG menu button.
        <div
          ref={menu}
          id={id}
          role="menu"
          tabIndex={-1}
          className="relance__menu"
          aria-label={i18n.t('panel.stage')}
          onKeyDown={onKey}
          onBlur={(e) => {
            if (!menu.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          {closedOnly && <p className="relance__menu-hint">{i18n.t('bar.reopenHint')}</p>}
          {ordered.map((s) => (
            <button
              key={s.id}
              type="button"
              role="menuitemradio"
              tabIndex={-1}
              aria-checked={s.id === current?.id}
              data-testid={`stage-${s.id}`}
              className={`relance__menu-item relance__stage--${s.kind}`}
              onClick={() => {
                close(true);
                if (s.id !== current?.id) void onPick(s.id);
              }}
            >
              <span className="relance__dot" aria-hidden="true" />
              {s.name[lang]}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
