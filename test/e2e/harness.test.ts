// The harness itself: the built extension loads in real Chromium, the webmail pages open on their
// real host names, extension pages open, alarms fire, the worker restarts and the browser relaunches
// on the same profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';

let relance: Relance;

beforeAll(async () => {
  relance = await launchRelance();
});
afterAll(async () => {
  await relance?.close();
});

describe('the e2e harness', () => {
  it('loads the extension: an id, a running service worker, no error', async () => {
    expect(relance.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await relance.serviceWorker();
    expect(new URL(worker.url()).host).toBe(relance.extensionId);
    expect(await worker.evaluate(() => chrome.runtime.id)).toBe(relance.extensionId);
    expect(relance.workerErrors).toEqual([]);
  });

  it('collects errors of the worker, the extension pages and the webmail pages', async () => {
    const worker = await relance.serviceWorker();
    await worker.evaluate(() => {
      console.error('harness: logged');
      setTimeout(() => {
        throw new Error('harness: thrown');
      });
      void Promise.reject(new Error('harness: rejected'));
    });
    const popup = await relance.openPopup();
    await popup.evaluate(() => {
      setTimeout(() => {
        throw new Error('harness: thrown in the popup');
      });
    });
    const gmail = await relance.openFixture('gmail-07-inbox-only');
    await gmail.evaluate(() => console.error('harness: logged in Gmail'));
    await expect.poll(() => relance.workerErrors.length, { timeout: 5_000 }).toBe(4);
    expect(relance.workerErrors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\[background\.js\] harness: logged$/),
        expect.stringMatching(/^\[background\.js\] Uncaught Error: harness: thrown/),
        expect.stringMatching(/^\[background\.js\] Unhandled rejection: Error: harness: rejected/),
        expect.stringMatching(/^\[popup\.html\] Error: harness: thrown in the popup/),
      ]),
    );
    expect(relance.webmailErrors).toEqual([expect.stringContaining('harness: logged in Gmail')]);
    relance.workerErrors.splice(0);
    relance.webmailErrors.splice(0);
    await Promise.all([popup.close(), gmail.close()]);
  });

  it('opens a Gmail page at its fixture URL on mail.google.com', async () => {
    const page = await relance.openFixture('gmail-02-four-messages-cc');
    expect(page.url()).toBe('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRWhXgPPtkKmJgdgqbwVXwNn');
    expect(await page.evaluate(() => location.host)).toBe('mail.google.com');
    expect(await page.title()).toBe(
      'Re: Security review for Northwind rollout - jordan.lee@acme.test - Acme Mail',
    );
    await page.close();
  });

  it('serves the page selected last when Gmail pages share a path', async () => {
    const first = await relance.openFixture('gmail-05-inline-reply-open');
    const second = await relance.openFixture('gmail-02-four-messages-cc');
    expect(await first.title()).toBe('Re: Trial extension - jordan.lee@acme.test - Acme Mail');
    expect(await second.title()).toContain('Re: Security review for Northwind rollout');
    // A reload is served the page selected last for that path, as after a real reload of Gmail.
    await first.reload();
    expect(await first.title()).toContain('Re: Security review for Northwind rollout');
    relance.server.select('gmail-05-inline-reply-open');
    await first.reload();
    expect(await first.title()).toBe('Re: Trial extension - jordan.lee@acme.test - Acme Mail');
    await Promise.all([first.close(), second.close()]);
  });

  it('opens an Outlook page with an encoded id in its path', async () => {
    const page = await relance.openFixture('outlook-01-office-three-messages');
    const url =
      'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hYjM3LTk2ZDItMDACLTAwCgAQAJ8x4Lm2%2FnRJvKq0ZcW%2BT3o%3D';
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => location.pathname)).toContain('%2FnRJvKq0ZcW%2BT3o%3D');
    expect(await page.title()).toBe('Mail - Priya Natarajan - Outlook');
    await page.close();
  });

  it('answers registered responses, 404s other requests, and never reaches the network', async () => {
    relance.server.setResponse('mail.google.com', '/mail/u/0/feed/atom', {
      status: 200,
      contentType: 'application/atom+xml',
      body: '<feed xmlns="http://purl.org/atom/ns#"><fullcount>2</fullcount></feed>',
    });
    const page = await relance.openFixture('gmail-07-inbox-only');
    const feed = await page.evaluate(() => fetch('/mail/u/0/feed/atom').then((r) => r.text()));
    expect(feed).toContain('<fullcount>2</fullcount>');
    relance.server.setResponse('mail.google.com', '/mail/u/0/feed/atom', null);
    expect(await page.evaluate(() => fetch('/mail/u/0/feed/atom').then((r) => r.status))).toBe(404);
    // The favicon on ssl.gstatic.com came to the local server and got an empty 404.
    expect(relance.server.requests).toContainEqual(
      expect.objectContaining({ url: expect.stringContaining('https://ssl.gstatic.com/'), status: 404 }),
    );
    // Any host the server does not serve is unreachable, at once.
    const started = Date.now();
    const offline = await page.evaluate(() =>
      fetch('https://example.com/', { mode: 'no-cors' }).then(
        () => 'reached',
        () => 'unreachable',
      ),
    );
    expect(offline).toBe('unreachable');
    expect(Date.now() - started).toBeLessThan(5_000);
    // A document URL no page has gets the server's 404 page.
    const missing = await page.goto('https://mail.google.com/mail/u/9/');
    expect(missing?.status()).toBe(404);
    await page.close();
  });

  it('serves the demo mailbox, whose inbox rows and Inbox link navigate', async () => {
    const page = await relance.openFixture('demo-gmail-inbox');
    const thread = relance.server.pages.get('demo-gmail-replied');
    if (!thread) throw new Error('no demo-gmail-replied page');
    await Promise.all([page.waitForURL(thread.url), page.locator(`a[href="${thread.url}"]`).click()]);
    expect(await page.title()).toBe(
      'Re: A quick call about member support at Lumen Fitness? - sam.carter@brightdesk.example - BrightDesk Mail',
    );
    await Promise.all([
      page.waitForURL('https://mail.google.com/mail/u/0/#inbox'),
      page.locator('a[title="Inbox"]').click(),
    ]);
    expect(await page.title()).toBe('Inbox (2) - sam.carter@brightdesk.example - BrightDesk Mail');
    const outlook = await relance.openFixture('demo-outlook-fr');
    expect(await outlook.title()).toBe('Courrier - Camille Laurent - Outlook');
    await Promise.all([page.close(), outlook.close()]);
  });

  it('opens the popup and the options page', async () => {
    const popup = await relance.openPopup();
    expect(popup.url()).toBe(`chrome-extension://${relance.extensionId}/popup.html`);
    expect(await popup.evaluate(() => chrome.runtime.id)).toBe(relance.extensionId);
    const options = await relance.openOptions();
    expect(options.url()).toBe(`chrome-extension://${relance.extensionId}/options.html`);
    expect(await options.evaluate(() => document.readyState)).toBe('complete');
    await Promise.all([popup.close(), options.close()]);
  });

  it('fires an alarm in the service worker', async () => {
    const worker = await relance.serviceWorker();
    await worker.evaluate(() => {
      const scope = globalThis as typeof globalThis & { harnessAlarms?: string[] };
      scope.harnessAlarms = [];
      chrome.alarms.onAlarm.addListener((alarm) => scope.harnessAlarms?.push(alarm.name));
    });
    await relance.fireAlarm('harness-smoke');
    await expect
      .poll(
        async () =>
          (await relance.serviceWorker()).evaluate(
            () => (globalThis as typeof globalThis & { harnessAlarms?: string[] }).harnessAlarms ?? [],
          ),
        { timeout: 5_000 },
      )
      .toContain('harness-smoke');
  });

  it('restarts the service worker on a fresh global scope', async () => {
    const before = await relance.serviceWorker();
    await before.evaluate(() => {
      (globalThis as typeof globalThis & { harnessMarker?: string }).harnessMarker = 'before restart';
    });
    const after = await relance.restartWorker();
    expect(
      await after.evaluate(
        () => (globalThis as typeof globalThis & { harnessMarker?: string }).harnessMarker ?? null,
      ),
    ).toBeNull();
    expect(await after.evaluate(() => chrome.runtime.id)).toBe(relance.extensionId);
  });

  it('relaunches the browser on the same profile, keeping the extension and its data', async () => {
    const { extensionId, profileDir } = relance;
    // The extension's data lives in IndexedDB (no `storage` permission): a database of its own here.
    await (await relance.serviceWorker()).evaluate(harnessStore, 'kept');
    const oldContext = relance.context;
    relance = await relance.relaunch();
    expect(relance.extensionId).toBe(extensionId);
    expect(relance.profileDir).toBe(profileDir);
    expect(oldContext.pages()).toEqual([]);
    const stored = await (await relance.serviceWorker()).evaluate(harnessStore, null);
    expect(stored).toBe('kept');
    const page = await relance.openFixture('gmail-02-four-messages-cc');
    expect(await page.title()).toContain('Re: Security review for Northwind rollout');
    expect(relance.workerErrors).toEqual([]);
  });
});

/** In the worker: writes `value` to a small IndexedDB database when given, and reads it back. */
async function harnessStore(value: string | null): Promise<unknown> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('relance-harness', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const done = (request: IDBRequest) =>
    new Promise<unknown>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  if (value !== null) await done(db.transaction('kv', 'readwrite').objectStore('kv').put(value, 'harness'));
  const stored = await done(db.transaction('kv').objectStore('kv').get('harness'));
  db.close();
  return stored;
}
