// Runs once before the e2e files (vitest.config.ts, project 'e2e'): checks that a Chromium is
// there, then builds the extension into .output/chrome-mv3 so the tests run the current code.
// RELANCE_E2E_NO_BUILD=1 skips the build (the last build is used; it must exist).
import { spawnSync } from 'node:child_process';
import { assertExtensionBuilt, findChromium, ROOT } from '../../scripts/chromium.mjs';

export default function setup(): void {
  const chromiumPath = findChromium();
  if (process.env.RELANCE_E2E_NO_BUILD === '1') {
    assertExtensionBuilt();
    console.log(
      `[e2e] RELANCE_E2E_NO_BUILD=1: using the last build in .output/chrome-mv3; Chromium ${chromiumPath}`,
    );
    return;
  }
  const started = Date.now();
  const build = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    // The shipped build: Vitest sets NODE_ENV=test, which would give React's development build.
    env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (build.error || build.status !== 0) {
    const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim().split('\n').slice(-60).join('\n');
    throw new Error(
      `\`npx wxt build\` failed (${build.error?.message ?? `exit ${build.status}`}); the e2e tests need the built extension.\n${output}`,
    );
  }
  assertExtensionBuilt();
  console.log(
    `[e2e] built .output/chrome-mv3 in ${((Date.now() - started) / 1000).toFixed(1)} s; Chromium ${chromiumPath}`,
  );
}
