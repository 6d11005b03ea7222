// Before the bench (vitest project 'bench'): the e2e's own setup, which builds the extension —
// unless RELANCE_BENCH_NO_BUILD=1, which measures the last build.
import setup from '../e2e/global-setup';

export default function benchSetup(): void {
  if (process.env.RELANCE_BENCH_NO_BUILD === '1') process.env.RELANCE_E2E_NO_BUILD = '1';
  setup();
}
