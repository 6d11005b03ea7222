// Types of bench-table.mjs for the bench (test/bench/). Keep in step.

export interface Budget {
  what: string;
  /** The budget, in `unit` (ms, or bytes: KB = 1,000 bytes). */
  max: number;
  unit: 'ms' | 'B';
  /** Going over fails `npm run bench` (sizes only). */
  fails: boolean;
}
export declare const BUDGETS: {
  readonly panelReadyMedianMsGmail: Budget;
  readonly panelReadyMedianMsOutlook: Budget;
  readonly popupFirstRowMs10k: Budget;
  readonly popupJsGzipBytes: Budget;
  readonly recomputeMs100k: Budget;
  readonly appointmentsMs10k: Budget;
  readonly dealsFirstRowsMs10k: Budget;
  readonly dealsSearchMs10k: Budget;
  readonly contentScriptGzipBytesMax: Budget;
  readonly contentScriptHeapBytes: Budget;
};
/** Figures shown beside the budgets, with none of their own (the machine's floor). */
export declare const CONTEXT: {
  readonly popupFloorMs: { what: string; unit: 'ms' | 'B' };
};
export declare const TABLE_START: string;
export declare const TABLE_END: string;
/** The markdown table of parsed results.json files, one column per run. */
export declare function benchTable(runs: readonly Record<string, unknown>[]): string;
/** `readme` with the table between its markers replaced. */
export declare function withTable(readme: string, table: string): string;
