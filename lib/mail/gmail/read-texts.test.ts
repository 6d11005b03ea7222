import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGE_TEXT_LIMIT } from '../adapter';
import { EXTRA_PAGES, type LoadedPage, loadHtml, loadPage, SHARED_PAGES } from './fixture-page';
import { gmailAdapter } from './index';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

const texts = (p: LoadedPage) => gmailAdapter.readMessageTexts?.(p.doc, p.url) ?? [];

describe('gmailAdapter.readMessageTexts', () => {
  it('gives each message its visible text, aligned with readThread: snippets, then the open body', () => {
    page = loadPage(SHARED_PAGES, 'gmail-02-four-messages-cc.html');
    const read = texts(page);
    expect(read).toHaveLength(gmailAdapter.readThread(page.doc, page.url)?.messages.length ?? -1);
    expect(read[2]).toBe('Hi Sam, both SAML and OIDC are supported');
    expect(read[3]).toMatch(/^Hi Jordan, ?Great, we are good to go from the security side\./);
  });

  it('reads the out-of-office text of an automatic reply', () => {
    page = loadPage(EXTRA_PAGES, 'gmail-x10-out-of-office.html');
    expect(texts(page).at(-1)).toContain('I am out of the office until Monday, December 14, 2026');
  });

  it('returns nothing without a thread, and empty texts where a message shows none', () => {
    page = loadPage(SHARED_PAGES, 'gmail-07-inbox-only.html');
    expect(texts(page)).toEqual([]);
    page = loadHtml(
      '<html><head><meta name="fixture-url" content="https://mail.google.com/mail/u/0/#inbox/19a68e3a2c7d51b0"></head><body><div role="main"><h2 class="hP" data-legacy-thread-id="19a68e3a2c7d51b0">Hi</h2><div role="list"><div role="listitem" aria-expanded="true"><div data-message-id="#msg-f:1"><span email="a@b.test" name="A">A</span></div></div></div></div></body></html>',
    );
    expect(texts(page)).toEqual(['']);
  });

  it('caps a long body', () => {
    const long = 'word '.repeat(1000);
    page = loadHtml(
      `<html><head><meta name="fixture-url" content="https://mail.google.com/mail/u/0/#inbox/19a68e3a2c7d51b0"></head><body><div role="main"><h2 class="hP" data-legacy-thread-id="19a68e3a2c7d51b0">Hi</h2><div role="list"><div role="listitem" aria-expanded="true"><div data-message-id="#msg-f:1"><span email="a@b.test" name="A">A</span><div class="a3s">${long}</div></div></div></div></div></body></html>`,
    );
    expect(texts(page)[0]?.length).toBe(MESSAGE_TEXT_LIMIT);
  });
});
