import { i18n } from '#i18n';
import type { ReplyRates as Rates } from '../../lib/funnel';
import type { Formatters } from './format';

export function ReplyRates({ rates, fmt }: { rates: Rates; fmt: Formatters }) {
  return (
    <>
      {rates.rows.length === 0 ? (
        <p className="pipeline__empty">{i18n.t('pipeline.repliesEmpty')}</p>
      ) : (
        <table className="pipeline-table" data-testid="pipeline-replies">
          <caption>{i18n.t('pipeline.repliesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('pipeline.colFollowUp')}</th>
              <th scope="col">{i18n.t('pipeline.colDone')}</th>
              <th scope="col">{i18n.t('pipeline.colReplies')}</th>
              <th scope="col">{i18n.t('pipeline.colRate')}</th>
            </tr>
          </thead>
          <tbody>
            {rates.rows.map((row) => (
              <tr key={row.followUpNumber}>
                <th scope="row">{i18n.t('pipeline.followUpNumber', [String(row.followUpNumber)])}</th>
                <td>{fmt.count(row.done)}</td>
                <td>{fmt.count(row.replies)}</td>
                <td>{fmt.percent(row.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rates.beforeAnyFollowUp > 0 && (
        <p className="pipeline__hint">
          {i18n.t('pipeline.repliesBefore', [fmt.count(rates.beforeAnyFollowUp)])}
        </p>
      )}
    </>
  );
}
