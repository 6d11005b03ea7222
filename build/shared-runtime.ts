// The details script's build (entrypoints/panel-details.ts): Preact and `browser` are not bundled
// again, each import of them resolves to what the content script lends under RUNTIME_KEY
// (components/panel/details-contract.ts), so both render with one Preact (hooks and context work
// across them) and the details script carries only its own code. A Preact module not listed here
// would make a second copy: the build stops and says which.
import type { Plugin } from 'vite';
import { RUNTIME_KEY, type SharedRuntime } from '../components/panel/details-contract';

interface Shared {
  /** The package's files, as resolved. */
  files: RegExp;
  /** What the content script lends for them. */
  member: keyof SharedRuntime;
  /** The module whose named exports the stand-in re-exports (none: a default export only). */
  names?: string;
}

const SHARED: readonly Shared[] = [
  { files: /\/node_modules\/preact\/compat\//, member: 'compat', names: 'preact/compat' },
  // preact/compat re-exports every hook.
  { files: /\/node_modules\/preact\/hooks\//, member: 'compat', names: 'preact/hooks' },
  { files: /\/node_modules\/preact\/jsx-runtime\//, member: 'jsx', names: 'preact/jsx-runtime' },
  { files: /\/node_modules\/webextension-polyfill\//, member: 'browser' },
];

const PREFIX = '\0relance-shared:';

export function sharedRuntime(): Plugin {
  return {
    name: 'relance-shared-runtime',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source.startsWith(PREFIX)) return source;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const file = resolved.id.replaceAll('\\', '/');
      const index = SHARED.findIndex((s) => s.files.test(file));
      if (index >= 0) return `${PREFIX}${index}`;
      if (/\/node_modules\/preact\//.test(file)) {
        this.error(`${source} (from ${importer}) would bundle a second Preact into the details script`);
      }
      return null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const shared = SHARED[Number(id.slice(PREFIX.length))];
      if (!shared) return null;
      const lent = `globalThis[${JSON.stringify(RUNTIME_KEY)}]?.[${JSON.stringify(shared.member)}]`;
      const lines = [
        `const shared = ${lent};`,
        `if (!shared) throw new Error('Relance: the content script lent no ${shared.member}');`,
        'export default shared.default ?? shared;',
      ];
      if (shared.names) {
        const names = Object.keys(await import(shared.names)).filter((n) => n !== 'default');
        lines.push(`export const { ${names.join(', ')} } = shared;`);
      }
      return lines.join('\n');
    },
  };
}
