// The README's performance table, written from the bench's figures (.output/bench/results.json,
// issue 23), and the one home of the budgets the bench and the table judge them by.
//
//   node scripts/bench-table.mjs                         the last run, into README.md
//   node scripts/bench-table.mjs run1.json run2.json     several runs side by side
//
// The table sits between the two BENCH-TABLE comments of README.md; the rest of the file is kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './chromium.mjs';

/**
 * Each figure of results.json, what it is, its budget (ms or bytes; KB = 1,000 bytes) and whether
 * going over it fails `npm run bench` (sizes only: times are never asserted on noisy machines).
 */
export const BUDGETS = {
  panelReadyMedianMsGmail: {
    what: 'panel ready after the thread appears, Gmail (median of 30 in-place navigations)',
    max: 16,
    unit: 'ms',
    fails: false,
  },
  panelReadyMedianMsOutlook: {
    what: 'panel ready after the thread appears, Outlook (median of 30)',
    max: 16,
    unit: 'ms',
    fails: false,
  },
  popupFirstRowMs10k: {
    what: 'popup first due row, 10,000 deals / 100,000 follow-ups (median of 5 fresh opens)',
    max: 100,
    unit: 'ms',
    fails: false,
  },
  popupJsGzipBytes: {
    what: 'JavaScript popup.html loads (gzip -9, all chunks)',
    max: 60_000,
    unit: 'B',
    fails: true,
  },
  recomputeMs100k: {
    what: 'badge + alarms recompute after a write, 100,000 follow-ups (settingsChanged round trip)',
    max: 20,
    unit: 'ms',
    fails: false,
  },
  appointmentsMs10k: {
    what: "today's appointments, 10,000 deals (by index)",
    max: 20,
    unit: 'ms',
    fails: false,
  },
  dealsFirstRowsMs10k: { what: 'deals page first rows, 10,000 deals', max: 300, unit: 'ms', fails: false },
  dealsSearchMs10k: { what: 'deals page search keystroke, 10,000 deals', max: 50, unit: 'ms', fails: false },
  contentScriptGzipBytesMax: {
    what: 'each content script (gzip -9; the larger)',
    max: 35_000,
    unit: 'B',
    fails: true,
  },
  contentScriptHeapBytes: {
    what: 'content-script heap after 33 navigations (the larger)',
    max: 3_000_000,
    unit: 'B',
    fails: false,
  },
};

/**
 * Figures of results.json shown beside the budgets, with none of their own: what the machine that
 * ran the bench allowed (a run whose floor is high was a busy machine, whatever the code).
 */
export const CONTEXT = {
  popupFloorMs: {
    what: "the popup's floor: the same fresh-tab measure for an extension page of one module script",
    unit: 'ms',
  },
};

export const TABLE_START =
  '<!-- BENCH-TABLE:START (scripts/bench-table.mjs writes this table from .output/bench/results.json) -->';
export const TABLE_END = '<!-- BENCH-TABLE:END -->';

const int = (n) => Math.round(n).toLocaleString('en-US');
const figure = (value, unit) =>
  value === null || value === undefined ? 'not measured' : unit === 'ms' ? `${value} ms` : `${int(value)} B`;

/** The markdown table of `runs` (parsed results.json files), one column per run, aligned as Biome formats it. */
export function benchTable(runs) {
  const header = [
    'figure',
    'budget',
    ...runs.map((r, i) => `run ${i + 1}: ${String(r.when).slice(0, 16).replace('T', ' ')} UTC, ${r.commit}`),
  ];
  const rows = Object.entries(BUDGETS).map(([key, b]) => [
    `${b.what} (\`${key}\`)`,
    `≤ ${figure(b.max, b.unit)}${b.fails ? ' (fails the bench)' : ''}`,
    ...runs.map((r) => {
      const v = r[key];
      if (v === null || v === undefined) return 'not measured';
      return `${figure(v, b.unit)} ${v <= b.max ? '✓ met' : '✗ **missed**'}`;
    }),
  ]);
  for (const [key, c] of Object.entries(CONTEXT)) {
    rows.push([`${c.what} (\`${key}\`)`, '—', ...runs.map((r) => figure(r[key], c.unit))]);
  }
  const width = (text) => [...text].length;
  const widths = header.map((_, c) => Math.max(3, ...[header, ...rows].map((row) => width(row[c] ?? ''))));
  const line = (cells) =>
    `| ${cells.map((cell, c) => cell + ' '.repeat((widths[c] ?? 0) - width(cell))).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** `readme` with the table between its markers replaced (an error when the markers are missing). */
export function withTable(readme, table) {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} markers`);
  return `${readme.slice(0, start + TABLE_START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  const paths = files.length > 0 ? files : [join(ROOT, '.output', 'bench', 'results.json')];
  const runs = paths.map((p) => JSON.parse(readFileSync(p, 'utf8')));
  const readmePath = join(ROOT, 'README.md');
  writeFileSync(readmePath, withTable(readFileSync(readmePath, 'utf8'), benchTable(runs)));
  console.log(`README.md: the performance table of ${paths.join(', ')}`);
}
