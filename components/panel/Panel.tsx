// The thread panel: one deal bar in the thread's flow (Bar.tsx), and the details on demand in a
// drawer beside the email (Details.tsx: Next step, Follow-ups, Email, Prospect, Notes & history),
// open or closed as the rep left it (remembered in Relance's database), loaded the first time they
// open (`loadDetails`). One live status line says the last action's outcome, with Undo after an
// insertion.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { prospectOf } from '../../lib/content/prospect';
import type { InsertOptions, InsertResult, ReplyBoxResult, ThreadSnapshot } from '../../lib/mail/adapter';
import { sendMessage } from '../../lib/messaging/protocol';
import { DealBar, TrackBar } from './Bar';
import { CopyDiagnostics } from './CopyDiagnostics';
import { type Notice, PanelContext, type PanelContextValue, type Section } from './context';
import type { DetailsComponent } from './details-contract';
import { ask, usePanel } from './use-panel';
import type { DiagnosisReport } from './WhatRelanceReads';

export interface PanelProps {
  snapshot: ThreadSnapshot;
  url: string;
  /** No anchor in the thread view: the panel floats over the page's corner. */
  floating: boolean;
  insertText: (text: string, options?: InsertOptions) => Promise<InsertResult>;
  /** Opens the reply box and says whether it holds the webmail's signature (the adapter's). */
  openReplyBox?: () => Promise<ReplyBoxResult>;
  /** Undoes Relance's last insertion in the reply box (the adapter's). */
  undoInsertion?: () => boolean;
  /** The start of each message's text (the adapter's readMessageTexts), for auto-reply detection. */
  readTexts: () => string[];
  /** Keyboard commands from the background ('schedule': open the schedule preview). */
  commands?: EventTarget;
  /** The webmail's own theme when the page shows one; else the OS preference applies. */
  theme?: 'dark' | 'light' | null;
  /** What the adapter reads on this page, field by field and as text to paste into a report (no mail content). */
  diagnose?: () => DiagnosisReport | null;
  /** The details drawer's component, loaded when the details first open (details-loader.ts in a webmail). */
  loadDetails: () => Promise<DetailsComponent>;
}

export function Panel({
  snapshot,
  url,
  floating,
  insertText,
  openReplyBox,
  undoInsertion,
  readTexts,
  commands,
  theme,
  diagnose,
  loadDetails,
}: PanelProps) {
  const { status, act } = usePanel(snapshot, url, readTexts);
  const [notice, setNotice] = useState<Notice | null>(null);
  const say = useCallback((n: string | Notice) => setNotice(typeof n === 'string' ? { text: n } : n), []);
  const state = status.kind === 'loading' ? null : status.state;
  const deal = state?.deal ?? null;
  // Open or closed as the rep left it; the stored value arrives with the state.
  const [detailsOpen, setDetailsOpen] = useState<boolean | null>(null);
  const open = detailsOpen ?? state?.detailsOpen ?? false;
  const drawerId = useId();
  const root = useRef<HTMLElement>(null);
  const [scheduleRequest, setScheduleRequest] = useState(0);
  const [templateRequest, setTemplateRequest] = useState<{ kind: string | null; n: number }>({
    kind: null,
    n: 0,
  });
  const [focusAt, setFocusAt] = useState<{ section: Section; n: number } | null>(null);

  const setOpen = useCallback((next: boolean) => {
    setDetailsOpen(next);
    // A section asked for earlier is not shown again when the details reopen.
    if (!next) setFocusAt(null);
    void ask(() => sendMessage('setPanelDetails', { open: next }));
  }, []);
  const openAt = useCallback<PanelContextValue['openAt']>(
    (section, options) => {
      setOpen(true);
      if (options?.schedule) setScheduleRequest((n) => n + 1);
      if (options && 'templateKind' in options) {
        setTemplateRequest((r) => ({ kind: options.templateKind ?? null, n: r.n + 1 }));
      }
      setFocusAt((f) => ({ section, n: (f?.n ?? 0) + 1 }));
    },
    [setOpen],
  );
  // The details' component, loaded the first time they open (then kept for the page's life).
  const [loaded, setLoaded] = useState<{ Details: DetailsComponent } | null>(null);
  const wanted = open && state !== null && deal !== null;
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    loadDetails().then(
      (Details) => live && setLoaded({ Details }),
      () => {
        if (!live) return;
        // Said, and shown closed (the stored preference kept): the next click on Details tries again.
        setDetailsOpen(false);
        say(i18n.t('panel.detailsFailed'));
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded, loadDetails, say]);

  // The "Schedule follow-up" shortcut: the details open on the schedule preview, Confirm focused.
  const [trackFocus, setTrackFocus] = useState(0);
  const hasDeal = deal !== null;
  useEffect(() => {
    if (!commands) return;
    const onSchedule = () => {
      if (!hasDeal) return setTrackFocus((n) => n + 1);
      setOpen(true);
      setScheduleRequest((n) => n + 1);
    };
    commands.addEventListener('schedule', onSchedule);
    return () => commands.removeEventListener('schedule', onSchedule);
  }, [commands, hasDeal, setOpen]);

  const context: PanelContextValue | null =
    state && deal
      ? {
          state,
          deal,
          act,
          say,
          now: state.now,
          reply: { insertText, openReplyBox, undoInsertion },
          openAt,
          scheduleRequest,
          templateRequest,
        }
      : null;

  return (
    <section
      ref={root}
      className={`relance${floating ? ' relance--floating' : ''}`}
      aria-label={i18n.t('panel.title')}
      data-testid="panel"
      data-deal-id={deal?.id ?? ''}
      data-thread-id={snapshot.threadId}
      data-status={status.kind}
      data-theme={theme ?? undefined}
    >
      <div className="relance__bar" data-testid="bar">
        <span className="relance__logo" aria-hidden="true" title={i18n.t('panel.title')} />
        {status.kind === 'loading' && <span className="relance__hint">{i18n.t('panel.loading')}</span>}
        {state && !deal && (
          <TrackBar
            focusRequest={trackFocus}
            snapshot={snapshot}
            onTrack={(contact) =>
              act(() => sendMessage('trackThread', { snapshot, url, contact, texts: safeTexts(readTexts) }))
            }
            onAttach={(dealId) => act(() => sendMessage('attachThread', { snapshot, url, dealId }))}
          />
        )}
        {context && (
          <PanelContext.Provider value={context}>
            <DealBar detailsOpen={open} onToggleDetails={() => setOpen(!open)} detailsId={drawerId} />
          </PanelContext.Provider>
        )}
        <div className="relance__status">
          {status.kind === 'error' ? (
            <p className="relance__error" role="alert" data-testid="panel-error">
              {status.message}
            </p>
          ) : null}
          {diagnose && (status.kind === 'error' || (state && !deal && !prospectOf(snapshot))) && (
            <CopyDiagnostics diagnose={() => diagnose()?.text ?? null} />
          )}
          <p className="relance__notice" role="status" aria-live="polite" data-testid="notice">
            {notice?.text ?? ''}
          </p>
          {notice?.action && (
            <button
              type="button"
              className="relance__link"
              data-testid="notice-action"
              onClick={() => notice.action?.run()}
            >
              {notice.action.label}
            </button>
          )}
        </div>
      </div>
      {context && open && loaded && (
        <loaded.Details
          context={context}
          id={drawerId}
          snapshot={snapshot}
          onClose={() => setOpen(false)}
          diagnose={diagnose}
          focusAt={focusAt}
          root={() => root.current}
        />
      )}
    </section>
  );
}

function safeTexts(read: () => string[]): string[] | undefined {
  try {
    return read().slice(0, 50);
  } catch {
    return undefined;
  }
}
