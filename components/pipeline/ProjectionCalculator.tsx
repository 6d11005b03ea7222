import { useId, useState } from 'react';
import { i18n } from '#i18n';
import {
  COURSE_TARGET,
  isSideLoop,
  OWN_TARGET,
  project,
  type ShareSource,
  type StepShare,
} from '../../lib/funnel';
import { formatNumber, parseNumber } from '../../lib/intl/numbers';
import type { EpochMs, Id, Lang, Stage } from '../../lib/model';
import type { Formatters } from './format';

interface ProjectionCalculatorProps {
  stages: readonly Stage[];
  /** The prefilled shares (measured, target or the course's), one per funnel step. */
  shares: readonly StepShare[];
  now: EpochMs;
  timeZone: string;
  fmt: Formatters;
}

/** A number typed in the rep's language ("12,5", "1 000"); NaN for anything else, an empty field included. */
const typedNumber = (text: string, lang: Lang) => parseNumber(text, lang) ?? Number.NaN;

/** A share as the field shows it, in percent in the rep's language without float noise (0.0025 → "0.25"). */
const percentText = (share: number | null, lang: Lang) =>
  share === null
    ? ''
    : formatNumber(Number((share * 100).toPrecision(10)), lang, { maximumFractionDigits: 6 });

function sourceLabel(source: ShareSource | null): string {
  switch (source) {
    case 'measured':
      return i18n.t('pipeline.sourceMeasured');
    case 'target':
      return i18n.t('pipeline.sourceTarget');
    case 'course':
      return i18n.t('pipeline.sourceCourse');
    case null:
      return i18n.t('pipeline.sourceNone');
  }
}

/** Monthly target, team size and shares in; the people to reach and meet at each stage out, as you type. */
export function ProjectionCalculator({ stages, shares, now, timeZone, fmt }: ProjectionCalculatorProps) {
  const id = useId();
  const { lang } = fmt;
  // A rep's own target starts with the rep alone; the course's team is one click away.
  const [salesPerRep, setSalesPerRep] = useState(String(OWN_TARGET.salesPerRep));
  const [teamSize, setTeamSize] = useState(String(OWN_TARGET.teamSize));
  // Only what the rep typed; the rest follows the prefill, which changes as the data does.
  const [typed, setTyped] = useState<Record<Id, string>>({});
  const textOf = (share: StepShare) => typed[share.stageId] ?? percentText(share.share, lang);
  const isLoop = (stageId: Id) => {
    const stage = stages.find((s) => s.id === stageId);
    return stage !== undefined && isSideLoop(stage);
  };
  // An empty loop share means no loop (it is optional); an empty step share is missing.
  const shareValue = (share: StepShare) => {
    const text = textOf(share);
    return isLoop(share.stageId) && text.trim() === '' ? null : typedNumber(text, lang) / 100;
  };

  const result = project({
    salesPerRep: typedNumber(salesPerRep, lang),
    teamSize: typedNumber(teamSize, lang),
    stages,
    shares: Object.fromEntries(shares.map((s) => [s.stageId, shareValue(s)])),
    now,
    timeZone,
  });
  const nameOf = (stageId: Id) => stages.find((s) => s.id === stageId)?.name[lang] ?? stageId;
  const isCourseTarget =
    typedNumber(salesPerRep, lang) === COURSE_TARGET.salesPerRep &&
    typedNumber(teamSize, lang) === COURSE_TARGET.teamSize;

  return (
    <form
      className="pipeline-projection"
      data-testid="pipeline-projection"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="pipeline-projection__target">
        <label htmlFor={`${id}-sales`}>{i18n.t('pipeline.salesPerRep')}</label>
        <input
          id={`${id}-sales`}
          name="salesPerRep"
          inputMode="decimal"
          value={salesPerRep}
          onChange={(e) => setSalesPerRep(e.target.value)}
        />
        <label htmlFor={`${id}-team`}>{i18n.t('pipeline.teamSize')}</label>
        <input
          id={`${id}-team`}
          name="teamSize"
          inputMode="numeric"
          value={teamSize}
          onChange={(e) => setTeamSize(e.target.value)}
        />
        {!isCourseTarget && (
          <button
            type="button"
            data-testid="projection-course"
            onClick={() => {
              setSalesPerRep(String(COURSE_TARGET.salesPerRep));
              setTeamSize(String(COURSE_TARGET.teamSize));
            }}
          >
            {i18n.t('pipeline.courseTarget', [
              String(COURSE_TARGET.teamSize),
              String(COURSE_TARGET.salesPerRep),
            ])}
          </button>
        )}
      </div>
      <fieldset className="pipeline-projection__shares">
        <legend>{i18n.t('pipeline.shares')}</legend>
        {shares.map((share, rank) => (
          <div key={share.stageId} className="pipeline-projection__share">
            <label htmlFor={`${id}-share-${share.stageId}`}>
              {rank === 0
                ? i18n.t('pipeline.shareFirst', [nameOf(share.stageId)])
                : isLoop(share.stageId)
                  ? i18n.t('pipeline.shareLoop', [nameOf(share.stageId)])
                  : i18n.t('pipeline.shareOther', [nameOf(share.stageId)])}
            </label>
            <input
              id={`${id}-share-${share.stageId}`}
              name={`share-${share.stageId}`}
              inputMode="decimal"
              value={textOf(share)}
              aria-describedby={`${id}-source-${share.stageId}`}
              onChange={(e) => setTyped({ ...typed, [share.stageId]: e.target.value })}
            />
            <span id={`${id}-source-${share.stageId}`} className="pipeline__source">
              {share.stageId in typed ? i18n.t('pipeline.sourceTyped') : sourceLabel(share.source)}
            </span>
          </div>
        ))}
        {Object.keys(typed).length > 0 && (
          <button type="button" onClick={() => setTyped({})}>
            {i18n.t('pipeline.resetShares')}
          </button>
        )}
      </fieldset>
      <output
        className="pipeline-projection__result"
        aria-live="polite"
        data-testid="pipeline-projection-result"
      >
        {result.ok ? (
          <>
            <p>
              <strong data-testid="projection-people-month">
                {i18n.t('pipeline.resultPerMonth', [
                  fmt.count(result.peopleReachedPerMonth),
                  fmt.count(result.peopleReachedPerRep),
                ])}
              </strong>
            </p>
            <p>
              {i18n.t('pipeline.resultPerSale', [
                fmt.count(result.peopleReachedPerSale),
                fmt.count(result.leadsPerSale),
                fmt.count(result.salesPerMonth),
              ])}
            </p>
            <table className="pipeline-table">
              <caption>{i18n.t('pipeline.projectionCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('pipeline.colStage')}</th>
                  <th scope="col">{i18n.t('pipeline.colPerMonth')}</th>
                  <th scope="col">{i18n.t('pipeline.colPerRep')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{i18n.t('pipeline.peopleReached')}</th>
                  <td>{fmt.count(result.peopleReachedPerMonth)}</td>
                  <td>{fmt.count(result.peopleReachedPerRep)}</td>
                </tr>
                {result.rows.map((row) => (
                  <tr key={row.stage.id} data-stage={row.stage.id}>
                    <th scope="row">{row.stage.name[fmt.lang]}</th>
                    <td>{fmt.count(row.perMonth)}</td>
                    <td>{fmt.count(row.perRep)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {result.loop && (
              <p data-testid="projection-loop" className="pipeline-projection__loop">
                {i18n.t('pipeline.loop', [
                  result.loop.stage.name[lang],
                  fmt.count(result.loop.followedUpPerMonth),
                  fmt.percent(result.loop.share),
                  fmt.count(result.loop.comeBackPerMonth),
                  fmt.count(result.loop.comeBackPerRep),
                ])}
              </p>
            )}
            <p>{i18n.t('pipeline.cycle', [fmt.span(result.cycle), fmt.count(result.cycleDays)])}</p>
          </>
        ) : (
          <p role="alert" className="pipeline__problem">
            {result.problem === 'missing-shares'
              ? i18n.t('pipeline.problemShares', [result.stageIds.map(nameOf).join(', ')])
              : result.problem === 'invalid-target'
                ? i18n.t('pipeline.problemTarget')
                : i18n.t('pipeline.problemNoWon')}
          </p>
        )}
      </output>
    </form>
  );
}
