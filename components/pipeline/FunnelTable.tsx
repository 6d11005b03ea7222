import { i18n } from '#i18n';
import type { FunnelRow } from '../../lib/funnel';
import { isSideLoop } from '../../lib/funnel/projection';
import type { Formatters } from './format';

/**
 * The funnel stage by stage; the follow-up side loop (issue 22: prospects followed up who come back,
 * not a step below negotiation) in its own group under the chain.
 */
export function FunnelTable({ rows, fmt }: { rows: readonly FunnelRow[]; fmt: Formatters }) {
  const chain = rows.filter((row) => !isSideLoop(row.stage));
  const loop = rows.filter((row) => isSideLoop(row.stage));
  const line = (row: FunnelRow) => (
    <tr key={row.stage.id} data-stage={row.stage.id}>
      <th scope="row">{row.stage.name[fmt.lang]}</th>
      <td>{fmt.count(row.reached)}</td>
      <td>{fmt.percent(row.shareOfFirst)}</td>
      <td>{fmt.percent(row.targetShare)}</td>
      <td>{fmt.count(row.advanced)}</td>
      <td>{fmt.percent(row.conversionToNext)}</td>
      <td>{fmt.count(row.lostHere)}</td>
      <td>{fmt.count(row.current)}</td>
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
