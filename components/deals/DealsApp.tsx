// The deals page: the whole pipeline as a table or a board, searched and filtered (the view kept in
// the URL), bulk actions on a selection, a deal's drawer, and "New deal" without a thread.

import { useDeferredValue, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { resolveTimeZone } from '../../lib/cadence';
import { getSettings } from '../../lib/db';
import { drillMembers } from '../../lib/deals/queries';
import { type DealsDrill, FLAGS, type Flag, filterRows, mailboxesOf, sortRows } from '../../lib/deals/view';
import { dealsToCsv } from '../../lib/export/csv';
import { DEAL_STATUSES, type DealStatus } from '../../lib/model';
import { type BulkAction, bulkUpdate } from '../../lib/services/deal-page';
import { setStage } from '../../lib/services/lifecycle';
import { useLiveQuery } from '../use-live-query';
import { DealDrawer } from './DealDrawer';
import { DealsBoard } from './DealsBoard';
import { DealsTable } from './DealsTable';
import { NewDealDialog } from './NewDealDialog';
import { db, errorLine, runWrite, useDealsData, useDealsQuery } from './use-deals';
import { stageName, statusLabel } from './words';

const flagLabel = (flag: Flag) =>
  flag === 'overdue'
    ? i18n.t('deals.flagOverdue')
    : flag === 'no-next-step'
      ? i18n.t('deals.flagNoNextStep')
      : i18n.t('deals.flagReplyToConfirm');

/** What a Pipeline number's drill-down shows, in words ("Reached Meeting · from the Pipeline"). */
function drillLabel(drill: DealsDrill, stage: string): string {
  switch (drill.kind) {
    case 'reached':
      return i18n.t('deals.drillReached', [stage]);
    case 'lost-here':
      return i18n.t('deals.drillLostHere', [stage]);
    case 'current':
      return i18n.t('deals.drillCurrent', [stage]);
    case 'overdue':
      return i18n.t('deals.drillOverdue');
    case 'no-next-step':
      return i18n.t('deals.drillNoNextStep');
  }
}

export function DealsApp() {
  const { data, cadences, lang, timeZone } = useDealsData();
  const [query, setQuery] = useDealsQuery();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');
  const [lostReason, setLostReason] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the clock is read again whenever the data changes.
  const now = useMemo(() => Date.now(), [data]);
  // Typing stays responsive: the rows follow the search a frame later when there are many.
  const q = useDeferredValue(query.q);
  const stages = data?.stages ?? [];
  const stageById = useMemo(() => new Map(stages.map((s) => [s.id, s])), [stages]);
  const stageOrder = useMemo(() => new Map(stages.map((s) => [s.id, s.order])), [stages]);
  // A Pipeline number's deals (the drill-down), by the funnel's own rule; read again when data changes.
  const drill = query.drill;
  const drillKey = drill ? JSON.stringify(drill) : '';
  const only = useLiveQuery(
    () => (drill ? drillMembers(db, drill, Date.now()) : Promise.resolve(null)),
    [drillKey],
    null,
  );
  const rows = useMemo(() => {
    if (!data || (drill && only === null)) return [];
    const filtered = filterRows(data.rows, { ...query, q }, drill ? only : null);
    return sortRows(filtered, query.sort, query.dir, stageOrder, now);
  }, [data, query, q, stageOrder, now, drill, only]);

  const select = (ids: string[], on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids) on ? next.add(id) : next.delete(id);
      return next;
    });

  const move = async (dealId: string, stageId: string) => {
    const answer = await runWrite((d, n) => setStage(d, { dealId, stageId }, n));
    setNotice(answer.ok ? '' : errorLine(answer.text));
  };

  const bulk = async (action: BulkAction) => {
    const ids = [...selected];
    setNotice(i18n.t('deals.bulkProgress', ['0', String(ids.length)]));
    const answer = await runWrite((d, n) =>
      bulkUpdate(d, { dealIds: ids, action }, n, (done, total) => {
        if (done % 100 === 0) setNotice(i18n.t('deals.bulkProgress', [String(done), String(total)]));
      }),
    );
    setNotice(
      answer.ok
        ? i18n.t('deals.bulkDone', [String(answer.value.changed), String(answer.value.skipped)])
        : i18n.t('deals.bulkFailed', [answer.text]),
    );
  };

  const exportSelection = async () => {
    const settings = await getSettings(db);
    const deals = (data?.rows ?? []).filter((r) => selected.has(r.deal.id)).map((r) => r.deal);
    const csv = dealsToCsv(deals, stages, { lang, timeZone: resolveTimeZone(settings) });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `relance-deals-${new Date().toISOString().slice(0, 10)}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const toggle = <T extends string>(list: readonly T[], value: T): T[] =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const filtered =
    query.q !== '' ||
    query.drill !== null ||
    query.stages.length + query.statuses.length + query.flags.length + query.mailboxes.length > 0;
  const mailboxes = useMemo(() => mailboxesOf(data?.rows ?? []), [data]);
  const total = data?.rows.length ?? 0;

  return (
    <div className="deals-page" data-testid="deals-page" data-complete={data?.complete ? 'true' : 'false'}>
      <header className="deals-head">
        <h1>{i18n.t('deals.title')}</h1>
        {/* biome-ignore lint/a11y/useSemanticElements: two toggle buttons, not a form's fieldset */}
        <div className="views" role="group" aria-label={i18n.t('deals.views')}>
          {(['table', 'board'] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={query.view === v}
              data-testid={`view-${v}`}
              onClick={() => setQuery({ view: v })}
            >
              {v === 'table' ? i18n.t('deals.viewTable') : i18n.t('deals.viewBoard')}
            </button>
          ))}
        </div>
        <input
          type="search"
          className="deals-search"
          data-testid="deals-search"
          aria-label={i18n.t('deals.searchLabel')}
          placeholder={i18n.t('deals.searchPlaceholder')}
          value={query.q}
          maxLength={200}
          onChange={(e) => setQuery({ q: e.currentTarget.value })}
        />
        <button
          type="button"
          className="primary"
          data-testid="new-deal-open"
          onClick={() => setCreating(true)}
        >
          {i18n.t('deals.newDeal')}
        </button>
      </header>

      <div className="filters" data-testid="deals-filters">
        <label>
          <span className="visually-hidden">{i18n.t('deals.filterStage')}</span>
          <select
            data-testid="filter-stage"
            value={query.stages[0] ?? ''}
            onChange={(e) => setQuery({ stages: e.currentTarget.value ? [e.currentTarget.value] : [] })}
          >
            <option value="">{i18n.t('deals.anyStage')}</option>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {stageName(s, lang, s.id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">{i18n.t('deals.filterStatus')}</span>
          <select
            data-testid="filter-status"
            value={query.statuses[0] ?? ''}
            onChange={(e) =>
              setQuery({ statuses: e.currentTarget.value ? [e.currentTarget.value as DealStatus] : [] })
            }
          >
            <option value="">{i18n.t('deals.anyStatus')}</option>
            {DEAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        {drill && (
          <span className="chip chip--drill" data-testid="drill-chip">
            {drillLabel(drill, stageName(stageById.get('stageId' in drill ? drill.stageId : ''), lang))}
            <button
              type="button"
              className="quiet"
              data-testid="drill-clear"
              aria-label={i18n.t('deals.drillClear')}
              onClick={() => setQuery({ drill: null })}
            >
              ×
            </button>
          </span>
        )}
        {mailboxes.length > 1 && (
          <label>
            <span className="visually-hidden">{i18n.t('deals.filterMailbox')}</span>
            <select
              data-testid="filter-mailbox"
              value={query.mailboxes[0] ?? ''}
              onChange={(e) => setQuery({ mailboxes: e.currentTarget.value ? [e.currentTarget.value] : [] })}
            >
              <option value="">{i18n.t('deals.anyMailbox')}</option>
              {mailboxes.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
        )}
        <fieldset className="flags">
          <legend className="visually-hidden">{i18n.t('deals.flags')}</legend>
          {FLAGS.map((f) => (
            <label key={f} className="chip">
              <input
                type="checkbox"
                data-testid={`flag-${f}`}
                checked={query.flags.includes(f)}
                onChange={() => setQuery({ flags: toggle(query.flags, f) })}
              />
              {flagLabel(f)}
            </label>
          ))}
        </fieldset>
        {filtered && (
          <button
            type="button"
            className="quiet"
            data-testid="filters-clear"
            onClick={() =>
              setQuery({ q: '', stages: [], statuses: [], flags: [], mailboxes: [], drill: null })
            }
          >
            {i18n.t('deals.clearFilters')}
          </button>
        )}
        <p className="count muted" data-testid="deals-count" aria-live="polite">
          {data === null
            ? i18n.t('deals.loading')
            : filtered
              ? i18n.t('deals.countOf', [String(rows.length), String(total)])
              : i18n.t('deals.count', [String(total)])}
          {data && !data.complete ? ` · ${i18n.t('deals.loadingRest')}` : ''}
        </p>
      </div>

      {selected.size > 0 && query.view === 'table' && (
        <div
          className="bulk"
          role="toolbar"
          aria-label={i18n.t('deals.selected', [String(selected.size)])}
          data-testid="bulk-bar"
        >
          <strong>{i18n.t('deals.selected', [String(selected.size)])}</strong>
          <select
            aria-label={i18n.t('deals.bulkStage')}
            data-testid="bulk-stage"
            value=""
            onChange={(e) =>
              e.currentTarget.value && void bulk({ kind: 'stage', stageId: e.currentTarget.value })
            }
          >
            <option value="">{i18n.t('deals.bulkStage')}</option>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {stageName(s, lang, s.id)}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void bulk({ kind: 'pause' })}>
            {i18n.t('deals.bulkPause')}
          </button>
          <button type="button" onClick={() => void bulk({ kind: 'resume' })}>
            {i18n.t('deals.bulkResume')}
          </button>
          <button type="button" onClick={() => void bulk({ kind: 'stop-cadence' })}>
            {i18n.t('deals.bulkStop')}
          </button>
          {lostReason === null ? (
            <button type="button" onClick={() => setLostReason('')}>
              {i18n.t('deals.bulkLost')}
            </button>
          ) : (
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                void bulk({ kind: 'lost', reason: lostReason });
                setLostReason(null);
              }}
            >
              <input
                aria-label={i18n.t('deals.lostReason')}
                placeholder={i18n.t('deals.lostReason')}
                value={lostReason}
                onChange={(e) => setLostReason(e.currentTarget.value)}
              />
              <button type="submit">{i18n.t('deals.bulkApply')}</button>
              <button type="button" className="quiet" onClick={() => setLostReason(null)}>
                {i18n.t('deals.cancel')}
              </button>
            </form>
          )}
          <button type="button" onClick={() => void exportSelection()}>
            {i18n.t('deals.bulkExport')}
          </button>
          <button type="button" className="quiet" onClick={() => setSelected(new Set())}>
            {i18n.t('deals.clearSelection')}
          </button>
        </div>
      )}
      <p className="notice" role="status" data-testid="deals-notice">
        {notice}
      </p>

      <main>
        {/* While only the first rows are read, none of them may match the view yet: not "empty". */}
        {data?.complete && total === 0 ? (
          <p className="empty">{i18n.t('deals.emptyNone')}</p>
        ) : data?.complete && rows.length === 0 ? (
          <p className="empty">{i18n.t('deals.empty')}</p>
        ) : query.view === 'table' ? (
          <DealsTable
            rows={rows}
            query={query}
            onQuery={setQuery}
            stages={stageById}
            lang={lang}
            timeZone={timeZone}
            now={now}
            selected={selected}
            onSelect={select}
            onOpen={(id) => setQuery({ deal: id })}
          />
        ) : (
          <DealsBoard
            rows={rows}
            stages={stages}
            lang={lang}
            timeZone={timeZone}
            now={now}
            onMove={(id, stageId) => void move(id, stageId)}
            onOpen={(id) => setQuery({ deal: id })}
          />
        )}
      </main>

      {query.deal && (
        <DealDrawer
          dealId={query.deal}
          stages={stageById}
          lang={lang}
          timeZone={timeZone}
          onClose={() => setQuery({ deal: null })}
        />
      )}
      {creating && (
        <NewDealDialog
          stages={stages}
          cadences={cadences}
          lang={lang}
          timeZone={timeZone}
          onDone={(id) => {
            setCreating(false);
            if (id) setQuery({ deal: id });
          }}
        />
      )}
    </div>
  );
}
