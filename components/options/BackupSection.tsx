// Backup and restore, "Share my process", and the CSV / .ics exports. An import: the mode first
// (merge by default), then the file; the whole file is read and checked, its plan shown in the rep's
// words, and nothing is written before the rep confirms (then in one transaction, lib/services).
// Every refusal is a sentence in the rep's language (components/problem-text.ts).
import { type ChangeEvent, useState } from 'react';
import { i18n } from '#i18n';
import {
  type BackupTable,
  backupFileName,
  backupToJson,
  exportBackup,
  exportProcess,
  type FullBackup,
  type ImportMode,
  type ImportPlan,
  MAX_FILE_CHARS,
  type Problem,
  type ProcessBackup,
  planImport,
  readBackup,
  readProcess,
} from '../../lib/backup';
import { resolveTimeZone } from '../../lib/cadence';
import { getSettings } from '../../lib/db/settings';
import { dealsCalendar, dealsToCsv, followUpsToCsv } from '../../lib/export';
import { isPending } from '../../lib/model';
import { importBackup } from '../../lib/services/backup';
import { fileProblemText, problemText } from '../problem-text';
import { Group } from './SettingsSection';
import { db, downloadText, errorText, notifyBackground, uiLang } from './use-options';

type Pending = { file: FullBackup | ProcessBackup; plan: ImportPlan };
type Outcome =
  | { kind: 'none' }
  | { kind: 'done' }
  | { kind: 'refused'; problems: Problem[] }
  | { kind: 'failed'; text: string };

function tableLabel(table: BackupTable): string {
  switch (table) {
    case 'stages':
      return i18n.t('options.backup.table.stages');
    case 'cadences':
      return i18n.t('options.backup.table.cadences');
    case 'templates':
      return i18n.t('options.backup.table.templates');
    case 'deals':
      return i18n.t('options.backup.table.deals');
    case 'followUps':
      return i18n.t('options.backup.table.followUps');
    case 'events':
      return i18n.t('options.backup.table.events');
    case 'settings':
      return i18n.t('options.backup.table.settings');
    case 'meta':
      return i18n.t('options.backup.table.meta');
  }
}

/** "Deals: 1 added, 2 updated" — only what changes, else "unchanged". */
function planRow(table: BackupTable, c: NonNullable<ImportPlan['tables'][BackupTable]>): string {
  const parts = [
    c.add > 0 && i18n.t('options.backup.planAdd', [String(c.add)]),
    c.update > 0 && i18n.t('options.backup.planUpdate', [String(c.update)]),
    c.remove > 0 && i18n.t('options.backup.planRemove', [String(c.remove)]),
    c.unchanged > 0 && i18n.t('options.backup.planUnchanged', [String(c.unchanged)]),
  ].filter((part): part is string => typeof part === 'string');
  return `${tableLabel(table)}: ${parts.join(', ') || i18n.t('options.backup.planNothing')}`;
}

export function BackupSection() {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [pending, setPending] = useState<Pending | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  async function pick(event: ChangeEvent<HTMLInputElement>, kind: 'backup' | 'process') {
    const input = event.currentTarget;
    const picked = input.files?.[0];
    input.value = '';
    setPending(null);
    if (!picked) return;
    if (picked.size > MAX_FILE_CHARS * 4) {
      setOutcome({
        kind: 'refused',
        problems: [
          {
            path: picked.name,
            message: 'too large',
            key: 'fileTooLarge',
            params: { mb: MAX_FILE_CHARS / 1024 / 1024 },
          },
        ],
      });
      return;
    }
    const read = kind === 'backup' ? readBackup(await picked.text()) : readProcess(await picked.text());
    if (!read.ok) {
      setOutcome({ kind: 'refused', problems: read.problems });
      return;
    }
    await showPlan(read.file, mode);
  }

  async function showPlan(file: FullBackup | ProcessBackup, importMode: ImportMode) {
    try {
      const plan = await planImport(db, file, importMode);
      if (plan.problems.length > 0) {
        setOutcome({ kind: 'refused', problems: plan.problems });
        return;
      }
      setOutcome({ kind: 'none' });
      setPending({ file, plan });
    } catch (error) {
      setOutcome({ kind: 'failed', text: errorText(error) });
    }
  }

  async function confirm() {
    if (!pending) return;
    const imported = await importBackup(db, { file: pending.file, mode: pending.plan.mode }, Date.now());
    if (imported.ok) {
      await notifyBackground().catch((error: unknown) => console.warn('[relance] settingsChanged', error));
      setOutcome({ kind: 'done' });
    } else if (imported.error.problems) {
      setOutcome({ kind: 'refused', problems: imported.error.problems });
    } else {
      setOutcome({ kind: 'failed', text: problemText(imported.error) });
    }
    setPending(null);
  }

  async function exportAll(kind: 'backup' | 'process') {
    const file = kind === 'backup' ? await exportBackup(db, Date.now()) : await exportProcess(db, Date.now());
    downloadText(backupFileName(file), backupToJson(file), 'application/json');
  }

  async function exportCsv(what: 'deals' | 'followUps') {
    const settings = await getSettings(db);
    const options = { lang: uiLang(settings), timeZone: resolveTimeZone(settings) };
    const [deals, stages] = await Promise.all([db.deals.toArray(), db.stages.toArray()]);
    const day = new Date().toISOString().slice(0, 10);
    if (what === 'deals') {
      downloadText(`relance-deals-${day}.csv`, dealsToCsv(deals, stages, options), 'text/csv;charset=utf-8');
    } else {
      const followUps = await db.followUps.toArray();
      downloadText(
        `relance-follow-ups-${day}.csv`,
        followUpsToCsv(followUps, deals, options),
        'text/csv;charset=utf-8',
      );
    }
  }

  async function exportCalendar() {
    const [deals, followUps] = await Promise.all([db.deals.toArray(), db.followUps.toArray()]);
    const items = deals
      .filter((d) => d.status === 'active' || d.status === 'paused')
      .map((deal) => ({
        deal,
        followUps: followUps.filter((f) => f.dealId === deal.id && isPending(f)),
      }));
    downloadText('relance.ics', dealsCalendar(items, Date.now()), 'text/calendar;charset=utf-8');
  }

  const picker = (kind: 'backup' | 'process') => (
    <label className="op-file">
      <input
        type="file"
        accept=".json,application/json"
        data-testid={`import-${kind}`}
        onChange={(e) => void pick(e, kind)}
      />
      <span>
        {kind === 'backup' ? i18n.t('options.backup.importAll') : i18n.t('options.backup.importProcess')}
      </span>
    </label>
  );

  return (
    <div className="stack">
      <Group id="backup" title={i18n.t('options.backup.title')} hint={i18n.t('options.backup.hint')}>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => void exportAll('backup')}
            data-testid="export-backup"
          >
            {i18n.t('options.backup.exportAll')}
          </button>
        </div>
      </Group>
      <Group
        id="import"
        title={i18n.t('options.backup.importTitle')}
        hint={i18n.t('options.backup.importHint')}
      >
        <fieldset className="op-days" data-testid="import-mode">
          <legend>{i18n.t('options.backup.mode')}</legend>
          <div className="op-modes">
            {(['merge', 'replace'] as const).map((m) => (
              <label key={m} className="op-mode">
                <input
                  type="radio"
                  name="import-mode"
                  value={m}
                  checked={mode === m}
                  data-testid={`import-mode-${m}`}
                  onChange={() => {
                    setMode(m);
                    if (pending) void showPlan(pending.file, m);
                  }}
                />
                <span>
                  <strong>
                    {m === 'merge'
                      ? i18n.t('options.backup.modeMerge')
                      : i18n.t('options.backup.modeReplace')}
                  </strong>
                  <span className="muted">
                    {m === 'merge'
                      ? i18n.t('options.backup.modeMergeHint')
                      : i18n.t('options.backup.modeReplaceHint')}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="actions">
          {picker('backup')}
          {picker('process')}
        </div>
        {pending && (
          <section className="plan" aria-labelledby="plan-title" data-testid="import-plan">
            <h3 id="plan-title">{i18n.t('options.backup.plan')}</h3>
            <ul>
              {(
                Object.entries(pending.plan.tables) as [
                  BackupTable,
                  NonNullable<ImportPlan['tables'][BackupTable]>,
                ][]
              )
                .filter(([table]) => table !== 'meta')
                .map(([table, c]) => (
                  <li key={table}>{planRow(table, c)}</li>
                ))}
            </ul>
            <div className="actions">
              <button
                type="button"
                className="primary"
                onClick={() => void confirm()}
                data-testid="import-confirm"
              >
                {i18n.t('options.backup.confirm')}
              </button>
              <button type="button" onClick={() => setPending(null)}>
                {i18n.t('options.cancel')}
              </button>
            </div>
          </section>
        )}
        {outcome.kind === 'done' && (
          <p className="status status--saved" role="status" data-testid="import-done">
            {i18n.t('options.backup.done')}
          </p>
        )}
        {outcome.kind === 'failed' && (
          <p className="status status--error" role="alert" data-testid="import-error">
            {i18n.t('options.backup.failed', [outcome.text])}
          </p>
        )}
        {outcome.kind === 'refused' && (
          <div className="status status--error" role="alert" data-testid="import-error">
            <p>{i18n.t('options.backup.refused')}</p>
            <ul>
              {outcome.problems.map((p) => (
                <li key={`${p.path}:${p.message}`}>
                  {fileProblemText(p)} <code className="muted">{p.path}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Group>
      <Group
        id="process"
        title={i18n.t('options.backup.processTitle')}
        hint={i18n.t('options.backup.processHint')}
      >
        <div className="actions">
          <button type="button" onClick={() => void exportAll('process')} data-testid="export-process">
            {i18n.t('options.backup.exportProcess')}
          </button>
        </div>
      </Group>
      <Group
        id="exports"
        title={i18n.t('options.backup.exportsTitle')}
        hint={i18n.t('options.backup.exportsHint')}
      >
        <div className="actions">
          <button type="button" onClick={() => void exportCsv('deals')} data-testid="export-deals-csv">
            {i18n.t('options.backup.dealsCsv')}
          </button>
          <button
            type="button"
            onClick={() => void exportCsv('followUps')}
            data-testid="export-follow-ups-csv"
          >
            {i18n.t('options.backup.followUpsCsv')}
          </button>
          <button type="button" onClick={() => void exportCalendar()} data-testid="export-ics">
            {i18n.t('options.backup.calendar')}
          </button>
        </div>
      </Group>
    </div>
  );
}
