import { afterEach, describe, expect, it } from 'vitest';
import { withoutKeys } from '../saved-pages';
import {
  EXTRA_PAGES,
  type Expected,
  gmailPages,
  type LoadedPage,
  loadHtml,
  loadPage,
  readExpected,
  SHARED_PAGES,
} from './fixture-page';
import { gmailAdapter } from './index';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function snapshotOf(expected: Expected) {
  return expected.thread ? { provider: expected.provider, ...expected.thread } : null;
}

describe.each([
  ['shared pages', SHARED_PAGES],
  ['our own pages', EXTRA_PAGES],
])('gmailAdapter.readThread on %s', (_, dir) => {
  const pages = gmailPages(dir);

  it('has pages to read', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('%s', (name) => {
    page = loadPage(dir, name);
    const expected = readExpected(dir, name);
    expect(page.url.href).toBe(expected.url);
    // Keys and send times are checked on every page by ../message-keys.test.ts.
    expect(withoutKeys(gmailAdapter.readThread(page.doc, page.url))).toEqual(snapshotOf(expected));
  });
});

describe('gmailAdapter.readThread, beyond the pages', () => {
  it('reads the thread from the DOM even when the hash names no thread (view opened before the hash changed)', () => {
    page = loadPage(SHARED_PAGES, 'gmail-02-four-messages-cc.html');
    const snapshot = gmailAdapter.readThread(page.doc, new URL('https://mail.google.com/mail/u/0/#inbox'));
    expect(snapshot?.threadId).toBe('19a68e3a2c7d51b0');
    expect(snapshot?.messages).toHaveLength(4);
  });

  it('falls back to the perm id when neither heading nor hash gives a legacy id', () => {
    page = loadPage(SHARED_PAGES, 'gmail-01-single-sent-by-me.html');
    const snapshot = gmailAdapter.readThread(page.doc, new URL('https://mail.google.com/mail/u/0/#sent'));
    expect(snapshot?.threadId).toBe('thread-a:r-7305542818860123547');
  });

  it('ignores a ?compose= query on the hash when taking the thread id from the URL', () => {
    page = loadPage(SHARED_PAGES, 'gmail-01-single-sent-by-me.html');
    const url = new URL(
      'https://mail.google.com/mail/u/0/#sent/FMfcgzQcpLmdnTwvXKbRhgJsPVqDtZxk?compose=new',
    );
    expect(gmailAdapter.readThread(page.doc, url)?.threadId).toBe('FMfcgzQcpLmdnTwvXKbRhgJsPVqDtZxk');
  });

  it.each([
    'https://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/mail/u/0/#settings/general',
    'https://mail.google.com/mail/u/0/#label/Prospects',
    'https://mail.google.com/mail/u/0/#search/northwind',
  ])('returns null on an empty page at %s', (url) => {
    page = loadHtml('<!doctype html><html><head><title>Gmail</title></head><body></body></html>', url);
    expect(gmailAdapter.readThread(page.doc, page.url)).toBeNull();
  });

  it('falls back to the title for the account and keeps lastMessageFromAccount false without one', () => {
    page = loadPage(SHARED_PAGES, 'gmail-05-inline-reply-open.html');
    for (const button of Array.from(page.doc.querySelectorAll('[aria-label*="Google Account"]')))
      button.remove();
    expect(gmailAdapter.readThread(page.doc, page.url)?.account).toBe('jordan.lee@acme.test');
    page.doc.title = 'Re: Trial extension - Gmail';
    const snapshot = gmailAdapter.readThread(page.doc, page.url);
    expect(snapshot?.account).toBeNull();
    expect(snapshot?.lastMessageFromAccount).toBe(false);
  });

  it('does not count a hidden reply box as an open reply', () => {
    page = loadPage(SHARED_PAGES, 'gmail-05-inline-reply-open.html');
    page.doc.querySelector('[role="region"]')?.setAttribute('style', 'display: none');
    expect(gmailAdapter.readThread(page.doc, page.url)?.hasCompose).toBe(false);
  });
});
