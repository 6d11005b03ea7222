import type { ReactNode } from 'react';
import { i18n } from '#i18n';
import type { FunnelRow } from '../../lib/funnel';
import type { FunnelDrill } from '../../lib/funnel/funnel';
import { isSideLoop } from '../../lib/funnel/projection';
import type { Formatters } from './format';

/**
 * The funnel stage by stage; the follow-up side loop (issue 22: prospects followed up who come back,
 * not a step below negotiation) in its own group under the chain.
 */
export function FunnelTable({
  rows,
  fmt,
  drillHref,
}: {
  rows: readonly FunnelRow[];
  fmt: Formatters;
  /** Where a number's deals are listed (the deals page, filtered); plain numbers without it. */
  drillHref?: (drill: FunnelDrill) => string;
}) {
  const cell = (row: FunnelRow, kind: 'reached' | 'lost-here' | 'current', count: number) =>
    drillHref && count > 0 ? (
      <DrillLink href={drillHref({ kind, stageId: row.stage.id })} testId={`drill-${kind}-${row.stage.id}`}>
        {fmt.count(count)}
      </DrillLink>
    ) : (
      fmt.count(count)
    );
  const chain = rows.filter((row) => !isSideLoop(row.stage));
  const loop = rows.filter((row) => isSideLoop(row.stage));
  const line = (row: FunnelRow) => (
    <tr key={row.stage.id} data-stage={row.stage.id}>
      <th scope="row">{row.stage.name[fmt.lang]}</th>
      <td>{cell(row, 'reached', row.reached)}</td>
      <td>{fmt.percent(row.shareOfFirst)}</td>
      <td>{fmt.percent(row.targetShare)}</td>
      <td>{fmt.count(row.advanced)}</td>
      <td>{fmt.percent(row.conversionToNext)}</td>
      <td>{cell(row, 'lost-here', row.lostHere)}</td>
      <td>{cell(row, 'current', row.current)}</td>
      <td title={i18n.t('pipeline.staysMeasured', [String(row.stays)])}>{fmt.stay(row.medianStayMs)}</td>
    </tr>
  );
  return (
    <table className="pipeline-table" data-testid="pipeline-table">
      <caption>{i18n.t('pipeline.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t('pipeline.colStage')}</th>
          <th scope="col">{i18n.t('pipeline.colReached')}</th>
          <th scope="col">{i18n.t('pipeline.colShare')}</th>
          <th scope="col">{i18n.t('pipeline.colTarget')}</th>
          <th scope="col">{i18n.t('pipeline.colAdvanced')}</th>
          <th scope="col">{i18n.t('pipeline.colConversion')}</th>
          <th scope="col">{i18n.t('pipeline.colLost')}</th>
          <th scope="col">{i18n.t('pipeline.colCurrent')}</th>
          <th scope="col">{i18n.t('pipeline.colMedian')}</th>
        </tr>
      </thead>
      <tbody>{chain.map(line)}</tbody>
      {loop.length > 0 && (
        <tbody className="pipeline-table__loop" data-testid="pipeline-side-loop">
          <tr>
            <th scope="rowgroup" colSpan={9}>
              {i18n.t('pipeline.sideLoopTitle')}
            </th>
          </tr>
          {loop.map(line)}
        </tbody>
      )}
    </table>
  );
}

/** A number that opens the deals page on its deals, in a new tab (the Pipeline stays as it was). */
export function DrillLink({ href, testId, children }: { href: string; testId: string; children: ReactNode }) {
  return (
    <a className="pipeline-drill" href={href} target="_blank" rel="noopener" data-testid={testId}>
      {children}
    </a>
  );
}
