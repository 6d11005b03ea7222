// Message keys and send times on every saved page (the shared pages' expected.json predates keys, so
// they are listed for all pages in test/fixtures/{gmail,outlook}-extra/message-keys.json), and what
// they are for: the same message keeps its key from one rendering of a thread to the next, and only
// a message that really arrived reads as new mail.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { MailAdapter, ThreadSnapshot } from './adapter';
import { gmailAdapter } from './gmail';
import { newMessages, rememberMessages } from './new-mail';
import { outlookAdapter } from './outlook';
import { type KeyEntry, keyEntries, keysFile, type OpenPage, openPage, savedPages } from './saved-pages';

const ADAPTERS: Record<'gmail' | 'outlook', MailAdapter> = { gmail: gmailAdapter, outlook: outlookAdapter };
const opened: OpenPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((page) => page.close()));
});

function read(name: string): ThreadSnapshot | null {
  const page = savedPages().find((p) => p.name === name);
  if (!page) throw new Error(`no saved page ${name}`);
  const open = openPage(page);
  opened.push(open);
  return ADAPTERS[page.provider].readThread(open.doc, open.url);
}

describe.each(['gmail', 'outlook'] as const)('%s message keys on every saved page', (provider) => {
  const expected = JSON.parse(readFileSync(keysFile(provider), 'utf8')) as Record<string, KeyEntry[]>;
  const pages = savedPages(provider);

  it('lists every page, and no other', () => {
    expect(Object.keys(expected).sort()).toEqual(pages.map((p) => p.name).sort());
  });

  it.each(pages.map((p) => [p.name]))('%s', (name) => {
    const entries = keyEntries(read(name));
    expect(entries).toEqual(expected[name]);
    // An id or a hashed fingerprint: never an address, never twice in a thread.
    const keys = entries.map((e) => e.key ?? '').filter((k) => k !== '');
    for (const key of keys) expect(key).toMatch(/^(id:[^@\s]+|fp:[0-9a-z]+(#\d+)?)$/);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

const keysOf = (snapshot: ThreadSnapshot | null) => snapshot?.messages.map((m) => m.key) ?? [];
const newKeys = (before: ThreadSnapshot | null, after: ThreadSnapshot | null) =>
  after ? newMessages(rememberMessages(null, before ?? { messages: [] }), after).map((m) => m.key) : [];

describe('the same message keeps its key from one rendering to the next', () => {
  it('Gmail: opening "3 older messages" counts the same six messages and brings no new mail', () => {
    const folded = read('gmail-x11-super-collapsed');
    const open = read('gmail-x12-super-collapsed-expanded');
    expect(folded?.messages).toHaveLength(6);
    expect(open?.messages).toHaveLength(6);
    // The messages shown in both keep their keys; the folded ones had none to keep.
    keysOf(folded).forEach((key, i) => {
      if (key) expect(keysOf(open)[i]).toBe(key);
    });
    expect(keysOf(folded).filter((k) => k === '')).toHaveLength(3);
    expect(newKeys(folded, open)).toEqual([]);
    expect(newKeys(open, folded)).toEqual([]);
  });

  it('Gmail: the prospect’s answer is new mail, and only it', () => {
    const before = read('gmail-x08-before-answer');
    const after = read('gmail-x09-after-answer');
    expect(newKeys(before, after)).toEqual([keysOf(after).at(-1)]);
    expect(newKeys(after, after)).toEqual([]);
  });

  it('Gmail: an out-of-office reply is new mail', () => {
    const before = read('gmail-x08-before-answer');
    const auto = read('gmail-x10-out-of-office');
    expect(newKeys(before, auto)).toEqual([keysOf(auto).at(-1)]);
  });

  it('Outlook: the prospect’s answer is new mail, even when it shows an older message of ours too', () => {
    // outlook-extra-08 shows one of our messages that -07 did not (dated before the newest seen):
    // not new. The answer, dated after it, is.
    const before = read('outlook-extra-07-before-answer');
    const after = read('outlook-extra-08-after-answer');
    expect(newKeys(before, after)).toEqual([keysOf(after).at(-1)]);
  });

  it('Outlook: a conversation shown newest first keeps the keys it has oldest first', () => {
    const newestFirst = read('outlook-extra-11-newest-first-sender-titles');
    expect(newestFirst?.messages.map((m) => m.sentAt)).toEqual(
      [...(newestFirst?.messages.map((m) => m.sentAt) ?? [])].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
  });

  it('Outlook: a message opened in its own window is keyed by the item id of its URL', () => {
    const popout = read('outlook-extra-10-deeplink-popout');
    expect(popout?.threadId).toMatch(/^AAMk/);
    expect(keysOf(popout)).toEqual([`id:${popout?.threadId}`]);
  });
});
