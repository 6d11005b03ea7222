import { i18n } from '#i18n';
import type { FunnelBar } from '../../lib/funnel';
import { isSideLoop } from '../../lib/funnel/projection';
import type { Stage } from '../../lib/model';
import type { Formatters } from './format';

interface FunnelChartProps {
  bars: readonly FunnelBar[];
  stages: readonly Stage[];
  fmt: Formatters;
}

/** Bars narrowing stage by stage, centred like a funnel; the figures are text, the bars decoration. */
export function FunnelChart({ bars, stages, fmt }: FunnelChartProps) {
  if (bars.every((bar) => bar.reached === 0)) {
    return <p className="pipeline__empty">{i18n.t('pipeline.funnelEmpty')}</p>;
  }
  return (
    <ol className="pipeline-funnel" data-testid="pipeline-funnel">
      {bars
        .filter((bar) => !isSideLoop({ id: bar.stageId }))
        .map((bar) => {
          const name = stages.find((s) => s.id === bar.stageId)?.name[fmt.lang] ?? bar.stageId;
          return (
            <li key={bar.stageId} className="pipeline-funnel__step" data-stage={bar.stageId}>
              <span className="pipeline-funnel__name">{name}</span>
              <span className="pipeline-funnel__track" aria-hidden="true">
                <span
                  className="pipeline-funnel__bar"
                  style={{ width: `${Math.max(bar.width * 100, bar.reached > 0 ? 1 : 0)}%` }}
                />
              </span>
              <span className="pipeline-funnel__figures">
                {i18n.t('pipeline.funnelFigures', [fmt.count(bar.reached), fmt.percent(bar.shareOfFirst)])}
                {bar.conversionToNext !== null && ' '}
                {bar.conversionToNext !== null && (
                  <span className="pipeline-funnel__next">
                    {i18n.t('pipeline.toNext', [fmt.percent(bar.conversionToNext)])}
                  </span>
                )}
              </span>
            </li>
          );
        })}
    </ol>
  );
}
