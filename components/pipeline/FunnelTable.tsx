import { i18n } from '#i18n';
import type { FunnelRow } from '../../lib/funnel';
import type { Formatters } from './format';

export function FunnelTable({ rows, fmt }: { rows: readonly FunnelRow[]; fmt: Formatters }) {
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
      <tbody>
        {rows.map((row) => (
          <tr key={row.stage.id} data-stage={row.stage.id}>
            <th scope="row">{row.stage.name[fmt.lang]}</th>
            <td>{fmt.count(row.reached)}</td>
            <td>{fmt.percent(row.shareOfFirst)}</td>
            <td>{fmt.percent(row.targetShare)}</td>
            <td>{fmt.count(row.advanced)}</td>
            <td>{fmt.percent(row.conversionToNext)}</td>
            <td>{fmt.count(row.lostHere)}</td>
            <td>{fmt.count(row.current)}</td>
            <td title={i18n.t('pipeline.staysMeasured', [String(row.stays)])}>
              {fmt.stay(row.medianStayMs)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
