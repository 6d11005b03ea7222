// What the built extension loads, read from its files: the scripts a page loads (its script and
// modulepreload tags, then each chunk's static imports, followed to the end). The popup-bundle test
// and the bench (popup's JavaScript bytes) both read this.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { EXTENSION_DIR } from '../../scripts/chromium.mjs';

/** The JavaScript files `page` (e.g. popup.html) loads, relative to the extension's folder. */
export function scriptsLoadedBy(page: string, dir = EXTENSION_DIR): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const start = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+\.js)"/g)].map((m) =>
    normalize((m[1] ?? '').replace(/^\//, '')),
  );
  return importClosure(start, dir);
}

/** `start` and every chunk they import statically, followed to the end. */
export function importClosure(start: string[], dir = EXTENSION_DIR): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(relative(dir, join(dir, dirname(file), m[1] ?? '')));
    }
  }
  return [...seen].sort();
}
