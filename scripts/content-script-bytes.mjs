// What each source costs in a built content script (issue 23: ≤ 35,000 B gzip each), read from the
// build's source maps:
//
//   RELANCE_SOURCEMAP=1 npm run build && node scripts/content-script-bytes.mjs [gmail|outlook] [rows]
//
// Each byte of the minified file is given to the source its mapping names; a source's "gzip" is its
// bytes compressed alone (gzip -9), so the column adds up to more than the file (gzip shares across
// sources) — a ranking, not an exact split. The packages are summed per package first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { ROOT } from './chromium.mjs';

const entry = process.argv[2] ?? 'gmail';
const rows = Number(process.argv[3] ?? '40');
const file = join(ROOT, '.output', 'chrome-mv3', 'content-scripts', `${entry}.js`);
const code = readFileSync(file, 'utf8');
let map;
try {
  map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
} catch {
  console.error(`No ${file}.map: build with RELANCE_SOURCEMAP=1 npm run build first.`);
  process.exit(2);
}

const lines = code.split('\n');
const mappings = [];
new SourceMapConsumer(map).eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
/** @type {Map<string, string[]>} */
const bySource = new Map();
for (const [i, m] of mappings.entries()) {
  const next = mappings[i + 1];
  const line = lines[m.generatedLine - 1] ?? '';
  const end = next?.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
  const source = (m.source ?? '(no source)').replace(/^.*node_modules\//, 'npm:').replace(/^(\.\.\/)+/, '');
  bySource.set(source, [...(bySource.get(source) ?? []), line.slice(m.generatedColumn, end)]);
}
const packageOf = (source) => {
  if (!source.startsWith('npm:')) return source;
  const parts = source.slice(4).split('/');
  return `npm:${parts.slice(0, parts[0]?.startsWith('@') ? 2 : 1).join('/')}`;
};
/** @type {Map<string, string>} */
const grouped = new Map();
for (const [source, pieces] of bySource) {
  const key = packageOf(source);
  grouped.set(key, (grouped.get(key) ?? '') + pieces.join(''));
}
const table = [...grouped]
  .map(([source, text]) => ({ source, raw: text.length, gzip: gzipSync(text, { level: 9 }).length }))
  .sort((a, b) => b.gzip - a.gzip);
const whole = gzipSync(code, { level: 9 }).length;
console.log(`content-scripts/${entry}.js: ${code.length} B raw, ${whole} B gzip -9\n`);
console.log('   raw    gzip  source');
for (const row of table.slice(0, rows))
  console.log(`${String(row.raw).padStart(6)}  ${String(row.gzip).padStart(6)}  ${row.source}`);
