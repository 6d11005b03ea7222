// Test support (not shipped: only tests import it): saved Gmail pages loaded into happy-dom at
// their own URL, as the content script would see them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { ThreadSnapshot } from '../adapter';

const ROOT = resolve(import.meta.dirname, '../../..');
export const SHARED_PAGES = join(ROOT, 'test/fixtures/webmail');
export const EXTRA_PAGES = join(ROOT, 'test/fixtures/gmail-extra');

export interface Expected {
  url: string;
  provider: 'gmail';
  thread: Omit<ThreadSnapshot, 'provider'> | null;
}

export interface LoadedPage {
  window: Window;
  doc: Document;
  url: URL;
  close: () => Promise<void>;
}

/** The Gmail pages of a fixture folder, by file name. */
export function gmailPages(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.startsWith('gmail-') && name.endsWith('.html'))
    .sort();
}

export function readExpected(dir: string, page: string): Expected {
  return JSON.parse(readFileSync(join(dir, page.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;
}

export function loadPage(dir: string, page: string): LoadedPage {
  return loadHtml(readFileSync(join(dir, page), 'utf8'));
}

/** Writes the page into a happy-dom window opened at the page's `<meta name="fixture-url">`. */
export function loadHtml(html: string, fallbackUrl = 'https://mail.google.com/mail/u/0/#inbox'): LoadedPage {
  const href = /<meta name="fixture-url" content="([^"]+)"/.exec(html)?.[1] ?? fallbackUrl;
  const window = new Window({ url: href });
  window.document.write(html);
  return {
    window,
    doc: window.document as unknown as Document,
    url: new URL(window.location.href),
    close: () => window.happyDOM.close(),
  };
}
