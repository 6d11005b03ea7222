import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXTRA_FIXTURES, type LoadedPage, loadPage, SHARED_FIXTURES } from './fixture-page';
import { outlookAdapter } from './index';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});
const open = (dir: string, name: string) => {
  page = loadPage(join(dir, `${name}.html`));
  return page;
};

describe('outlookAdapter.readMessageTexts', () => {
  it('gives each message its visible text, oldest first, aligned with readThread', () => {
    const p = open(SHARED_FIXTURES, 'outlook-01-office-three-messages');
    const texts = outlookAdapter.readMessageTexts?.(p.doc, p.url) ?? [];
    expect(texts).toHaveLength(outlookAdapter.readThread(p.doc, p.url)?.messages.length ?? -1);
    expect(texts[0]).toContain('Sam has two questions about SSO');
    expect(texts[2]).toMatch(/^Hi Priya,/);
  });

  it('keeps the oldest-first order when the conversation shows the newest on top', () => {
    const p = open(EXTRA_FIXTURES, 'outlook-extra-01-newest-on-top');
    const thread = outlookAdapter.readThread(p.doc, p.url);
    const texts = outlookAdapter.readMessageTexts?.(p.doc, p.url) ?? [];
    expect(texts).toHaveLength(thread?.messages.length ?? -1);
    // The first message's text names its sender only if folded; each entry is its own message's.
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('returns nothing on a list-only view', () => {
    const p = open(SHARED_FIXTURES, 'outlook-06-list-only');
    expect(outlookAdapter.readMessageTexts?.(p.doc, p.url)).toEqual([]);
  });
});

describe('outlookAdapter.readListRows', () => {
  it('reads each row’s sender address from its title, its subject, and whether it is unread', () => {
    const p = open(EXTRA_FIXTURES, 'outlook-extra-09-list-unread-reply');
    const rows = outlookAdapter.readListRows?.(p.doc) ?? [];
    expect(rows[0]).toEqual({
      from: { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.test' },
      subject: expect.stringContaining('Security review'),
      unread: true,
    });
    expect(rows.slice(1).every((row) => !row.unread)).toBe(true);
    expect(rows.map((row) => row.from.email)).toContain('billing-noreply@acme.test');
  });

  it('finds no rows where there is no message list', () => {
    const p = open(EXTRA_FIXTURES, 'outlook-extra-03-unknown-markup');
    expect(outlookAdapter.readListRows?.(p.doc)).toEqual([]);
  });
});
