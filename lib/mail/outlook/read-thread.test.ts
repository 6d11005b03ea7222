import { basename } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withoutKeys } from '../saved-pages';
import {
  EXTRA_FIXTURES,
  expectedFor,
  type LoadedPage,
  loadPage,
  outlookPages,
  SHARED_FIXTURES,
} from './fixture-page';
import { readThread, threadIdOf } from './read-thread';

const shared = outlookPages(SHARED_FIXTURES);
const extra = outlookPages(EXTRA_FIXTURES);

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function open(path: string): LoadedPage {
  page = loadPage(path);
  return page;
}

describe('readThread on saved Outlook pages', () => {
  it('finds every shared page and its own', () => {
    expect(shared.length).toBeGreaterThanOrEqual(6);
    expect(extra.length).toBeGreaterThanOrEqual(3);
  });

  it.each([...shared, ...extra].map((path) => [basename(path), path]))('%s', (_name, path) => {
    const { doc, url } = open(path);
    const expected = expectedFor(path);
    expect(url.href).toBe(expected.url);
    // Keys and send times are checked on every page by ../message-keys.test.ts.
    const thread = withoutKeys(readThread(doc, url));
    expect(thread).toEqual(
      expected.thread === null ? null : { provider: expected.provider, ...(expected.thread as object) },
    );
  });
});

describe('readThread scoping and degraded mode', () => {
  const page01 = shared.find((p) => p.includes('outlook-01')) ?? '';

  it('reads the same thread when the pane container is gone (conversation parent fallback)', () => {
    const { doc, url } = open(page01);
    const expected = expectedFor(page01).thread;
    doc.getElementById('ReadingPaneContainerId')?.removeAttribute('id');
    expect(readThread(doc, url)).toMatchObject(expected as object);
  });

  it('ignores the message list: a list-only page read at a thread URL has no messages', () => {
    const { doc } = open(shared.find((p) => p.includes('outlook-06')) ?? '');
    const thread = readThread(doc, new URL('https://outlook.office.com/mail/inbox/id/AAQk%2B1'));
    expect(thread).toEqual({
      provider: 'outlook',
      threadId: 'AAQk+1',
      subject: '',
      account: 'priya.natarajan@acme.test',
      messages: [],
      lastMessageFromAccount: false,
      hasCompose: false,
    });
  });

  it('keeps reading when one message is unreadable', () => {
    const { doc, url } = open(page01);
    const collapsed = doc.querySelector('[role="button"][aria-expanded="false"]');
    for (const el of Array.from(collapsed?.querySelectorAll('[title]') ?? [])) el.removeAttribute('title');
    const thread = readThread(doc, url);
    expect(thread?.messages).toHaveLength(3);
    expect(thread?.messages[0]?.from).toEqual({ name: 'Dana Whitfield', email: '' });
    expect(thread?.messages[2]?.cc).toHaveLength(2);
  });

  it('does not throw on an empty document', () => {
    const { doc } = open(shared[0] ?? '');
    doc.documentElement.innerHTML = '';
    expect(readThread(doc, new URL('https://outlook.office.com/mail/inbox'))).toBeNull();
  });
});

describe('threadIdOf', () => {
  it.each([
    ['https://outlook.office.com/mail/inbox/id/AAQk%2FnR%2BT3o%3D', 'AAQk/nR+T3o='],
    ['https://outlook.live.com/mail/0/inbox/id/AQQk%3D', 'AQQk='],
    ['https://outlook.office.com/mail/id/AAQk', 'AAQk'],
    ['https://outlook.office.com/mail/inbox/id/AAQk%2F1/sxs/ATT%3D', 'AAQk/1'],
    ['https://outlook.office.com/mail/inbox/id/%E0%A4%A', '%E0%A4%A'],
    ['https://outlook.office.com/mail/inbox', ''],
    ['https://outlook.office.com/mail/inbox/id/', ''],
    ['https://outlook.office.com/calendar/item/id/AAMk', ''],
  ])('%s → %s', (href, id) => {
    expect(threadIdOf(new URL(href))).toBe(id);
  });
});
