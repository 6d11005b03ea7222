// The board: a column per stage in order; signed, lost and after-sale columns collapsible. A card
// moves by drag and drop, or by keyboard: Enter (or the "Move to…" button) on the focused card
// opens its stage menu. Both run the same use case as the panel's stage chips (setStage).
import { type KeyboardEvent, useState } from 'react';
import { i18n } from '#i18n';
import { boardColumns, collapsedByDefault, type DealRow } from '../../lib/deals/view';
import { formatDate } from '../../lib/intl/dates';
import { formatMoney } from '../../lib/intl/numbers';
import { channelLabel } from '../../lib/labels';
import type { Lang, Stage } from '../../lib/model';
import { stageName } from './words';

/** Cards shown per column before "Show more": a column of 10,000 cards would help no one. */
const CARDS_PER_COLUMN = 50;

export interface BoardProps {
  rows: DealRow[];
  stages: Stage[];
  lang: Lang;
  timeZone: string;
  now: number;
  onMove: (dealId: string, stageId: string) => void;
  onOpen: (dealId: string) => void;
}

export function DealsBoard({ rows, stages, lang, timeZone, now, onMove, onOpen }: BoardProps) {
  const [collapsed, setCollapsed] = useState<Record<string, boolean>>({});
  const [shown, setShown] = useState<Record<string, number>>({});
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const [dropOn, setDropOn] = useState<string | null>(null);
  const columns = boardColumns(rows, stages);
  const date = (at: number) => formatDate(at, lang, timeZone, now, { weekday: false, month: 'short' });

  return (
    <div className="board" data-testid="deals-board">
      <p className="board__help muted">{i18n.t('deals.boardHelp')}</p>
      <div className="board__columns">
        {columns.map(({ stage, rows: cards }) => {
          const name = stageName(stage, lang, stage.id);
          const isCollapsed = collapsed[stage.id] ?? collapsedByDefault(stage);
          const limit = shown[stage.id] ?? CARDS_PER_COLUMN;
          return (
            <section
              key={stage.id}
              className={`board__column${isCollapsed ? ' board__column--collapsed' : ''}${dropOn === stage.id ? ' board__column--drop' : ''}`}
              aria-label={name}
              data-testid={`column-${stage.id}`}
              onDragOver={(e) => {
                e.preventDefault();
                setDropOn(stage.id);
              }}
              onDragLeave={() => setDropOn((s) => (s === stage.id ? null : s))}
              onDrop={(e) => {
                e.preventDefault();
                setDropOn(null);
                const id = e.dataTransfer.getData('text/x-relance-deal');
                if (id) onMove(id, stage.id);
              }}
            >
              <header className="board__head">
                <h2>
                  <button
                    type="button"
                    aria-expanded={!isCollapsed}
                    aria-label={
                      isCollapsed ? i18n.t('deals.expand', [name]) : i18n.t('deals.collapse', [name])
                    }
                    onClick={() => setCollapsed((c) => ({ ...c, [stage.id]: !isCollapsed }))}
                  >
                    <span aria-hidden="true">{isCollapsed ? '▸' : '▾'}</span> {name}
                  </button>
                </h2>
                <span className="board__count" data-testid={`column-count-${stage.id}`}>
                  {cards.length}
                </span>
              </header>
              {!isCollapsed && (
                <ul className="board__cards">
                  {cards.slice(0, limit).map((r) => (
                    <Card
                      key={r.deal.id}
                      row={r}
                      stages={stages}
                      lang={lang}
                      date={date}
                      menuOpen={menuFor === r.deal.id}
                      onMenu={(open) => setMenuFor(open ? r.deal.id : null)}
                      onMove={(stageId) => {
                        setMenuFor(null);
                        onMove(r.deal.id, stageId);
                      }}
                      onOpen={() => onOpen(r.deal.id)}
                    />
                  ))}
                  {cards.length > limit && (
                    <li>
                      <button
                        type="button"
                        className="quiet"
                        onClick={() => setShown((s) => ({ ...s, [stage.id]: limit + CARDS_PER_COLUMN }))}
                      >
                        {i18n.t('deals.showMore', [String(Math.min(CARDS_PER_COLUMN, cards.length - limit))])}
                      </button>
                    </li>
                  )}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}

interface CardProps {
  row: DealRow;
  stages: Stage[];
  lang: Lang;
  date: (at: number) => string;
  menuOpen: boolean;
  onMenu: (open: boolean) => void;
  onMove: (stageId: string) => void;
  onOpen: () => void;
}

function Card({ row, stages, lang, date, menuOpen, onMenu, onMove, onOpen }: CardProps) {
  const d = row.deal;
  const title = row.who || d.company || '—';
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onMenu(true);
    } else if (e.key.toLowerCase() === 'o') {
      e.preventDefault();
      onOpen();
    }
  };
  return (
    <li
      className="card"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a card is focusable so the keyboard can move it (Enter: its stage menu).
      tabIndex={0}
      draggable
      data-testid="deal-card"
      data-deal-id={d.id}
      aria-label={title}
      aria-keyshortcuts="Enter O"
      onDragStart={(e) => {
        e.dataTransfer.setData('text/x-relance-deal', d.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={onKeyDown}
    >
      <p className="card__who">
        <button type="button" className="linkish" onClick={onOpen} tabIndex={-1}>
          {title}
        </button>
      </p>
      {d.company && row.who && (
        <p className="card__company">
          {d.company}
          {d.companyGuessed && (
            <span className="guess" title={i18n.t('deals.guessTitle')}>
              {i18n.t('deals.guess')}
            </span>
          )}
        </p>
      )}
      {d.value && <p className="card__value">{formatMoney(d.value.amount, d.value.currency, lang)}</p>}
      {d.nextStep && (
        <p className="card__line">
          {i18n.t('deals.nextStep')}: {date(d.nextStep.at)} · {channelLabel(d.nextStep.channel)}
        </p>
      )}
      {row.nextFollowUp && (
        <p className="card__line">
          {i18n.t('deals.colNextFollowUp')}: {date(row.nextFollowUp.dueAt)} ·{' '}
          {i18n.t('deals.step', [String(row.nextFollowUp.stepIndex + 1), String(row.nextFollowUp.stepCount)])}
        </p>
      )}
      <p className="card__warnings">
        {row.overdue && <span className="badge badge--danger">{i18n.t('deals.warnOverdue')}</span>}
        {row.noNextStep && <span className="badge badge--warn">{i18n.t('deals.warnNoNextStep')}</span>}
        {row.replyToConfirm && <span className="badge badge--warn">{i18n.t('deals.warnReply')}</span>}
        {d.status === 'paused' && !row.replyToConfirm && (
          <span className="badge badge--info">
            {d.pausedUntil
              ? i18n.t('deals.warnPaused', [date(d.pausedUntil)])
              : i18n.t('deals.warnPausedHand')}
          </span>
        )}
      </p>
      <div className="card__move">
        <button
          type="button"
          className="quiet"
          tabIndex={-1}
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          onClick={() => onMenu(!menuOpen)}
        >
          {i18n.t('deals.moveTo')}
        </button>
        {menuOpen && (
          <StageMenu
            label={i18n.t('deals.moveMenu', [title])}
            stages={stages}
            current={d.stageId}
            lang={lang}
            onPick={onMove}
            onClose={() => onMenu(false)}
          />
        )}
      </div>
    </li>
  );
}

function StageMenu(props: {
  label: string;
  stages: Stage[];
  current: string;
  lang: Lang;
  onPick: (stageId: string) => void;
  onClose: () => void;
}) {
  const { label, stages, current, lang, onPick, onClose } = props;
  const focusItem = (el: HTMLElement | null, delta: number) => {
    const items = [
      ...(el?.closest('[role=menu]')?.querySelectorAll<HTMLElement>('[role=menuitemradio]') ?? []),
    ];
    const i = items.indexOf(el as HTMLElement);
    items[(i + delta + items.length) % items.length]?.focus();
  };
  return (
    <div
      className="menu"
      role="menu"
      aria-label={label}
      data-testid="stage-menu"
      ref={(el) => {
        if (el && !el.contains(document.activeElement))
          el.querySelector<HTMLElement>('[aria-checked=false]')?.focus();
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          const card = (e.currentTarget as HTMLElement).closest<HTMLElement>('.card');
          onClose();
          card?.focus();
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          focusItem(document.activeElement as HTMLElement, e.key === 'ArrowDown' ? 1 : -1);
        }
      }}
    >
      {[...stages]
        .sort((a, b) => a.order - b.order)
        .map((s) => (
          <button
            key={s.id}
            type="button"
            role="menuitemradio"
            aria-checked={s.id === current}
            data-testid={`move-to-${s.id}`}
            onClick={() => (s.id === current ? onClose() : onPick(s.id))}
          >
            {stageName(s, lang, s.id)}
          </button>
        ))}
    </div>
  );
}
