// The table: real headers with their sort state (aria-sort), a checkbox per row for bulk actions,
// only the visible rows rendered (@tanstack/react-virtual: 10,000 deals scroll without long tasks).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { i18n } from '#i18n';
import type { DealRow, DealsQuery, SortKey } from '../../lib/deals/view';
import { formatDate, formatTime } from '../../lib/intl/dates';
import { formatMoney } from '../../lib/intl/numbers';
import { channelLabel } from '../../lib/labels';
import type { Lang, Stage } from '../../lib/model';
import { stageName, statusLabel } from './words';

const ROW_HEIGHT = 44;

const COLUMNS: { key: SortKey; label: () => string }[] = [
  { key: 'contact', label: () => i18n.t('deals.colContact') },
  { key: 'company', label: () => i18n.t('deals.colCompany') },
  { key: 'stage', label: () => i18n.t('deals.colStage') },
  { key: 'value', label: () => i18n.t('deals.colValue') },
  { key: 'nextStep', label: () => i18n.t('deals.colNextStep') },
  { key: 'nextFollowUp', label: () => i18n.t('deals.colNextFollowUp') },
  { key: 'lastContact', label: () => i18n.t('deals.colLastContact') },
  { key: 'created', label: () => i18n.t('deals.colCreated') },
  { key: 'timeInStage', label: () => i18n.t('deals.colTimeInStage') },
];

export interface TableProps {
  rows: DealRow[];
  query: DealsQuery;
  onQuery: (patch: Partial<DealsQuery>) => void;
  stages: ReadonlyMap<string, Stage>;
  lang: Lang;
  timeZone: string;
  now: number;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onOpen: (id: string) => void;
}

export function DealsTable({
  rows,
  query,
  onQuery,
  stages,
  lang,
  timeZone,
  now,
  selected,
  onSelect,
  onOpen,
}: TableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Before layout (and under happy-dom) the viewport is unknown: a screenful is rendered.
    initialRect: { width: 1200, height: 900 },
  });
  const items = virtual.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);
  const date = (at: number | null | undefined) =>
    at === null || at === undefined
      ? '—'
      : formatDate(at, lang, timeZone, now, { weekday: false, month: 'short' });
  const allOn = rows.length > 0 && rows.every((r) => selected.has(r.deal.id));
  const sortBy = (key: SortKey) =>
    onQuery({ sort: key, dir: query.sort === key && query.dir === 'asc' ? 'desc' : 'asc' });

  return (
    <div className="deals-table" ref={scroller} data-testid="deals-table">
      <table aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th scope="col" className="deals-table__check">
              <input
                type="checkbox"
                aria-label={i18n.t('deals.selectAll')}
                checked={allOn}
                onChange={(e) =>
                  onSelect(
                    rows.map((r) => r.deal.id),
                    e.currentTarget.checked,
                  )
                }
              />
            </th>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={query.sort === c.key ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" data-testid={`sort-${c.key}`} onClick={() => sortBy(c.key)}>
                  {c.label()}
                  <span aria-hidden="true" className="deals-table__arrow">
                    {query.sort === c.key ? (query.dir === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr style={{ height: top }}>
              <td colSpan={COLUMNS.length + 1} />
            </tr>
          )}
          {items.map((item) => {
            const r = rows[item.index];
            if (!r) return null;
            const d = r.deal;
            const inStageDays = Math.max(0, Math.floor((now - d.stageEnteredAt) / 86_400_000));
            return (
              <tr
                key={d.id}
                data-testid="deal-row"
                data-deal-id={d.id}
                aria-rowindex={item.index + 2}
                aria-selected={selected.has(d.id)}
                style={{ height: ROW_HEIGHT }}
              >
                <td className="deals-table__check">
                  <input
                    type="checkbox"
                    aria-label={i18n.t('deals.selectRow', [r.who || d.company])}
                    checked={selected.has(d.id)}
                    onChange={(e) => onSelect([d.id], e.currentTarget.checked)}
                  />
                </td>
                <td className="deals-table__who">
                  <button
                    type="button"
                    className="linkish"
                    onClick={() => onOpen(d.id)}
                    data-testid="open-deal"
                  >
                    {r.who || '—'}
                  </button>
                  {d.contact.email && r.who !== d.contact.email && (
                    <span className="muted"> {d.contact.email}</span>
                  )}
                </td>
                <td>
                  {d.company}
                  {d.companyGuessed && d.company && (
                    <span className="guess" title={i18n.t('deals.guessTitle')}>
                      {i18n.t('deals.guess')}
                    </span>
                  )}
                </td>
                <td>
                  <span className={`stage-pill stage-pill--${stages.get(d.stageId)?.kind ?? 'open'}`}>
                    {stageName(stages.get(d.stageId), lang, d.stageId)}
                  </span>
                  {/* The status only when the stage does not say it already (signed, lost). */}
                  {d.status === 'paused' && (
                    <span className="muted">
                      {' · '}
                      {d.pausedUntil !== null
                        ? i18n.t('deals.warnPaused', [date(d.pausedUntil)])
                        : statusLabel(d.status)}
                    </span>
                  )}
                  {d.status === 'replied' && <span className="muted"> · {statusLabel(d.status)}</span>}
                </td>
                <td className="num">{d.value ? formatMoney(d.value.amount, d.value.currency, lang) : '—'}</td>
                <td className={r.noNextStep ? 'warn' : ''}>
                  {d.status === 'won' || d.status === 'lost'
                    ? '—'
                    : d.nextStep
                      ? `${date(d.nextStep.at)} ${formatTime(d.nextStep.at, lang, timeZone)} · ${channelLabel(d.nextStep.channel)}`
                      : i18n.t('deals.warnNoNextStep')}
                </td>
                <td className={r.overdue ? 'danger' : ''}>
                  {r.nextFollowUp
                    ? `${date(r.nextFollowUp.dueAt)} · ${i18n.t('deals.step', [String(r.nextFollowUp.stepIndex + 1), String(r.nextFollowUp.stepCount)])}`
                    : '—'}
                </td>
                <td>{date(r.lastContactAt)}</td>
                <td>{date(d.createdAt)}</td>
                <td className="num">{i18n.t('deals.days', [String(inStageDays)])}</td>
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr style={{ height: bottom }}>
              <td colSpan={COLUMNS.length + 1} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
