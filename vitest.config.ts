import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // lib/, components/ and the worker's wiring (entrypoints/): Node, fake-indexeddb, WXT's fake browser.
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.ts',
            'lib/**/*.test.tsx',
            'components/**/*.test.ts',
            'components/**/*.test.tsx',
            'entrypoints/**/*.test.ts',
            'test/unit/**/*.test.ts',
          ],
          environment: 'node',
          setupFiles: ['test/setup-unit.ts'],
        },
      },
      {
        // The built extension in real Chromium: one browser at a time on a 2-core machine.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
      {
        // `npm run bench` only (never part of `npm test`): the built extension measured in Chromium.
        test: {
          name: 'bench',
          include: ['test/bench/**/*.test.ts'],
          environment: 'node',
          testTimeout: 1_800_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          globalSetup: ['test/bench/global-setup.ts'],
        },
      },
    ],
  },
});
