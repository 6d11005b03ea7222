// The popup loads no worker code: the built popup.html, its scripts and every chunk they load
// (modulepreload links and the chunks' own static imports, followed to the end) hold no
// notification or alarm code, no Gmail-feed XML parser, no zod and no chrono-node — all of which the worker's
// bundle does hold, which the same markers must find (or they would prove nothing).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/chromium.mjs';
import { importClosure, scriptsLoadedBy } from './bundles';

/** What only the worker's code has, as it reads in a minified bundle. */
const WORKER_MARKERS: Record<string, RegExp> = {
  'notifications API': /\bnotifications\.(create|clear|onClicked|onButtonClicked)\b/,
  'alarms API': /\balarms\.(create|clear|get|onAlarm)\b/,
  'the feed parser (fast-xml-parser)': /\bignoreAttributes\b|\bXMLParser\b/,
  'zod (message validation)': /\binvalid_type\b|\bjitless\b/,
  // The popup's writes load with the first one (lib/popup/writes.ts): the reading of replies they
  // reach is no part of what a click on the toolbar loads.
  'chrono-node (dates in replies)': /\bimpliedValues\b/,
};

function markersIn(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    for (const [what, marker] of Object.entries(WORKER_MARKERS)) {
      if (marker.test(code)) found.push(`${file}: ${what}`);
    }
  }
  return found;
}

describe('the built popup', () => {
  it('loads its own code and the shared chunks, never the worker’s', () => {
    const files = scriptsLoadedBy('popup.html');
    expect(files.some((f) => /^chunks\/popup-.*\.js$/.test(f))).toBe(true);
    for (const file of files) expect(existsSync(join(EXTENSION_DIR, file))).toBe(true);
    expect(markersIn(files)).toEqual([]);
  });

  it('the markers find the worker’s code in the worker’s bundle', () => {
    const worker = importClosure(['background.js']);
    const found = markersIn(worker).map((line) => line.replace(/^[^:]+: /, ''));
    expect([...new Set(found)].sort()).toEqual(Object.keys(WORKER_MARKERS).sort());
  });
});
