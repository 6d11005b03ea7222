// Test helper: a saved page loaded into a happy-dom window at the URL its
// <meta name="fixture-url"> names, as the webmail would serve it. Only tests import this file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';

export const SHARED_FIXTURES = resolve(__dirname, '../../../test/fixtures/webmail');
export const EXTRA_FIXTURES = resolve(__dirname, '../../../test/fixtures/outlook-extra');

export interface LoadedPage {
  win: Window;
  /** The page's document, typed as the DOM lib's (happy-dom implements it). */
  doc: Document;
  url: URL;
  close: () => Promise<void>;
}

/** The Outlook pages of a fixture folder, by file name. */
export function outlookPages(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /^outlook-.*\.html$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

export function loadPage(path: string): LoadedPage {
  return loadHtml(readFileSync(path, 'utf8'));
}

export function loadHtml(html: string, fallbackUrl = 'https://outlook.office.com/mail/inbox'): LoadedPage {
  const url = new URL(/<meta name="fixture-url" content="([^"]+)"/.exec(html)?.[1] ?? fallbackUrl);
  const win = new Window({
    url: url.href,
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  win.document.write(html);
  return {
    win,
    doc: win.document as unknown as Document,
    url,
    close: () => win.happyDOM.close(),
  };
}

/** The expected.json beside a page. */
export function expectedFor(path: string): { url: string; provider: string; thread: unknown } {
  return JSON.parse(readFileSync(path.replace(/\.html$/, '.expected.json'), 'utf8'));
}
