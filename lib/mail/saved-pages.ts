// Test support (only tests import it; never shipped): every saved webmail page of the project —
// the shared reconstructions (test/fixtures/webmail), ours (gmail-extra, outlook-extra) and the demo
// mailbox — with its expected.json, loaded into happy-dom at its own URL as the content script
// would see it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { MessageHeader, Provider, ThreadSnapshot } from './adapter';

const ROOT = resolve(import.meta.dirname, '../..');

export const PAGE_DIRS = {
  shared: join(ROOT, 'test/fixtures/webmail'),
  gmailExtra: join(ROOT, 'test/fixtures/gmail-extra'),
  outlookExtra: join(ROOT, 'test/fixtures/outlook-extra'),
  demo: join(ROOT, 'test/fixtures/demo'),
} as const;

export interface SavedPage {
  /** The file name without .html, e.g. `gmail-02-four-messages-cc`. */
  name: string;
  /** The short id the selectors' expected matches use: `gmail-02`, `gmail-x11`, `outlook-extra-10`, `demo-gmail-inbox`. */
  id: string;
  provider: Provider;
  file: string;
  html: string;
  url: URL;
  /** What readThread must return (expected.json's `thread`, with the provider), without keys. */
  expected: ThreadSnapshot | null;
}

/** `gmail-02-four-messages-cc` → `gmail-02`; demo pages keep their whole name. */
export function pageId(name: string): string {
  return /^(gmail-x?\d+|outlook-extra-\d+|outlook-\d+)/.exec(name)?.[1] ?? name;
}

function providerOf(name: string): Provider | null {
  if (/^(demo-)?gmail-/.test(name)) return 'gmail';
  if (/^(demo-)?outlook-/.test(name)) return 'outlook';
  return null;
}

let cache: SavedPage[] | null = null;

/** Every saved page, sorted by name (shared, then ours, then the demo's, each by name). */
export function savedPages(provider?: Provider): SavedPage[] {
  cache ??= Object.values(PAGE_DIRS).flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.html'))
      .sort()
      .flatMap((file): SavedPage[] => {
        const name = file.replace(/\.html$/, '');
        const pageProvider = providerOf(name);
        if (!pageProvider) return [];
        const path = join(dir, file);
        const html = readFileSync(path, 'utf8');
        const json = JSON.parse(readFileSync(path.replace(/\.html$/, '.expected.json'), 'utf8')) as {
          url: string;
          provider: Provider;
          thread: Omit<ThreadSnapshot, 'provider'> | null;
        };
        return [
          {
            name,
            id: pageId(name),
            provider: pageProvider,
            file: path,
            html,
            url: new URL(json.url),
            expected: json.thread ? { provider: json.provider, ...json.thread } : null,
          },
        ];
      }),
  );
  return provider ? cache.filter((page) => page.provider === provider) : cache;
}

export interface OpenPage {
  doc: Document;
  url: URL;
  close: () => Promise<void>;
}

/** The page in a fresh happy-dom window at its fixture URL (no script, style sheet or image is fetched). */
export function openPage(page: SavedPage): OpenPage {
  const window = new Window({
    url: page.url.href,
    settings: {
      disableJavaScriptFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  window.document.write(page.html);
  return {
    doc: window.document as unknown as Document,
    url: new URL(window.location.href),
    close: () => window.happyDOM.close(),
  };
}

/** The snapshot without its messages' keys and send times (what expected.json holds). */
export function withoutKeys(
  snapshot: ThreadSnapshot | null,
): (Omit<ThreadSnapshot, 'messages'> & { messages: MessageHeader[] }) | null {
  if (!snapshot) return null;
  return {
    ...snapshot,
    messages: snapshot.messages.map(({ key: _key, sentAt: _sentAt, ...message }) => message),
  };
}

/** A message's key and send time as the keys files hold them: the time as local wall clock. */
export interface KeyEntry {
  key: string | undefined;
  sent: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function keyEntries(snapshot: ThreadSnapshot | null): KeyEntry[] {
  return (snapshot?.messages ?? []).map((m) => {
    const at = m.sentAt === null || m.sentAt === undefined ? null : new Date(m.sentAt);
    const sent = at
      ? `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`
      : null;
    return { key: m.key, sent };
  });
}

/** test/fixtures/<provider>-extra/message-keys.json: every page's message keys, by page name. */
export function keysFile(provider: Provider): string {
  return join(provider === 'gmail' ? PAGE_DIRS.gmailExtra : PAGE_DIRS.outlookExtra, 'message-keys.json');
}
