// Nothing leaves the browser: every request of a representative session — a Gmail and an Outlook
// thread opened, tracked and scheduled, the popup and the options page opened, the safety alarm
// fired so the worker reads Gmail's feed — goes to the extension itself or to a webmail host.
// Requests are recorded by the browser context (pages, content scripts and the service worker),
// failed ones included: the harness's --host-resolver-rules make any other host fail fast, so a
// request elsewhere is recorded as failed, never silently lost.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBMAIL_MATCHES } from '../../lib/mail/hosts';
import { EXTENSION_DIR, ROOT } from '../../scripts/chromium.mjs';
import { launchRelance, type Relance } from './harness';
import { fireAlarmAndWait, openDetails, panelOf, readTable } from './helpers';

interface Recorded {
  url: string;
  from: string;
  failed: boolean;
}

const WEBMAIL_HOSTS = WEBMAIL_MATCHES.map((match) => new URL(match.replace('/*', '/')).host);
/** The built extension's web-accessible resources served under a dynamic id. */
const DYNAMIC_RESOURCES =
  (
    JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      web_accessible_resources?: { resources: string[]; use_dynamic_url?: boolean }[];
    }
  ).web_accessible_resources
    ?.filter((entry) => entry.use_dynamic_url)
    .flatMap((entry) => entry.resources) ?? [];
const GMAIL = 'gmail-02-four-messages-cc';
const OUTLOOK = 'outlook-01-office-three-messages';

let relance: Relance;
const recorded: Recorded[] = [];

/** Who made a request: the service worker's URL, else its frame's. */
function origin(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    return '(unknown)';
  }
}

beforeAll(async () => {
  relance = await launchRelance();
  relance.context.on('request', (request) =>
    recorded.push({ url: request.url(), from: origin(request), failed: false }),
  );
  relance.context.on('requestfailed', (request) =>
    recorded.push({ url: request.url(), from: origin(request), failed: true }),
  );
});
afterAll(async () => {
  await relance?.close();
});

describe('nothing leaves the browser', () => {
  it('sends every request of a session to the extension or a webmail host', async () => {
    // A Gmail thread, tracked and scheduled from the panel.
    const gmail = await relance.openFixture(GMAIL);
    const panel = panelOf(gmail);
    await panel.locator('[data-testid=track]').click({ timeout: 10_000 });
    await openDetails(panel);
    await panel.locator('[data-testid=schedule]').click();
    await panel.locator('[data-testid=confirm-schedule]').click();
    await expect.poll(() => panel.locator('[data-testid=timeline-step]').count()).toBeGreaterThan(5);

    // An Outlook thread, tracked.
    const outlook = await relance.openFixture(OUTLOOK);
    await panelOf(outlook).locator('[data-testid=track]').click({ timeout: 10_000 });
    await panelOf(outlook).locator('[data-testid=stage-menu]').waitFor();

    // The popup and the options page, shown and used.
    const popup = await relance.openPopup();
    await popup.locator('[data-testid=popup-row]').first().waitFor({ timeout: 10_000 });
    const options = await relance.openOptions();
    await options.locator('[data-testid=settings-form]').waitFor({ timeout: 10_000 });
    expect((await readTable(options, 'deals')).length).toBe(2);

    // The safety alarm: the worker reads Gmail's unread feed.
    relance.server.setResponse('mail.google.com', '/mail/u/0/feed/atom', {
      status: 200,
      contentType: 'application/atom+xml; charset=UTF-8',
      body: '<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://purl.org/atom/ns#" version="0.3"><fullcount>0</fullcount></feed>',
    });
    // Handled to the end (feed read, notified, badge and alarms rebuilt): nothing of it is left to send.
    await fireAlarmAndWait(relance, 'relance:safety');
    await expect
      .poll(() => relance.server.requests.some((r) => r.url.endsWith('/mail/u/0/feed/atom')), {
        timeout: 10_000,
      })
      .toBe(true);
    // The context saw the worker's own fetch: the recording covers the service worker.
    await expect
      .poll(() =>
        recorded.some(
          (r) => r.url.endsWith('/mail/u/0/feed/atom') && r.from.startsWith(relance.extensionUrl('')),
        ),
      )
      .toBe(true);

    // What the webmail pages load by themselves (their stylesheets, icons) is theirs, not ours.
    const pagesOwn = await Promise.all(
      [GMAIL, OUTLOOK].map(async (name) =>
        (await readFile(relance.server.pages.get(name)?.file ?? `${ROOT}/missing`, 'utf8')).replaceAll(
          '&amp;',
          '&',
        ),
      ),
    );
    const allowed = (r: Recorded): boolean => {
      const url = new URL(r.url);
      if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
      if (url.protocol === 'chrome-extension:') {
        if (url.host === relance.extensionId) return true;
        // The content scripts' stylesheets, web-accessible with use_dynamic_url: Chrome serves them
        // from a per-session id of this extension (the only one loaded), and only when they exist.
        return !r.failed && DYNAMIC_RESOURCES.includes(url.pathname.slice(1));
      }
      if (url.protocol === 'https:' && WEBMAIL_HOSTS.includes(url.host)) return true;
      const fromWebmail = WEBMAIL_HOSTS.includes(new URL(r.from, 'about:blank').host || '');
      return fromWebmail && pagesOwn.some((html) => html.includes(r.url));
    };
    const elsewhere = recorded.filter((r) => !allowed(r));
    expect(elsewhere.map((r) => `${r.failed ? 'FAILED ' : ''}${r.url} (from ${r.from})`)).toEqual([]);
    // The session was recorded: pages, extension pages and the worker.
    expect(recorded.some((r) => r.url.startsWith(relance.extensionUrl('popup.html')))).toBe(true);
    expect(recorded.some((r) => new URL(r.url).host === 'outlook.office.com')).toBe(true);
    expect(relance.workerErrors).toEqual([]);
    expect(relance.webmailErrors).toEqual([]);
  });
});
