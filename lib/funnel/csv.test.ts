import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FUNNEL_CSV_COLUMNS, type FunnelCsvColumn, funnelCsv } from './csv';
import { computeFunnel } from './funnel';
import { SEED_DEALS, SEED_EVENTS, SEED_FOLLOW_UPS, SEED_NOW, STAGES } from './test-support';

const rows = computeFunnel({
  deals: SEED_DEALS,
  events: SEED_EVENTS,
  followUps: SEED_FOLLOW_UPS,
  stages: STAGES,
  now: SEED_NOW,
}).rows;
const headers = Object.fromEntries(FUNNEL_CSV_COLUMNS.map((c) => [c, `H:${c}`])) as Record<
  FunnelCsvColumn,
  string
>;
const english = (stage: (typeof STAGES)[number]) => stage.name.en;

describe('funnelCsv', () => {
  it('starts with a BOM, then a header line and one line per step, CRLF-separated', () => {
    const csv = funnelCsv(rows, { headers, stageName: english });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(1 + 7);
    expect(lines[0]).toBe(FUNNEL_CSV_COLUMNS.map((c) => `H:${c}`).join(','));
    // Lead: 5 reached, 100%, 4 went on (80%), none lost, D is there, target 20%, median 2 days over 3 stays.
    expect(lines[1]).toBe('Lead generation,5,100,4,80,0,1,20,2,3');
    // Meeting: 3 reached (60%), 2 went on (66.67%), C is there, target 15%, median 4.5 days over 2.
    expect(lines[3]).toBe('Meeting,3,60,2,66.67,0,1,15,4.5,2');
    // Signed: no next step, no finished stay; target 0.25%.
    expect(lines[7]).toBe('Signed,1,20,0,,0,0,0.25,,0');
  });

  it("writes for a French Excel: ';' between fields, ',' in decimals, names as given", () => {
    const csv = funnelCsv(rows, {
      headers,
      stageName: (s) => s.name.fr,
      delimiter: ';',
      decimalSeparator: ',',
    });
    const lines = csv.slice(1).split('\r\n');
    expect(lines[3]).toBe('Rendez-vous;3;60;2;66,67;0;1;15;4,5;2');
    expect(lines[1]?.startsWith('Génération de leads;')).toBe(true);
  });

  it('quotes what needs it and defuses formulas in stage names', () => {
    const named = rows.map((row, i) =>
      i === 0 ? { ...row, stage: { ...row.stage, name: { en: '=HYPERLINK("x"), "quoted"', fr: '' } } } : row,
    );
    const csv = funnelCsv(named, { headers, stageName: english });
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(parsed[1]?.[0]).toBe('\'=HYPERLINK("x"), "quoted"');
    expect(parsed[1]?.slice(1)).toEqual(['5', '100', '4', '80', '0', '1', '20', '2', '3']);
  });
});
