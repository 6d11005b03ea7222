import { i18n } from '#i18n';
import { type Forecast, MIN_DECIDED_DEALS } from '../../lib/funnel';
import type { Formatters } from './format';

export function ForecastTable({ forecast, fmt }: { forecast: Forecast; fmt: Formatters }) {
  return (
    <>
      {forecast.months.length === 0 ? (
        <p className="pipeline__empty">{i18n.t('pipeline.forecastEmpty')}</p>
      ) : (
        <table className="pipeline-table" data-testid="pipeline-forecast">
          <caption>{i18n.t('pipeline.forecastCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('pipeline.colMonth')}</th>
              <th scope="col">{i18n.t('pipeline.colDeals')}</th>
              <th scope="col">{i18n.t('pipeline.colTotal')}</th>
              <th scope="col">{i18n.t('pipeline.colWeighted')}</th>
            </tr>
          </thead>
          <tbody>
            {forecast.months.map((m) => (
              <tr key={`${m.month} ${m.currency}`} data-month={m.month}>
                <th scope="row">{fmt.month(m.month)}</th>
                <td>{fmt.count(m.deals)}</td>
                <td>{fmt.money(m.total, m.currency)}</td>
                <td>{fmt.money(m.weighted, m.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="pipeline__hint">{i18n.t('pipeline.chanceSources', [String(MIN_DECIDED_DEALS)])}</p>
      {forecast.withoutValue.length > 0 && (
        <p className="pipeline__hint">
          {i18n.t('pipeline.forecastWithoutValue', [fmt.count(forecast.withoutValue.length)])}
        </p>
      )}
      {forecast.withoutChance.length > 0 && (
        <p className="pipeline__hint">
          {i18n.t('pipeline.forecastWithoutChance', [fmt.count(forecast.withoutChance.length)])}
        </p>
      )}
    </>
  );
}
