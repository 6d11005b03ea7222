import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { i18n } from '#i18n';
import { type SnoozeChoice, snoozeTarget } from '../../lib/cadence/snooze';
import { channelLabel } from '../../lib/labels';
import { type Lang, type Settings, SNOOZE_PRESETS, type SnoozePreset } from '../../lib/model';
import {
  clockLabel,
  dueInWords,
  type FollowUpRow,
  instantToLocalInput,
  localInputToInstant,
} from '../../lib/popup';
import { completeFollowUp, skipFollowUp, snoozeFollowUp } from '../../lib/popup/writes';
import { type OpenDeal, openLabel } from './OpenDeal';
import { focusRow } from './rows-focus';
import type { PopupWrite } from './use-popup';

export interface FollowUpItemProps {
  row: FollowUpRow;
  now: number;
  lang: Lang;
  settings: Settings;
  timeZone: string;
  active: boolean;
  onFocus(): void;
  act(write: PopupWrite): Promise<boolean>;
  open: OpenDeal;
}

type Mode = 'idle' | 'done' | 'snooze';

/** One due follow-up: who and what, when in words, and its four actions (also on the keyboard). */
export function FollowUpItem({
  row,
  now,
  lang,
  settings,
  timeZone,
  active,
  onFocus,
  act,
  open,
}: FollowUpItemProps) {
  const [mode, setMode] = useState<Mode>('idle');
  const titleId = useId();
  const { followUp } = row;
  const id = followUp.id;
  const due = dueInWords(followUp.dueAt, now, lang);
  const overdue = followUp.dueAt < now;

  const backToRow = (e: { currentTarget: HTMLElement }) => {
    setMode('idle');
    focusRow(e.currentTarget.closest<HTMLElement>('[data-row]'));
  };
  /** A write that worked closes the form (the row itself moves or goes as the data changes). */
  const settle = async (write: Promise<boolean>) => {
    const ok = await write;
    if (ok) setMode('idle');
    return ok;
  };
  // A deal without a thread (a phone lead) opens on the deals page, its drawer open.
  const { deal } = row;
  const doOpen = () => (deal ? open(deal) : Promise.resolve());
  const skip = () => act((db, at) => skipFollowUp(db, { followUpId: id }, at));

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key.toLowerCase();
    if (key === 'enter' || key === 'o') void doOpen();
    else if (key === 'd') setMode('done');
    else if (key === 's') setMode('snooze');
    else if (key === 'x') void skip();
    else return;
    e.preventDefault();
  };

  return (
    <li
      className={`row${overdue ? ' row--late' : ''}`}
      data-row=""
      data-testid="popup-row"
      data-follow-up-id={id}
      tabIndex={active ? 0 : -1}
      aria-labelledby={titleId}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocus();
      }}
      onKeyDown={onKeyDown}
    >
      <div className="row__head">
        <p className="row__who" id={titleId}>
          <strong data-testid="row-who">{row.who || i18n.t('popup.unknownDeal')}</strong>
          {row.company && <span className="row__company"> · {row.company}</span>}
        </p>
        <p className="row__due">
          <time dateTime={new Date(followUp.dueAt).toISOString()} data-testid="row-due">
            {due}
          </time>
          <span className="row__clock">{clockLabel(followUp.dueAt, now, timeZone, lang)}</span>
        </p>
      </div>
      <p className="row__subject">{row.subject || i18n.t('popup.noSubject')}</p>
      <p className="row__meta">
        {row.stageName && <span className="chip">{row.stageName}</span>}
        {row.step && (
          <span data-testid="row-step">
            {i18n.t('popup.step', [String(row.step.number), String(row.step.count)])}
          </span>
        )}
        <span className={`channel channel--${followUp.channel}`} data-testid="row-channel">
          {channelLabel(followUp.channel)}
        </span>
        {row.phone && (
          <a className="row__phone" href={`tel:${row.phone.replace(/[^\d+]/g, '')}`} data-testid="row-phone">
            {i18n.t('popup.phone', [row.phone])}
          </a>
        )}
      </p>
      <fieldset className="row__actions">
        <legend className="visually-hidden">{i18n.t('popup.actionsFor', [row.who])}</legend>
        <button
          type="button"
          onClick={() => void doOpen()}
          disabled={!deal}
          aria-keyshortcuts="Enter O"
          data-testid="row-open"
          data-open={row.url ? 'thread' : 'deal'}
        >
          {deal ? openLabel(deal) : i18n.t('popup.open')}
          <span className="key" aria-hidden="true">
            ↵
          </span>
        </button>
        <button
          type="button"
          onClick={() => setMode(mode === 'done' ? 'idle' : 'done')}
          aria-expanded={mode === 'done'}
          aria-keyshortcuts="D"
        >
          {i18n.t('popup.done')}
          <span className="key" aria-hidden="true">
            D
          </span>
        </button>
        <button
          type="button"
          onClick={() => setMode(mode === 'snooze' ? 'idle' : 'snooze')}
          aria-expanded={mode === 'snooze'}
          aria-keyshortcuts="S"
        >
          {i18n.t('popup.snooze')}
          <span className="key" aria-hidden="true">
            S
          </span>
        </button>
        <button type="button" onClick={() => void skip()} aria-keyshortcuts="X">
          {i18n.t('popup.skip')}
          <span className="key" aria-hidden="true">
            X
          </span>
        </button>
      </fieldset>
      {mode === 'done' && (
        <DoneForm
          onCancel={backToRow}
          onDone={(note) => settle(act((db, at) => completeFollowUp(db, { followUpId: id, note }, at)))}
        />
      )}
      {mode === 'snooze' && (
        <SnoozeMenu
          now={now}
          dueAt={followUp.dueAt}
          settings={settings}
          timeZone={timeZone}
          lang={lang}
          onCancel={backToRow}
          onSnooze={(choice) => settle(act((db, at) => snoozeFollowUp(db, { followUpId: id, choice }, at)))}
        />
      )}
    </li>
  );
}

function DoneForm({
  onDone,
  onCancel,
}: {
  onDone(note: string): Promise<boolean>;
  onCancel(e: { currentTarget: HTMLElement }): void;
}) {
  const [note, setNote] = useState('');
  const noteId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onDone(note.trim());
  };
  return (
    <form
      className="row__panel"
      onSubmit={submit}
      data-testid="done-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel(e);
        }
      }}
    >
      <label htmlFor={noteId}>{i18n.t('popup.doneNote')}</label>
      <input
        id={noteId}
        type="text"
        value={note}
        maxLength={5000}
        // biome-ignore lint/a11y/noAutofocus: the rep pressed Done (or D) to type this note now.
        autoFocus
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="row__panel-actions">
        <button type="submit" className="primary">
          {i18n.t('popup.doneConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {i18n.t('popup.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The snooze presets (lib/model SNOOZE_PRESETS), in the popup's words. */
const PRESET_LABELS: Record<SnoozePreset, () => string> = {
  'in-1-hour': () => i18n.t('popup.snoozeHour'),
  'tomorrow-morning': () => i18n.t('popup.snoozeTomorrow'),
  'next-monday': () => i18n.t('popup.snoozeMonday'),
};

function SnoozeMenu({
  now,
  dueAt,
  settings,
  timeZone,
  lang,
  onSnooze,
  onCancel,
}: {
  now: number;
  /** Presets count from the due time when it is still ahead: a snooze never moves it earlier. */
  dueAt: number;
  settings: Settings;
  timeZone: string;
  lang: Lang;
  onSnooze(choice: SnoozeChoice): Promise<boolean>;
  onCancel(e: { currentTarget: HTMLElement }): void;
}) {
  const dateId = useId();
  const [date, setDate] = useState(() => instantToLocalInput(now + 24 * 60 * 60 * 1000, timeZone));
  const [invalid, setInvalid] = useState(false);
  /** Where a preset would put it: the snooze use case's own rule (lib/cadence snoozeTarget). */
  const until = (choice: SnoozeChoice): string | null => {
    try {
      return clockLabel(snoozeTarget(choice, { dueAt }, now, settings), now, timeZone, lang);
    } catch {
      return null;
    }
  };
  const submitDate = (e: FormEvent) => {
    e.preventDefault();
    const at = localInputToInstant(date, timeZone);
    if (at === null || at <= Date.now()) return setInvalid(true);
    setInvalid(false);
    void onSnooze({ at });
  };
  return (
    <fieldset
      className="row__panel"
      data-testid="snooze-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel(e);
        }
      }}
    >
      <legend>{i18n.t('popup.snoozeMenu')}</legend>
      <div className="snooze__presets">
        {SNOOZE_PRESETS.map((preset, i) => {
          const label = PRESET_LABELS[preset];
          const when = until({ preset });
          return (
            <button
              key={preset}
              type="button"
              data-preset={preset}
              // biome-ignore lint/a11y/noAutofocus: the rep pressed Snooze (or S) to pick one now.
              autoFocus={i === 0}
              onClick={() => void onSnooze({ preset })}
            >
              {label()}
              {when && <span className="snooze__when"> · {when}</span>}
            </button>
          );
        })}
      </div>
      <form className="snooze__date" onSubmit={submitDate} noValidate>
        <label htmlFor={dateId}>{i18n.t('popup.snoozeDate')}</label>
        <input
          id={dateId}
          type="datetime-local"
          value={date}
          min={instantToLocalInput(now, timeZone)}
          aria-invalid={invalid}
          onChange={(e) => setDate(e.target.value)}
        />
        <button type="submit">{i18n.t('popup.snoozeDateConfirm')}</button>
        {invalid && (
          <p className="error" role="alert">
            {i18n.t('popup.snoozeDateInvalid')}
          </p>
        )}
        <button type="button" onClick={onCancel}>
          {i18n.t('popup.cancel')}
        </button>
      </form>
    </fieldset>
  );
}
