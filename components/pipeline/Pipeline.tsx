// The Pipeline page: the funnel, its table, the forecast, the projection calculator and the reply
// rates by follow-up number. Pure rendering of the records it is given — no database here — so the
// options page mounts it with its own useLiveQuery results (render a loading state until they come).
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { useId, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { resolveTimeZone } from '../../lib/cadence';
import { DEFAULT_QUERY, toSearch } from '../../lib/deals/view';
import {
  type FunnelCsvColumn,
  funnelCsv,
  PERIOD_CHOICES,
  type PeriodChoice,
  pipelineView,
} from '../../lib/funnel';
import type { FunnelDrill } from '../../lib/funnel/funnel';
import { chosenLanguage } from '../../lib/i18n-language';
import type { Cadence, Deal, DealEvent, EpochMs, FollowUp, Id, Settings, Stage } from '../../lib/model';
import { ForecastTable } from './ForecastTable';
import { FunnelChart } from './FunnelChart';
import { DrillLink, FunnelTable } from './FunnelTable';
import { formatters } from './format';
import { ProjectionCalculator } from './ProjectionCalculator';
import { ReplyRates } from './ReplyRates';
import './pipeline.css';

export interface PipelineProps {
  deals: readonly Deal[];
  events: readonly DealEvent[];
  followUps: readonly FollowUp[];
  stages: readonly Stage[];
  settings: Settings;
  /** The instant the figures are computed at (overdue, open stays, the forecast's start). */
  now: EpochMs;
  /** The cadences to filter by (their names); without them the cadence filter is not shown. */
  cadences?: readonly Cadence[];
}

function periodLabel(choice: PeriodChoice): string {
  switch (choice) {
    case 'all':
      return i18n.t('pipeline.periodAll');
    case 'thisMonth':
      return i18n.t('pipeline.periodThisMonth');
    case 'lastMonth':
      return i18n.t('pipeline.periodLastMonth');
    case 'last3Months':
      return i18n.t('pipeline.periodLast3Months');
    case 'thisYear':
      return i18n.t('pipeline.periodThisYear');
  }
}

function csvHeaders(): Record<FunnelCsvColumn, string> {
  return {
    stage: i18n.t('pipeline.colStage'),
    reached: i18n.t('pipeline.colReached'),
    shareOfFirst: i18n.t('pipeline.csvShare'),
    advanced: i18n.t('pipeline.colAdvanced'),
    conversionToNext: i18n.t('pipeline.csvConversion'),
    lostHere: i18n.t('pipeline.colLost'),
    current: i18n.t('pipeline.colCurrent'),
    targetShare: i18n.t('pipeline.csvTarget'),
    medianDays: i18n.t('pipeline.csvMedianDays'),
    stays: i18n.t('pipeline.csvStays'),
  };
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function Pipeline({ deals, events, followUps, stages, settings, now, cadences }: PipelineProps) {
  const id = useId();
  const [period, setPeriod] = useState<PeriodChoice>('all');
  const [cadenceId, setCadenceId] = useState<Id | null>(null);
  const lang = chosenLanguage(settings.language);
  const fmt = useMemo(() => formatters(lang), [lang]);
  const timeZone = resolveTimeZone(settings);
  const view = useMemo(
    () => pipelineView({ deals, events, followUps, stages, now, timeZone, period, cadenceId }),
    [deals, events, followUps, stages, now, timeZone, period, cadenceId],
  );
  const { stats } = view;
  // Each number opens the deals page on exactly its deals (the same period and cadence).
  const drillHref = (drill: FunnelDrill) =>
    `/deals.html${toSearch({ ...DEFAULT_QUERY, drill: { ...drill, period: view.period, cadenceId } })}`;
  // The calculator's steps are the funnel's (open stages, then won), in order.
  const funnelSteps = stats.rows.map((row) => row.stage);

  const exportCsv = () => {
    const text = funnelCsv(stats.rows, {
      headers: csvHeaders(),
      stageName: (stage) => stage.name[lang],
      ...(lang === 'fr' ? { delimiter: ';', decimalSeparator: ',' as const } : {}),
    });
    download(text, `relance-funnel-${format(now, 'yyyy-MM-dd', { in: tz(timeZone) })}.csv`);
  };

  return (
    <article className="pipeline" data-testid="pipeline" aria-labelledby={`${id}-title`}>
      <header className="pipeline__header">
        <h1 id={`${id}-title`}>{i18n.t('pipeline.title')}</h1>
        <p className="pipeline__hint">{i18n.t('pipeline.intro')}</p>
        <p className="pipeline__scope">
          {i18n.t('pipeline.scope', [
            periodLabel(period),
            cadences?.find((c) => c.id === cadenceId)?.name[lang] ?? i18n.t('pipeline.cadenceAll'),
            format(now, 'yyyy-MM-dd HH:mm', { in: tz(timeZone) }),
          ])}
        </p>
        <div className="pipeline__controls">
          <label htmlFor={`${id}-period`}>{i18n.t('pipeline.period')}</label>
          <select
            id={`${id}-period`}
            value={period}
            onChange={(e) => setPeriod(e.target.value as PeriodChoice)}
            data-testid="pipeline-period"
          >
            {PERIOD_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {periodLabel(choice)}
              </option>
            ))}
          </select>
          {cadences && cadences.length > 0 && (
            <>
              <label htmlFor={`${id}-cadence`}>{i18n.t('pipeline.cadence')}</label>
              <select
                id={`${id}-cadence`}
                value={cadenceId ?? ''}
                onChange={(e) => setCadenceId(e.target.value === '' ? null : e.target.value)}
                data-testid="pipeline-cadence"
              >
                <option value="">{i18n.t('pipeline.cadenceAll')}</option>
                {cadences.map((cadence) => (
                  <option key={cadence.id} value={cadence.id}>
                    {cadence.name[lang]}
                  </option>
                ))}
              </select>
            </>
          )}
          <button type="button" onClick={exportCsv} data-testid="pipeline-export">
            {i18n.t('pipeline.exportCsv')}
          </button>
          <button type="button" onClick={() => window.print()}>
            {i18n.t('pipeline.print')}
          </button>
        </div>
      </header>

      <section className="pipeline__section" aria-labelledby={`${id}-summary`}>
        <h2 id={`${id}-summary`}>{i18n.t('pipeline.summaryTitle')}</h2>
        <dl className="pipeline-summary" data-testid="pipeline-summary">
          <div>
            <dt>{i18n.t('pipeline.deals')}</dt>
            <dd>{fmt.count(stats.dealCount)}</dd>
          </div>
          <div>
            <dt>{i18n.t('pipeline.won')}</dt>
            <dd>{fmt.count(stats.won)}</dd>
          </div>
          <div>
            <dt>{i18n.t('pipeline.lost')}</dt>
            <dd>{fmt.count(stats.lost)}</dd>
          </div>
          <div>
            <dt>{i18n.t('pipeline.overall')}</dt>
            <dd>{fmt.percent(stats.overallConversion)}</dd>
          </div>
          <div>
            <dt>{i18n.t('pipeline.withoutNextStep')}</dt>
            <dd>
              <DrillLink href={drillHref({ kind: 'no-next-step' })} testId="drill-no-next-step">
                {fmt.count(stats.withoutNextStep.length)}
              </DrillLink>
            </dd>
          </div>
          <div>
            <dt>{i18n.t('pipeline.overdue')}</dt>
            <dd>
              <DrillLink href={drillHref({ kind: 'overdue' })} testId="drill-overdue">
                {fmt.count(stats.overdueFollowUps.length)}
              </DrillLink>
            </dd>
          </div>
        </dl>
      </section>

      <section className="pipeline__section" aria-labelledby={`${id}-funnel`}>
        <h2 id={`${id}-funnel`}>{i18n.t('pipeline.funnelTitle')}</h2>
        <p className="pipeline__hint">{i18n.t('pipeline.funnelHint')}</p>
        <FunnelChart bars={view.bars} stages={stages} fmt={fmt} />
        <FunnelTable rows={stats.rows} fmt={fmt} drillHref={drillHref} />
      </section>

      <div className="pipeline__columns">
        <section className="pipeline__section" aria-labelledby={`${id}-forecast`}>
          <h2 id={`${id}-forecast`}>{i18n.t('pipeline.forecastTitle')}</h2>
          <p className="pipeline__hint">{i18n.t('pipeline.forecastHint')}</p>
          <ForecastTable forecast={view.forecast} fmt={fmt} />
        </section>

        <section className="pipeline__section" aria-labelledby={`${id}-projection`}>
          <h2 id={`${id}-projection`}>{i18n.t('pipeline.projectionTitle')}</h2>
          <p className="pipeline__hint">{i18n.t('pipeline.projectionHint')}</p>
          <ProjectionCalculator
            stages={funnelSteps}
            shares={view.shares}
            now={now}
            timeZone={timeZone}
            fmt={fmt}
          />
        </section>
      </div>

      <section className="pipeline__section" aria-labelledby={`${id}-replies`}>
        <h2 id={`${id}-replies`}>{i18n.t('pipeline.repliesTitle')}</h2>
        <p className="pipeline__hint">{i18n.t('pipeline.repliesHint')}</p>
        <ReplyRates rates={stats.replyRates} fmt={fmt} />
      </section>
    </article>
  );
}
