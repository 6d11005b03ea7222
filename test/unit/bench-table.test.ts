// The README's performance table (scripts/bench-table.mjs): every figure of results.json against
// its budget, and only the text between the markers rewritten.
import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  benchTable,
  CONTEXT,
  TABLE_END,
  TABLE_START,
  withTable,
} from '../../scripts/bench-table.mjs';

const run = {
  commit: 'abc1234',
  when: '2026-12-02T00:30:00.000Z',
  panelReadyMedianMsGmail: 12.5,
  panelReadyMedianMsOutlook: 17,
  popupFirstRowMs10k: 80,
  popupFloorMs: 47.5,
  popupJsGzipBytes: 60_001,
  recomputeMs100k: 20,
  appointmentsMs10k: 3.1,
  dealsFirstRowsMs10k: null,
  dealsSearchMs10k: null,
  contentScriptGzipBytesMax: 31_259,
  contentScriptHeapBytes: 1_842_956,
};

describe('benchTable', () => {
  it('judges each figure by its budget, a budget met at its exact value', () => {
    const table = benchTable([run]);
    const row = (key: string) => table.split('\n').find((line) => line.includes(`\`${key}\``)) ?? '';
    expect(row('panelReadyMedianMsGmail')).toContain('12.5 ms ✓ met');
    expect(row('panelReadyMedianMsOutlook')).toContain('17 ms ✗ **missed**');
    expect(row('recomputeMs100k')).toContain('20 ms ✓ met');
    expect(row('popupJsGzipBytes')).toContain('60,001 B ✗ **missed**');
    expect(row('popupJsGzipBytes')).toContain('≤ 60,000 B (fails the bench)');
    expect(row('dealsSearchMs10k')).toContain('not measured');
    expect(row('popupFloorMs')).toMatch(/\| — +\| 47\.5 ms/);
    expect(row('popupFloorMs')).not.toContain('met');
    expect(table.split('\n')).toHaveLength(2 + Object.keys(BUDGETS).length + Object.keys(CONTEXT).length);
  });

  it('puts runs side by side', () => {
    const header = benchTable([run, { ...run, commit: 'def5678' }]).split('\n')[0] ?? '';
    expect(header).toContain('run 1: 2026-12-02 00:30 UTC, abc1234');
    expect(header).toContain('run 2: 2026-12-02 00:30 UTC, def5678');
  });
});

describe('withTable', () => {
  it('rewrites only what is between the markers', () => {
    const readme = `# Relance\n\nbefore\n${TABLE_START}\nold table\n${TABLE_END}\nafter\n`;
    const once = withTable(readme, '| new |');
    expect(once).toBe(`# Relance\n\nbefore\n${TABLE_START}\n\n| new |\n\n${TABLE_END}\nafter\n`);
    expect(withTable(once, '| new |')).toBe(once);
  });

  it('refuses a README without its markers', () => {
    expect(() => withTable('# Relance\n', '| t |')).toThrow(/markers/);
  });
});
