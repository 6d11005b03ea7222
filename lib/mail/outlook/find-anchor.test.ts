import { basename } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findAnchor } from './find-anchor';
import { EXTRA_FIXTURES, type LoadedPage, loadPage, outlookPages, SHARED_FIXTURES } from './fixture-page';
import { findPane } from './locate';

const pages = [...outlookPages(SHARED_FIXTURES), ...outlookPages(EXTRA_FIXTURES)];
const withoutConversation = [
  'outlook-06-list-only.html',
  'outlook-extra-03-unknown-markup.html',
  'outlook-extra-09-list-unread-reply.html',
  'outlook-extra-12-empty-pane-office.html',
  'outlook-extra-13-empty-pane-live.html',
  'outlook-extra-14-empty-pane-cloud-fr.html',
];

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('findAnchor', () => {
  it.each(pages.filter((p) => !withoutConversation.includes(basename(p))).map((p) => [basename(p), p]))(
    '%s: above the conversation, inside the reading pane',
    (_name, path) => {
      page = loadPage(path);
      const { doc } = page;
      const anchor = findAnchor(doc);
      const pane = findPane(doc);
      // The pane's container, or a pop-out window's main landmark (outlook-extra-10).
      expect(
        pane?.matches(
          '#ReadingPaneContainerId, #ConversationReadingPaneContainer, [data-app-section="MailReadCompose"], [role="main"]',
        ),
      ).toBe(true);
      expect(anchor).not.toBeNull();
      expect(anchor?.append).toBe('before');
      expect(pane?.contains(anchor?.element ?? null)).toBe(true);
      expect(anchor?.element.closest('[data-app-section="MessageList"], [role="dialog"]')).toBeNull();
      // Above every message: nothing of a message precedes the anchor in the pane.
      const firstMessage = pane?.querySelector('[data-app-section="ItemContainer"], [aria-expanded]');
      expect(anchor?.element === firstMessage || anchor?.element.contains(firstMessage ?? null)).toBe(true);
    },
  );

  it.each(withoutConversation.map((name) => [name]))('%s: none, so the panel floats', (name) => {
    const path = pages.find((p) => basename(p) === name) ?? '';
    page = loadPage(path);
    expect(findAnchor(page.doc)).toBeNull();
  });
});
