// page-module.ts as one classic script (an IIFE defining globalThis.relanceBenchPage), built with
// Vite's own API from the product's sources, to evaluate in an extension page.
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../../scripts/chromium.mjs';

export const PAGE_GLOBAL = 'relanceBenchPage';

export async function bundlePageModule(): Promise<string> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: {
        entry: join(ROOT, 'test/bench/page-module.ts'),
        formats: ['iife'],
        name: PAGE_GLOBAL,
        fileName: 'bench-page',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((o) => o.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return `${chunk.code}\n;globalThis.${PAGE_GLOBAL} = ${PAGE_GLOBAL};`;
  }
  throw new Error('Vite built no chunk for the bench page module');
}
