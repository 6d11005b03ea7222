// lib/ is the core and runs in Node: it never imports components/ or entrypoints/, nor React,
// Preact or their hooks, and only the short list of browser-facing modules below may reach the
// browser (wxt/browser, WXT's i18n, the messaging library). The application layer, the database
// and the model reach none of them, even through another module: they run in Node, in the worker
// and in the bench's seeding bundle alike. The import graph is read with TypeScript's own
// pre-processor (imports, re-exports and dynamic imports), from the files themselves.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The browser-facing modules of lib/ (README, "Layout"): each may import a browser-facing
 * specifier; nothing else in lib/ may.
 */
const BROWSER_FACING = [
  'lib/i18n-language.ts', // the rep's chosen language answers browser.i18n (wxt/browser)
  'lib/tabs.ts', // opening a deal's thread (browser.tabs, browser.windows)
  'lib/messaging/protocol.ts', // the typed protocol (@webext-core/messaging)
  'lib/messaging/content-protocol.ts', // background → content script (@webext-core/messaging)
  'lib/labels.ts', // words for the model's unions (#i18n)
  'lib/popup/words.ts', // times in words (#i18n)
  'lib/reminders/notification-text.ts', // what a notification says (#i18n)
  'lib/export/deal-calendar.ts', // the .ics export's event titles (#i18n)
  'lib/replies/why-words.ts', // why a reply stopped or paused a deal (#i18n)
];

/** Specifiers that reach the browser (or WXT's runtime). */
const BROWSER_SPECIFIER =
  /^(wxt\/(?!testing)|#i18n|#imports|@webext-core\/|webextension-polyfill|@wxt-dev\/)/;
/** Specifiers lib/ never imports at all: the UI. */
const UI_SPECIFIER = /^(react|react-dom|preact|dexie-react-hooks)(\/|$)/;
/** Folders whose modules must reach no browser-facing module, even through others. */
const PURE_FOLDERS = ['lib/services/', 'lib/db/', 'lib/model/', 'lib/cadence/', 'lib/backup/'];

function shippedFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$|test-support\.ts$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** The specifiers a file imports, re-exports or imports dynamically (TypeScript's pre-processor). */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** A relative specifier resolved to a file of the repository (or null: a package). */
function resolveRelative(from: string, specifier: string, known: ReadonlySet<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = relative(ROOT, resolve(ROOT, dirname(from), specifier));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (known.has(candidate)) return candidate;
  }
  return base;
}

interface Graph {
  files: string[];
  /** file → the repository files it imports (relative specifiers resolved). */
  edges: Map<string, string[]>;
  /** file → the package specifiers it imports. */
  packages: Map<string, string[]>;
}

function importGraph(files: string[], read: (file: string) => string): Graph {
  const known = new Set(files);
  const edges = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  for (const file of files) {
    const specifiers = importsOf(read(file));
    edges.set(
      file,
      specifiers.flatMap((s) => {
        const target = resolveRelative(file, s, known);
        return target === null ? [] : [target];
      }),
    );
    packages.set(
      file,
      specifiers.filter((s) => !s.startsWith('.')),
    );
  }
  return { files, edges, packages };
}

/** Every way lib/ breaks its rule, one line each ("file → what it must not import"). */
function layeringViolations(graph: Graph, browserFacing: readonly string[]): string[] {
  const violations: string[] = [];
  for (const file of graph.files) {
    for (const target of graph.edges.get(file) ?? []) {
      if (!target.startsWith('lib/')) violations.push(`${file} → ${target} (lib/ imports only lib/)`);
    }
    for (const specifier of graph.packages.get(file) ?? []) {
      if (UI_SPECIFIER.test(specifier)) violations.push(`${file} → ${specifier} (no UI library in lib/)`);
      if (BROWSER_SPECIFIER.test(specifier) && !browserFacing.includes(file)) {
        violations.push(`${file} → ${specifier} (not a browser-facing module of lib/)`);
      }
    }
  }
  // The pure folders reach no browser-facing module, through any path.
  for (const file of graph.files.filter((f) => PURE_FOLDERS.some((folder) => f.startsWith(folder)))) {
    const seen = new Set<string>([file]);
    const queue: { at: string; path: string[] }[] = [{ at: file, path: [file] }];
    while (queue.length > 0) {
      const next = queue.shift();
      if (!next) break;
      for (const target of graph.edges.get(next.at) ?? []) {
        if (seen.has(target)) continue;
        seen.add(target);
        const path = [...next.path, target];
        if (browserFacing.includes(target))
          violations.push(`${path.join(' → ')} (pure code reaches the browser)`);
        else queue.push({ at: target, path });
      }
    }
  }
  return violations;
}

const LIB = shippedFiles('lib');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('lib/ is pure', () => {
  it('imports no components/, entrypoints/ nor UI library, and reaches the browser only from its browser-facing modules', () => {
    expect(LIB.length).toBeGreaterThan(100);
    expect(layeringViolations(importGraph(LIB, read), BROWSER_FACING)).toEqual([]);
  });

  it('lists only browser-facing modules that exist and need to be', () => {
    const graph = importGraph(LIB, read);
    for (const file of BROWSER_FACING) {
      expect(LIB).toContain(file);
      expect(graph.packages.get(file)?.some((s) => BROWSER_SPECIFIER.test(s))).toBe(true);
    }
  });

  it('is the list the README gives', () => {
    const readme = read('README.md');
    for (const file of BROWSER_FACING) expect(readme).toContain(file);
  });

  it('sees a break of the rule (the rule itself, on made-up files)', () => {
    const files = ['lib/services/a.ts', 'lib/b.ts', 'lib/tabs.ts', 'lib/c.ts'];
    const sources: Record<string, string> = {
      'lib/services/a.ts': "import { b } from '../b';",
      'lib/b.ts': "export { openThread } from './tabs';",
      'lib/tabs.ts': "import { browser } from 'wxt/browser';",
      'lib/c.ts':
        "import { Panel } from '../components/panel/Panel';\nimport React from 'react';\nconst i18n = await import('#i18n');",
    };
    const violations = layeringViolations(
      importGraph(files, (f) => sources[f] ?? ''),
      ['lib/tabs.ts'],
    );
    expect(violations).toEqual([
      'lib/c.ts → components/panel/Panel (lib/ imports only lib/)',
      'lib/c.ts → react (no UI library in lib/)',
      'lib/c.ts → #i18n (not a browser-facing module of lib/)',
      'lib/services/a.ts → lib/b.ts → lib/tabs.ts (pure code reaches the browser)',
    ]);
  });
});
