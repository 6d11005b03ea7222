// The funnel table as CSV, for a manager's spreadsheet. UTF-8 with a byte-order mark so Excel reads
// the accents; a French Excel expects ';' between fields and ',' in decimals, hence the options.
import Papa from 'papaparse';
import { BOM } from '../export/csv';
import type { Stage } from '../model';
import type { FunnelRow } from './funnel';

export const FUNNEL_CSV_COLUMNS = [
  'stage',
  'reached',
  'shareOfFirst',
  'advanced',
  'conversionToNext',
  'lostHere',
  'current',
  'targetShare',
  'medianDays',
  'stays',
] as const;
export type FunnelCsvColumn = (typeof FUNNEL_CSV_COLUMNS)[number];

export interface FunnelCsvOptions {
  /** The header of each column, in the rep's language. Rates are in percent. */
  headers: Record<FunnelCsvColumn, string>;
  stageName: (stage: Stage) => string;
  /** ',' by default. */
  delimiter?: string;
  /** '.' by default. */
  decimalSeparator?: '.' | ',';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Up to `digits` decimals, trailing zeros dropped; '' for a missing figure. */
function decimal(value: number | null, digits: number, separator: string): string {
  if (value === null || !Number.isFinite(value)) return '';
  const fixed = value.toFixed(digits).replace(/\.?0+$/, '');
  return separator === '.' ? fixed : fixed.replace('.', separator);
}

export function funnelCsv(rows: readonly FunnelRow[], options: FunnelCsvOptions): string {
  const sep = options.decimalSeparator ?? '.';
  const percent = (rate: number | null) => decimal(rate === null ? null : rate * 100, 2, sep);
  const data = rows.map((row) => [
    options.stageName(row.stage),
    String(row.reached),
    percent(row.shareOfFirst),
    String(row.advanced),
    percent(row.conversionToNext),
    String(row.lostHere),
    String(row.current),
    percent(row.targetShare),
    decimal(row.medianStayMs === null ? null : row.medianStayMs / DAY_MS, 1, sep),
    String(row.stays),
  ]);
  const csv = Papa.unparse(
    { fields: FUNNEL_CSV_COLUMNS.map((column) => options.headers[column]), data },
    // Stage names are typed by the team: a name starting with = + - @ must not run as a formula.
    { delimiter: options.delimiter ?? ',', newline: '\r\n', escapeFormulae: true },
  );
  return BOM + csv;
}
