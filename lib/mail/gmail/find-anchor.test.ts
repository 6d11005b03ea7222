import { afterEach, describe, expect, it } from 'vitest';
import { isHidden } from './dom';
import {
  EXTRA_PAGES,
  gmailPages,
  type LoadedPage,
  loadPage,
  readExpected,
  SHARED_PAGES,
} from './fixture-page';
import { gmailAdapter } from './index';
import { findThreadView, threadMessages } from './thread-view';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

const pages = [
  ...gmailPages(SHARED_PAGES).map((name) => [name, SHARED_PAGES] as const),
  ...gmailPages(EXTRA_PAGES).map((name) => [name, EXTRA_PAGES] as const),
];

describe('gmailAdapter.findAnchor', () => {
  it.each(pages)('%s', (name, dir) => {
    page = loadPage(dir, name);
    const { doc, url } = page;
    const expected = readExpected(dir, name);
    const view = findThreadView(doc);
    const anchor = gmailAdapter.findAnchor(doc);
    if (!expected.thread || !view) {
      // No thread, or none we can see (x01: only the URL names it): the panel floats.
      expect(anchor).toBeNull();
      return;
    }
    if (!anchor) throw new Error(`no anchor on ${name}`);

    // Mount a stand-in for the panel's host where the bootstrap would.
    const before = gmailAdapter.readThread(doc, url);
    const host = doc.createElement('relance-panel');
    if (anchor.append === 'before') anchor.element.before(host);
    else if (anchor.append === 'after') anchor.element.after(host);
    else if (anchor.append === 'first') anchor.element.prepend(host);
    else anchor.element.append(host);

    // In the visible thread, under its subject, above its first message.
    expect(isHidden(host)).toBe(false);
    expect(view.container.contains(host)).toBe(true);
    if (view.heading) expect(view.heading.compareDocumentPosition(host) & FOLLOWING).toBeTruthy();
    for (const message of threadMessages(view)) {
      expect(host.compareDocumentPosition(message) & FOLLOWING).toBeTruthy();
    }
    // The panel changes neither the reading nor the anchor (no remount loop).
    expect(gmailAdapter.readThread(doc, url)).toEqual(before);
    expect(gmailAdapter.findAnchor(doc)).toEqual(anchor);
  });
});
