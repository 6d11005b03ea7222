import { afterAll, describe, expect, it } from 'vitest';
import type { MailAdapter, ThreadSnapshot } from './adapter';
import { describeRoute, formatDiagnosis } from './diagnose';
import { gmailAdapter } from './gmail';
import { SELECTORS as GMAIL } from './gmail/selectors';
import { outlookAdapter } from './outlook';
import * as OUTLOOK from './outlook/selectors';
import { type OpenPage, openPage, type SavedPage, savedPages } from './saved-pages';

const ADAPTERS: Record<SavedPage['provider'], MailAdapter> = { gmail: gmailAdapter, outlook: outlookAdapter };
const opened: OpenPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((page) => page.close()));
});

function open(page: SavedPage): OpenPage {
  const loaded = openPage(page);
  opened.push(loaded);
  return loaded;
}

function report(page: SavedPage, loaded = open(page)): { text: string; snapshot: ThreadSnapshot | null } {
  const adapter = ADAPTERS[page.provider];
  const diagnosis = adapter.diagnose?.(loaded.doc, loaded.url);
  if (!diagnosis) throw new Error('no diagnose');
  return {
    text: formatDiagnosis(diagnosis, { url: loaded.url, version: '0.1.0' }),
    snapshot: adapter.readThread(loaded.doc, loaded.url),
  };
}

/** Every `name[index]` a report cites must be an alternative of that provider's selectors.ts. */
function citedAlternatives(text: string): string[] {
  return Array.from(text.matchAll(/\b([A-Za-z_]+)\[(\d+)\]/g)).map((m) => `${m[1]}[${m[2]}]`);
}
const known = new Set([
  ...Object.entries(GMAIL).flatMap(([name, list]) => list.map((_, i) => `${name}[${i}]`)),
  ...Object.entries(OUTLOOK).flatMap(([name, list]) =>
    Array.isArray(list) ? list.map((_, i) => `${name}[${i}]`) : [`${name}[0]`],
  ),
]);

describe('diagnose on every saved page', () => {
  it.each(savedPages().map((p) => [p.name, p] as const))(
    '%s: sources, states and counts, no mail content',
    (_, page) => {
      const { text, snapshot } = report(page);
      expect(text).toContain(snapshot ? 'Thread: open' : 'Thread: none seen (no panel)');
      // Nothing of the mail: no address, no name, no subject, no id of the thread.
      expect(text).not.toMatch(/@/);
      const people = (snapshot?.messages ?? []).flatMap((m) => [m.from, ...m.to, ...m.cc]);
      for (const { name } of people) if (name.length > 2) expect(text).not.toContain(name);
      if (snapshot?.subject) expect(text).not.toContain(snapshot.subject);
      if (snapshot?.threadId) expect(text).not.toContain(snapshot.threadId);
      for (const m of snapshot?.messages ?? []) if (m.key) expect(text).not.toContain(m.key.slice(3));
      // One line per message, and only real alternatives cited.
      expect(text.match(/^message \d+/gm)?.length ?? 0).toBe(snapshot?.messages.length ?? 0);
      for (const cited of citedAlternatives(text)) expect(known, cited).toContain(cited);
    },
  );
});

describe('formatDiagnosis', () => {
  const page = (name: string) => savedPages().find((p) => p.name === name) as SavedPage;

  it('reads as a pasteable report: Gmail with a folded bundle', () => {
    expect(report(page('gmail-x11-super-collapsed')).text).toBe(
      [
        'Relance: what it reads on this page',
        'Webmail: Gmail · mail.google.com /mail/u/0/ #inbox/<id>',
        'Relance version: 0.1.0',
        'Thread: open',
        '',
        'thread view... read by subject heading and messages',
        'threadId...... read by heading: data-legacy-thread-id',
        'subject....... read by subjectHeading[0]',
        'account....... read by accountButton[0]',
        'messages...... read (6, 3 folded, shown oldest first)',
        'message 1..... read by sender[0] (collapsed · date messageDate[0] · key id (messageId[0]))',
        'message 2..... nothing there (folded into "older messages": nothing shown)',
        'message 3..... nothing there (folded into "older messages": nothing shown)',
        'message 4..... nothing there (folded into "older messages": nothing shown)',
        'message 5..... read by sender[0] (collapsed · date messageDate[0] · key id (messageId[0]))',
        'message 6..... read by sender[0] (expanded · date messageDate[0] · key id (messageId[0]) · recipients details[0])',
        'reply box..... nothing there (none open)',
        'panel place... read by messageList[0] (above it)',
      ].join('\n'),
    );
  });

  it('says which fallback read a field when the first alternative is gone', () => {
    const loaded = open(page('outlook-extra-11-newest-first-sender-titles'));
    const text = report(page('outlook-extra-11-newest-first-sender-titles'), loaded).text;
    expect(text).toContain('reading pane.. read by READING_PANE[1]');
    expect(text).toContain('shown newest first (read in reverse)');
    expect(text).toMatch(
      /message 1\.+ read by TITLED_ADDRESS\[0\] \(collapsed · date SENT_TIME\[0\] · key fingerprint\)/,
    );
    for (const el of Array.from(loaded.doc.querySelectorAll('[data-testid="SentReceivedSavedTime"]'))) {
      el.removeAttribute('data-testid');
    }
    expect(report(page('outlook-extra-11-newest-first-sender-titles'), loaded).text).toMatch(
      /date SENT_TIME\[1\]/,
    );
  });

  it('says why no panel shows on an empty reading pane', () => {
    expect(report(page('outlook-extra-13-empty-pane-live')).text).toBe(
      [
        'Relance: what it reads on this page',
        'Webmail: Outlook on the web · outlook.live.com /mail/0/',
        'Relance version: 0.1.0',
        'Thread: none seen (no panel)',
        '',
        'reading pane.. read by READING_PANE[0]',
        'URL........... NOT READ (names no conversation)',
      ].join('\n'),
    );
  });
});

describe('describeRoute', () => {
  it.each([
    [
      'https://mail.google.com/mail/u/1/#search/acme+pricing/FMfcgzQcpLmdnTwvXKbRhgJsPVqDtZxk',
      'mail.google.com /mail/u/1/ #search/…/<id>',
    ],
    [
      'https://mail.google.com/mail/u/0/#label/Prospects%2FHot/19a68e3a2c7d51b0',
      'mail.google.com /mail/u/0/ #label/…/<id>',
    ],
    ['https://outlook.office.com/mail/inbox/id/AAQkADAw%2FnRJ%3D', 'outlook.office.com /mail/inbox/id/<id>'],
    [
      'https://outlook.office.com/mail/sales@acme.test/deeplink/read/AAMk%3D',
      'outlook.office.com /mail/<id>/deeplink/read/<id>',
    ],
    ['https://outlook.cloud.microsoft/mail/inbox', 'outlook.cloud.microsoft /mail/inbox'],
  ])('%s → %s', (href, route) => {
    expect(describeRoute(new URL(href))).toBe(route);
  });
});
