// What Relance injects into every webmail page, and what the popup loads: bytes of the built files,
// raw and gzip -9 (node:zlib).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../../scripts/bench-table.mjs';
import { EXTENSION_DIR } from '../../scripts/chromium.mjs';
import { scriptsLoadedBy } from '../e2e/bundles';

/**
 * The size budget of one content script, gzip -9, in bytes (issue 12: "content script ≤ 35 KB
 * gzip"). KB here is 1,000 bytes, as in WXT's build report. Going over fails `npm run bench`.
 */
export const CONTENT_SCRIPT_GZIP_BUDGET = BUDGETS.contentScriptGzipBytesMax.max;

/** The budget of all the JavaScript popup.html loads, gzip -9, in bytes (issue 23). Over it fails the bench. */
export const POPUP_JS_GZIP_BUDGET = BUDGETS.popupJsGzipBytes.max;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  /** Over the content-script budget (null: not a content script's JavaScript). */
  over: boolean | null;
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

export function contentScriptSizes(scripts: readonly string[]): FileSize[] {
  const sizes: FileSize[] = [];
  for (const script of scripts) {
    for (const ext of ['js', 'css']) {
      const file = `content-scripts/${script}.${ext}`;
      const path = join(EXTENSION_DIR, file);
      if (!existsSync(path)) {
        if (ext === 'js') throw new Error(`no ${file} in the build`);
        continue;
      }
      const bytes = readFileSync(path);
      const size = gzip(bytes);
      sizes.push({
        file,
        raw: bytes.length,
        gzip: size,
        over: ext === 'js' ? size > CONTENT_SCRIPT_GZIP_BUDGET : null,
      });
    }
  }
  return sizes;
}

/**
 * What is injected later, only into a page where the rep opens the panel's details (once per page):
 * no budget of its own, listed beside the content scripts so the bytes moved out of them show.
 */
export function onDemandSizes(): FileSize[] {
  return ['panel-details.js'].map((file) => {
    const bytes = readFileSync(join(EXTENSION_DIR, file));
    return { file, raw: bytes.length, gzip: gzip(bytes), over: null };
  });
}

/** Every JavaScript file popup.html loads (scripts, modulepreloads, their imports), gzip -9 each, summed. */
export function popupJavaScript(): { files: string[]; gzip: number; raw: number } {
  const files = scriptsLoadedBy('popup.html');
  let raw = 0;
  let zipped = 0;
  for (const file of files) {
    const bytes = readFileSync(join(EXTENSION_DIR, file));
    raw += bytes.length;
    zipped += gzip(bytes);
  }
  return { files, gzip: zipped, raw };
}
