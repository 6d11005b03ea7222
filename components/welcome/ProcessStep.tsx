import { useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';
import type { ImportPlan, ProcessBackup } from '../../lib/backup';
import type { AppDB } from '../../lib/db/schema';
import { NAMED_PROCESSES, type NamedProcess } from '../../lib/defaults';
import { isSideLoop } from '../../lib/funnel/projection';
import { funnelStages } from '../../lib/funnel/stages';
import { LOCALES } from '../../lib/intl/locale';
import type { Stage } from '../../lib/model';
import { fileProblemText } from '../problem-text';
import { ChoiceCard } from './ChoiceCard';
import { StepFrame, type StepProps } from './StepFrame';
import { planChanges, planProcess, processFile, readTeamProcess } from './setup-writes';

type Choice = NamedProcess['id'] | 'file';

interface TeamFile {
  name: string;
  file: ProcessBackup;
}

/** "Stages: 9 updated · Cadences: 1 added", the tables a plan changes. */
function planText(plan: ImportPlan | null, lang: StepProps['lang']): string {
  const one = (count: number) => new Intl.PluralRules(LOCALES[lang]).select(count) === 'one';
  const tables = [
    ['stages', i18n.t('welcome.process.tableStages')],
    ['cadences', i18n.t('welcome.process.tableCadences')],
    ['templates', i18n.t('welcome.process.tableTemplates')],
  ] as const;
  return tables
    .flatMap(([table, name]) => {
      const counts = plan?.tables[table];
      const parts = [
        counts?.add
          ? one(counts.add)
            ? i18n.t('welcome.process.planAddedOne', [String(counts.add)])
            : i18n.t('welcome.process.planAddedOther', [String(counts.add)])
          : null,
        counts?.update
          ? one(counts.update)
            ? i18n.t('welcome.process.planUpdatedOne', [String(counts.update)])
            : i18n.t('welcome.process.planUpdatedOther', [String(counts.update)])
          : null,
      ].filter((p) => p !== null);
      return parts.length > 0 ? [i18n.t('welcome.process.planTable', [name, parts.join(', ')])] : [];
    })
    .join(' · ');
}

/** The funnel's stages in order, as chips; the follow-up loop beside them, as the course draws it. */
function StageChips({ stages, lang }: { stages: readonly Stage[]; lang: StepProps['lang'] }) {
  const { steps } = funnelStages(stages);
  const loop = steps.find(isSideLoop);
  return (
    <span className="wl-stages">
      <ol className="wl-stage-chips" aria-label={i18n.t('welcome.process.stages')}>
        {steps
          .filter((stage) => !isSideLoop(stage))
          .map((stage) => (
            <li key={stage.id}>
              <span className="wl-stage-chip">{stage.name[lang]}</span>
            </li>
          ))}
      </ol>
      {loop && (
        <span className="wl-stage-chip wl-stage-chip--loop">
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
            <path
              d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5v2.5h-2.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          {loop.name[lang]}
        </span>
      )}
    </span>
  );
}

/** Where the rep's stages, cadences and templates start from: a named process or a team's file. */
export function ProcessStep({
  db,
  lang,
  now,
  writes,
  next,
  skip,
  back,
  focusTitle,
}: StepProps & { db: AppDB }) {
  const id = useId();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [team, setTeam] = useState<TeamFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);

  // Start on the process the rep has (the one that would change nothing), else the default.
  useEffect(() => {
    let live = true;
    void (async () => {
      for (const process of NAMED_PROCESSES) {
        const changes = planChanges(await planProcess(db, await processFile(db, process, now)));
        if (changes.added + changes.updated === 0) {
          if (live) setChoice((c) => c ?? process.id);
          return;
        }
      }
      if (live) setChoice((c) => c ?? 'b2b');
    })();
    return () => {
      live = false;
    };
  }, [db, now]);

  const fileFor = async (which: Choice | null): Promise<ProcessBackup | null> => {
    if (which === 'file') return team?.file ?? null;
    const process = NAMED_PROCESSES.find((p) => p.id === which);
    return process ? processFile(db, process, now) : null;
  };

  // What the choice would change, said before anything is written.
  useEffect(() => {
    let live = true;
    setPlan(null);
    const process = NAMED_PROCESSES.find((p) => p.id === choice);
    const file =
      choice === 'file'
        ? Promise.resolve(team?.file ?? null)
        : process
          ? processFile(db, process, now)
          : null;
    void Promise.resolve(file).then(async (f) => {
      const planned = f ? await planProcess(db, f) : null;
      if (live) setPlan(planned);
    });
    return () => {
      live = false;
    };
  }, [choice, team, db, now]);

  const changes = plan ? planChanges(plan) : null;
  return (
    <StepFrame
      step="process"
      title={i18n.t('welcome.process.title')}
      intro={i18n.t('welcome.process.intro')}
      focusTitle={focusTitle}
      onBack={back}
      onSkip={skip}
      onContinue={async () => {
        const file = await fileFor(choice);
        if (!file) return i18n.t('welcome.process.needFile');
        await writes.startFromProcess(file);
        next();
        return null;
      }}
    >
      <div className="wl-choices" role="radiogroup" aria-label={i18n.t('welcome.step.process')}>
        {NAMED_PROCESSES.map((process) => (
          <ChoiceCard
            key={process.id}
            name="process"
            value={process.id}
            checked={choice === process.id}
            onPick={() => setChoice(process.id)}
            title={process.name[lang]}
            testId={`process-${process.id}`}
          >
            <span className="wl-choice__text">{process.summary[lang]}</span>
            <StageChips stages={process.stages} lang={lang} />
          </ChoiceCard>
        ))}
        <ChoiceCard
          name="process"
          value="file"
          checked={choice === 'file'}
          onPick={() => setChoice('file')}
          title={i18n.t('welcome.process.file')}
          testId="process-file"
        >
          <span className="wl-choice__text">{i18n.t('welcome.process.fileSummary')}</span>
          {team && (
            <span className="wl-choice__text" data-testid="process-file-read">
              {i18n.t('welcome.process.fileRead', [
                team.name,
                String(team.file.data.stages.length),
                String(team.file.data.cadences.length),
                String(team.file.data.templates.length),
              ])}
            </span>
          )}
        </ChoiceCard>
      </div>
      {choice === 'file' && (
        <div className="wl-file">
          <label className="wl-button" htmlFor={`${id}-file`}>
            {i18n.t('welcome.process.chooseFile')}
          </label>
          <input
            id={`${id}-file`}
            className="rl-visually-hidden"
            type="file"
            accept=".json,application/json"
            data-testid="process-file-input"
            onChange={async (e) => {
              const picked = e.currentTarget.files?.[0];
              if (!picked) return;
              const read = readTeamProcess(await picked.text());
              if (read.ok) {
                setTeam({ name: picked.name, file: read.file });
                setFileProblem(null);
              } else {
                setTeam(null);
                setFileProblem(
                  i18n.t('welcome.process.fileRefused', [
                    read.problems[0] ? fileProblemText(read.problems[0]) : '',
                  ]),
                );
              }
            }}
          />
          {fileProblem && (
            <p className="rl-field__error" role="alert" data-testid="process-file-problem">
              {fileProblem}
            </p>
          )}
        </div>
      )}
      {changes && (
        <p className="wl-note" aria-live="polite" data-testid="process-plan">
          {changes.added + changes.updated === 0
            ? i18n.t('welcome.process.planNothing')
            : i18n.t('welcome.process.planChanges', [planText(plan, lang)])}
        </p>
      )}
    </StepFrame>
  );
}
