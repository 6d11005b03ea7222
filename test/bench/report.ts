// The bench's report: one markdown document (printed, and written to .output/bench/results.md) and
// the figures issue 23 names as numbers (.output/bench/results.json).

import type { NavigationRun } from './panel';
import type { ScaleRun } from './scale';
import type { FileSize } from './sizes';
import { CONTENT_SCRIPT_GZIP_BUDGET, POPUP_JS_GZIP_BUDGET } from './sizes';

/** Nearest rank; NaN for no finite value. */
export function quantile(values: number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
export const median = (values: number[]) => quantile(values, 0.5);
export const fmtMs = (ms: number) =>
  Number.isFinite(ms) ? `${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms` : 'n/a';
export const fmtKB = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
export const fmtMB = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
export const fmtInt = (n: number) => n.toLocaleString('en-US');

export function table(header: string[], rows: (string | number)[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

export function sizesSection(
  sizes: FileSize[],
  popup: { gzip: number; raw: number; files: string[] },
): string {
  return [
    `### Injected into the webmail (gzip -9; budget ${fmtKB(CONTENT_SCRIPT_GZIP_BUDGET)} = ${fmtInt(CONTENT_SCRIPT_GZIP_BUDGET)} B per content script; panel-details.js only when the rep opens the details, once per page)\n`,
    table(
      ['file', 'raw', 'gzip -9', 'budget'],
      sizes.map((s) => [
        s.file,
        `${fmtKB(s.raw)} (${fmtInt(s.raw)} B)`,
        `${fmtKB(s.gzip)} (${fmtInt(s.gzip)} B)`,
        s.over === null
          ? '—'
          : s.over
            ? `**OVER** by ${fmtInt(s.gzip - CONTENT_SCRIPT_GZIP_BUDGET)} B`
            : `OK (${fmtInt(CONTENT_SCRIPT_GZIP_BUDGET - s.gzip)} B left)`,
      ]),
    ),
    `\nJavaScript popup.html loads (its scripts, modulepreloads and their imports, ${popup.files.length} files): ${fmtKB(popup.raw)} raw, **${fmtKB(popup.gzip)} (${fmtInt(popup.gzip)} B) gzip -9** — budget ${fmtInt(POPUP_JS_GZIP_BUDGET)} B: ${popup.gzip > POPUP_JS_GZIP_BUDGET ? `**OVER** by ${fmtInt(popup.gzip - POPUP_JS_GZIP_BUDGET)} B` : `OK (${fmtInt(POPUP_JS_GZIP_BUDGET - popup.gzip)} B left)`}.`,
  ].join('\n');
}

export function panelSection(
  runs: Map<string, { with: NavigationRun; without: NavigationRun }>,
  navigations: number,
  warmUp: number,
  settleMs: number,
): string {
  const rows = [...runs];
  return [
    `### Thread panel: ${navigations} in-place navigations between fixture threads per webmail (after ${warmUp} warm-up)\n`,
    table(
      ['webmail', 'panel ready after the thread appears: median', 'p95', 'min–max', 'ready & visible'],
      rows.map(([name, { with: run }]) => {
        const ok = run.panelMs.filter(Number.isFinite);
        return [
          name,
          fmtMs(median(run.panelMs)),
          fmtMs(quantile(run.panelMs, 0.95)),
          `${fmtMs(Math.min(...ok))}–${fmtMs(Math.max(...ok))}`,
          `${run.visible}/${run.panelMs.length}`,
        ];
      }),
    ),
    `\nMain-thread time of those navigations (CDP Performance.getMetrics deltas; each navigation swaps the body, then waits for the panel — with the extension — and ${settleMs} ms in both browsers). TaskDuration is wall time of each task, so CPU contention on a small machine swings the ratio from run to run; ScriptDuration is the steadier figure:\n`,
    table(
      [
        'webmail',
        'task time without',
        'task time with',
        'ratio',
        'extra per navigation',
        'extra script per navigation',
        'script without → with',
        'layout+style without → with',
      ],
      rows.map(([name, r]) => [
        name,
        fmtMs(r.without.taskS * 1000),
        fmtMs(r.with.taskS * 1000),
        `×${(r.with.taskS / r.without.taskS).toFixed(2)}`,
        fmtMs(((r.with.taskS - r.without.taskS) * 1000) / navigations),
        fmtMs(((r.with.scriptS - r.without.scriptS) * 1000) / navigations),
        `${fmtMs(r.without.scriptS * 1000)} → ${fmtMs(r.with.scriptS * 1000)}`,
        `${fmtMs((r.without.layoutS + r.without.styleS) * 1000)} → ${fmtMs((r.with.layoutS + r.with.styleS) * 1000)}`,
      ]),
    ),
    '\nJS heap of the page (CDP HeapProfiler.collectGarbage ×2, then Runtime.getHeapUsage; the content script lives in an isolated world of the same V8 isolate, which the protocol does not report apart, so its cost is the difference):\n',
    table(
      [
        'webmail',
        'after load: without → with',
        'difference',
        `after ${navigations + warmUp} navigations: without → with`,
        'difference',
      ],
      rows.map(([name, r]) => [
        name,
        `${fmtMB(r.without.heapAfterLoad)} → ${fmtMB(r.with.heapAfterLoad)}`,
        fmtMB(r.with.heapAfterLoad - r.without.heapAfterLoad),
        `${fmtMB(r.without.heapAfterNavigations)} → ${fmtMB(r.with.heapAfterNavigations)}`,
        fmtMB(r.with.heapAfterNavigations - r.without.heapAfterNavigations),
      ]),
    ),
  ].join('\n');
}

export function scaleSection(
  runs: ScaleRun[],
  popupRuns: number,
  queryRuns: number,
  tripRuns: number,
): string {
  const q = (s: ScaleRun, name: string) => s.queries[name] ?? { ms: Number.NaN, answer: 0 };
  const c = (s: ScaleRun) => s.counts.byStatus;
  return [
    `### Scale: a seeded pipeline (${runs.map((s) => `${fmtInt(s.counts.deals)} deals / ${fmtInt(s.counts.followUps)} follow-ups`).join(', then ')})\n`,
    table(
      ['', ...runs.map((s) => `${fmtInt(s.counts.deals)} deals, ${fmtInt(s.counts.followUps)} follow-ups`)],
      [
        [
          'follow-ups due (overdue) / paused / done / skipped / cancelled',
          ...runs.map(
            (s) =>
              `${fmtInt(c(s).due)} (${fmtInt(s.counts.overdue)}) / ${fmtInt(c(s).paused)} / ${fmtInt(c(s).done)} / ${fmtInt(c(s).skipped)} / ${fmtInt(c(s).cancelled)}`,
          ),
        ],
        [
          'seeding: deals lived through the use cases of lib/services (in memory; events included), once',
          ...runs.map((s) => `${fmtInt(s.lived)} deals: ${s.seedS.toFixed(1)} s`),
        ],
        [
          "copies of them written into the extension's database (new ids, instants 1 h apart; one transaction)",
          ...runs.map((s) => `${fmtInt(s.copies)} copies: ${s.restoreS.toFixed(1)} s`),
        ],
        [
          `popup: first due row, from navigation start (median of ${popupRuns} fresh tabs, after 1 uncounted)`,
          ...runs.map(
            (s) => `${fmtMs(median(s.popupMs))} (${s.popupMs.map((ms) => ms.toFixed(0)).join(', ')})`,
          ),
        ],
        [
          `popup's floor: the same measure for an extension page of one module script appending the row (median of ${popupRuns}, between the popup's)`,
          ...runs.map(
            (s) => `${fmtMs(median(s.floorMs))} (${s.floorMs.map((ms) => ms.toFixed(0)).join(', ')})`,
          ),
        ],
        [
          'popup: its code and data above the floor (first due row − floor; medians)',
          ...runs.map((s) => fmtMs(median(s.popupMs) - median(s.floorMs))),
        ],
        [
          'popup: DOMContentLoaded / first render of #root (the code alone; medians)',
          ...runs.map((s) => `${fmtMs(median(s.domContentLoadedMs))} / ${fmtMs(median(s.shellMs))}`),
        ],
        [
          `deals page: first rows, from navigation start (median of ${popupRuns} fresh tabs, after 1 uncounted)`,
          ...runs.map(
            (s) =>
              `${fmtMs(median(s.dealsFirstRowsMs))} (${s.dealsFirstRowsMs.map((ms) => ms.toFixed(0)).join(', ')})`,
          ),
        ],
        [
          'deals page: a search keystroke until the rows change (median of the keystrokes typed, then erased)',
          ...runs.map(
            (s) =>
              `${fmtMs(median(s.dealsSearchMs))} (${s.dealsSearchMs.map((ms) => ms.toFixed(0)).join(', ')})`,
          ),
        ],
        [
          `due today: countDue to the rep's end of day (the badge; median of ${queryRuns})`,
          ...runs.map((s) => `${fmtMs(q(s, 'countDueToday').ms)} → ${fmtInt(q(s, 'countDueToday').answer)}`),
        ],
        [
          'popup: first page of Overdue (loadSectionFollowUps)',
          ...runs.map((s) => fmtMs(q(s, 'firstOverduePage').ms)),
        ],
        [
          'popup: its first rows, every section (loadPopupData)',
          ...runs.map(
            (s) => `${fmtMs(q(s, 'popupFirstRows').ms)} → ${fmtInt(q(s, 'popupFirstRows').answer)} rows`,
          ),
        ],
        [
          'worker: every due record until now (dueFollowUps, each alarm)',
          ...runs.map(
            (s) => `${fmtMs(q(s, 'allDueRecords').ms)} → ${fmtInt(q(s, 'allDueRecords').answer)} records`,
          ),
        ],
        [
          'one follow-up skipped (the skipFollowUp use case: follow-up + event)',
          ...runs.map((s) => fmtMs(q(s, 'skipFollowUp').ms)),
        ],
        [
          'worker: likely replies to confirm (countReplyLikely, each recompute)',
          ...runs.map(
            (s) => `${fmtMs(q(s, 'countReplyLikely').ms)} → ${fmtInt(q(s, 'countReplyLikely').answer)}`,
          ),
        ],
        [
          'worker: next due after now (nextDueAfter, each recompute)',
          ...runs.map((s) => fmtMs(q(s, 'nextDue').ms)),
        ],
        [
          'worker: every read of a recompute (reminderPlan)',
          ...runs.map((s) => fmtMs(q(s, 'reminderPlan').ms)),
        ],
        [
          "popup: today's appointments (loadAppointments, after the rows)",
          ...runs.map(
            (s) => `${fmtMs(q(s, 'appointments').ms)} → ${fmtInt(q(s, 'appointments').answer)} deals`,
          ),
        ],
        [
          `round trip, read-only message (messaging overhead; median of ${tripRuns})`,
          ...runs.map((s) => fmtMs(s.trips.readOnly?.ms ?? Number.NaN)),
        ],
        [
          'round trip, `settingsChanged` (badge + alarms recompute, no write)',
          ...runs.map((s) => fmtMs(s.trips.recompute?.ms ?? Number.NaN)),
        ],
        [
          'round trip, `skipFollowUp` (one write + recompute)',
          ...runs.map((s) => fmtMs(s.trips.skip?.ms ?? Number.NaN)),
        ],
      ],
    ),
  ].join('\n');
}

/** The figures issue 23 names, as numbers (ms or bytes); null where not measured. */
export interface BenchResults {
  commit: string;
  when: string;
  panelReadyMedianMsGmail: number | null;
  panelReadyMedianMsOutlook: number | null;
  popupFirstRowMs10k: number | null;
  /**
   * The popup's floor (scale.ts FLOOR_PAGE): a trivial extension page, same measure, median. No
   * budget of its own: what no change to the popup's code can remove on the machine that ran it.
   */
  popupFloorMs: number | null;
  popupJsGzipBytes: number;
  recomputeMs100k: number | null;
  appointmentsMs10k: number | null;
  dealsFirstRowsMs10k: number | null;
  dealsSearchMs10k: number | null;
  contentScriptGzipBytesMax: number;
  contentScriptHeapBytes: number | null;
}

const finite = (n: number | undefined): number | null =>
  n !== undefined && Number.isFinite(n) ? Math.round(n * 10) / 10 : null;

export function resultsOf(input: {
  commit: string;
  when: Date;
  sizes: FileSize[];
  popupJsGzip: number;
  panel: Map<string, { with: NavigationRun; without: NavigationRun }>;
  scale: ScaleRun[];
}): BenchResults {
  const at10k = input.scale.find((s) => s.counts.deals >= 10_000);
  const heaps = [...input.panel.values()].map(
    (r) => r.with.heapAfterNavigations - r.without.heapAfterNavigations,
  );
  return {
    commit: input.commit,
    when: input.when.toISOString(),
    panelReadyMedianMsGmail: finite(median(input.panel.get('Gmail')?.with.panelMs ?? [])),
    panelReadyMedianMsOutlook: finite(median(input.panel.get('Outlook')?.with.panelMs ?? [])),
    popupFirstRowMs10k: at10k ? finite(median(at10k.popupMs)) : null,
    popupFloorMs: at10k ? finite(median(at10k.floorMs)) : null,
    popupJsGzipBytes: input.popupJsGzip,
    recomputeMs100k: at10k ? finite(at10k.trips.recompute?.ms) : null,
    appointmentsMs10k: at10k ? finite(at10k.queries.appointments?.ms) : null,
    dealsFirstRowsMs10k: at10k ? finite(median(at10k.dealsFirstRowsMs)) : null,
    dealsSearchMs10k: at10k ? finite(median(at10k.dealsSearchMs)) : null,
    contentScriptGzipBytesMax: Math.max(
      ...input.sizes.filter((s) => s.file.endsWith('.js') && s.over !== null).map((s) => s.gzip),
    ),
    contentScriptHeapBytes: heaps.length > 0 ? Math.round(Math.max(...heaps)) : null,
  };
}
