// The thread panel's scenarios, written once and run on each webmail (gmail-panel.test.ts,
// outlook-panel.test.ts): the built extension in Chromium on the fixture pages served under the
// real host names. The panel appears in every thread and nowhere else, follows the rep from thread
// to thread without a reload, degrades when the markup is unknown, shows hostile names as text,
// and the rep's daily flows — track, stage, next step, schedule, done, insert a breakup — are
// stored; the prospect's answer appearing in the thread stops the cadence.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import {
  contentScriptSettled,
  navigateInPlace,
  openDetails,
  panelOf,
  readTable,
  threadIdOf as threadIdOfPage,
  workerStats,
} from './helpers';

/**
 * The default state as the rep meets it (issue 19): the height the panel takes in the thread's
 * flow (its host's box; a floating panel takes none, so its bar's own box counts) and the tab
 * stops of the bar (focusable, shown, not disabled, tabIndex ≥ 0), measured in the page.
 */
async function barFootprint(page: Page): Promise<{ height: number; tabStops: number }> {
  return page.evaluate(() => {
    const host = document.querySelector('relance-panel');
    const bar = host?.shadowRoot?.querySelector('[data-testid=bar]');
    if (!host || !bar) return { height: -1, tabStops: -1 };
    const height = Math.max(host.getBoundingClientRect().height, bar.getBoundingClientRect().height);
    const focusable = bar.querySelectorAll<HTMLElement>(
      'button, input, select, textarea, a[href], [tabindex]',
    );
    const tabStops = [...focusable].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
    ).length;
    return { height, tabStops };
  });
}

/** The bar stays one line: at most 64 px in the thread's flow and 8 tab stops. */
export async function expectOneLineBar(page: Page, label: string): Promise<void> {
  const { height, tabStops } = await barFootprint(page);
  console.info(`[bar] ${label}: ${Math.round(height)} px, ${tabStops} tab stops`);
  expect(height).toBeGreaterThan(0);
  expect(height).toBeLessThanOrEqual(64);
  expect(tabStops).toBeGreaterThan(0);
  expect(tabStops).toBeLessThanOrEqual(8);
}

export interface WebmailCase {
  name: string;
  /** Pages with an open thread: the panel appears, for that thread. */
  threads: string[];
  /** Pages with no thread open: no panel. */
  notThreads: string[];
  /** A thread to track, whose prospect the adapter reads; its stage is set by mouse and keyboard. */
  tracked: string;
  /** Threads to hop through in place, ending anywhere; `tracked` is visited last. */
  navigation: string[];
  /** A thread whose markup the adapter recognizes nothing of. */
  degraded: string;
  /** A thread whose names carry markup. */
  hostile: string;
  /** The same thread before and after the prospect answers (same URL). */
  beforeAnswer: string;
  afterAnswer: string;
  /** The prospect's first name in that thread, as a template fills it in. */
  prospectFirstName: string;
  /**
   * The webmail's behaviour a static page lacks: its Reply button opens a reply box holding
   * "Thanks <first name>," (marked data-test-reply); input events on it are counted in
   * window.relanceTestInputs, as the webmail saves its draft on them.
   */
  opensReplyBoxes: (page: Page) => Promise<void>;
}

interface Deal {
  id: string;
  /** "gmail:<threadId>" for each of the deal's threads. */
  threadKeys: string[];
  stageId: string;
  status: string;
  contact: { name: string; email: string };
  nextStep: { at: number; channel: string; repAction: string } | null;
}
interface FollowUp {
  id: string;
  dealId: string;
  status: string;
  dueAt: number;
}
interface Event {
  dealId: string;
  type: string;
  data: Record<string, unknown>;
}

export function describePanelScenarios(webmail: WebmailCase): void {
  let relance: Relance;
  let extensionPage: Page;

  const threadIdOf = (name: string) => threadIdOfPage(relance, name);
  const dealOf = async (name: string) => {
    const threadId = await threadIdOf(name);
    return (await readTable<Deal>(extensionPage, 'deals')).find((d) =>
      d.threadKeys.some((k) => k.endsWith(`:${threadId}`)),
    );
  };

  beforeAll(async () => {
    relance = await launchRelance();
    extensionPage = await relance.openOptions();
  });
  afterAll(async () => {
    await relance?.close();
  });

  describe(`the panel in ${webmail.name}`, () => {
    it.each(webmail.threads)('appears in the thread of %s, for that thread', async (name) => {
      const page = await relance.openFixture(name);
      const panel = panelOf(page);
      await expect.poll(() => panel.isVisible(), { timeout: 10_000 }).toBe(true);
      expect(await panel.getAttribute('data-thread-id')).toBe(await threadIdOf(name));
      // Ready: the background answered (or the panel would say why not).
      await expect.poll(() => panel.getAttribute('data-status')).toBe('ready');
      await page.close();
    });

    it.each(webmail.notThreads)(
      'stays away from %s, comes when a thread opens in place, and leaves',
      async (name) => {
        const page = await relance.openFixture(name);
        // The content script reads the page once loaded and on every change: once it has read it
        // and has nothing left to do, it has had every chance to be wrong.
        expect(await contentScriptSettled(page)).toMatchObject({ mounted: false });
        expect(await page.locator('relance-panel').count()).toBe(0);
        await navigateInPlace(relance, page, webmail.threads[0] ?? '');
        await expect.poll(() => panelOf(page).isVisible(), { timeout: 10_000 }).toBe(true);
        await navigateInPlace(relance, page, name);
        await expect.poll(() => page.locator('relance-panel').count(), { timeout: 10_000 }).toBe(0);
        await page.close();
      },
    );

    it('tracks a thread with the prospect read from it, and stores the stage picked by mouse and by keyboard', async () => {
      const page = await relance.openFixture(webmail.tracked);
      const panel = panelOf(page);
      await panel.locator('[data-testid=track]').waitFor({ timeout: 10_000 });
      const email = (await panel.locator('[data-testid=prospect-label]').getAttribute('data-email')) ?? '';
      expect(email).toMatch(/^[^@\s]+@[^@\s]+$/);
      await expectOneLineBar(page, `${webmail.tracked}, untracked`);
      await panel.locator('[data-testid=track]').click();
      await panel.locator('[data-testid=stage-menu]').click();
      await panel.locator('[data-testid=stage-meeting]').click();
      await expect
        .poll(() => panel.locator('[data-testid=stage-menu]').getAttribute('data-stage-id'))
        .toBe('meeting');
      await expect.poll(async () => (await dealOf(webmail.tracked))?.stageId).toBe('meeting');
      expect((await dealOf(webmail.tracked))?.contact.email).toBe(email);
      await expectOneLineBar(page, `${webmail.tracked}, tracked`);

      // Keyboard: the stage is a menu button; Enter opens it on the current stage, an arrow key
      // moves to the next one, Enter picks it.
      await panel.locator('[data-testid=stage-menu]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => panel.locator('[data-testid=stage-meeting]').isChecked()).toBe(true);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await dealOf(webmail.tracked))?.stageId).toBe('objections');

      // A reload finds the deal again, at its stage.
      await page.reload();
      await expect
        .poll(() => panelOf(page).locator('[data-testid=stage-menu]').getAttribute('data-stage-id'), {
          timeout: 10_000,
        })
        .toBe('objections');
      await page.close();
    });

    it('follows the rep to another thread without a reload', async () => {
      const [first, ...rest] = webmail.navigation;
      const page = await relance.openFixture(first ?? '');
      await expect
        .poll(() => panelOf(page).getAttribute('data-thread-id'), { timeout: 10_000 })
        .toBe(await threadIdOf(first ?? ''));
      await page.evaluate(() => {
        (window as unknown as { relanceTestMarker: number }).relanceTestMarker = 42;
      });
      for (const next of [...rest, webmail.tracked]) {
        await navigateInPlace(relance, page, next);
        await expect
          .poll(() => panelOf(page).getAttribute('data-thread-id'), { timeout: 10_000 })
          .toBe(await threadIdOf(next));
      }
      // The tracked thread shows its deal; the same page was kept throughout, with one panel.
      await expect
        .poll(() => panelOf(page).locator('[data-testid=stage-menu]').getAttribute('data-stage-id'))
        .toBe('objections');
      expect(
        await page.evaluate(() => (window as unknown as { relanceTestMarker?: number }).relanceTestMarker),
      ).toBe(42);
      expect(await page.locator('relance-panel').count()).toBe(1);
      await page.close();
    });

    it('loads the details only when the rep opens them, once per page, across threads', async () => {
      const injections = async () => (await workerStats(relance)).messages.loadPanelDetails ?? 0;
      const failures = async () => (await workerStats(relance)).messages['loadPanelDetails:failed'] ?? 0;
      const before = await injections();
      const page = await relance.openFixture(webmail.tracked);
      const panel = panelOf(page);
      const toggle = panel.locator('[data-testid=details-toggle]');
      await toggle.waitFor({ timeout: 10_000 });
      await contentScriptSettled(page);
      if ((await toggle.getAttribute('aria-expanded')) === 'true') {
        // Left open by an earlier test: it was loaded at once, as the rep left it.
        await panel.locator('[data-testid=details]').waitFor();
        await toggle.click();
      } else {
        // Closed: the page got the bar, and no details script.
        expect(await injections()).toBe(before);
        expect(await panel.locator('[data-testid=details]').count()).toBe(0);
      }
      await openDetails(panel);
      await expect.poll(injections).toBe(before + 1);
      await panel.locator('[data-testid=details] [data-section=history]').waitFor();
      // Closed and opened again, then after another thread and back: the same script serves.
      await toggle.click();
      await openDetails(panel);
      await navigateInPlace(relance, page, webmail.navigation[0] ?? webmail.tracked);
      await navigateInPlace(relance, page, webmail.tracked);
      await expect
        .poll(() => panelOf(page).getAttribute('data-thread-id'), { timeout: 10_000 })
        .toBe(await threadIdOf(webmail.tracked));
      await panel.locator('[data-testid=details] [data-section=next-step]').waitFor({ timeout: 10_000 });
      expect(await injections()).toBe(before + 1);
      expect(await failures()).toBe(0);
      await toggle.click();
      await page.close();
    });

    it('says what it reads here from the details, and copies it with no mail content', async () => {
      const page = await relance.openFixture(webmail.tracked);
      const panel = panelOf(page);
      const track = panel.locator('[data-testid=track]');
      await expect
        .poll(async () => (await track.count()) + (await panel.locator('[data-testid=stage-menu]').count()), {
          timeout: 10_000,
        })
        .toBeGreaterThan(0);
      if ((await track.count()) > 0) await track.click();
      await openDetails(panel);
      await panel.locator('[data-testid=reads-open]').click();
      const list = panel.locator('[data-testid=reads-list]');
      await list.waitFor();
      // Each field, whether it was read, and by which selector alternative.
      const threadLine = list.locator('li', { hasText: 'threadId' });
      expect(await threadLine.getAttribute('data-read')).toBe('true');
      expect(await list.locator('li', { hasText: 'message 1' }).locator('code').textContent()).toMatch(
        /^[a-zA-Z_]+\[\d+\]/,
      );
      await relance.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(page.url()).origin,
      });
      await panel.locator('[data-testid=reads] [data-testid=copy-diagnostics]').click();
      await expect
        .poll(() => panel.locator('[data-testid=reads] [role=status]').textContent())
        .toContain('Copied');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('Relance: what it reads on this page');
      expect(copied).toMatch(/threadId\.+ read by /);
      // No mail content: neither the prospect's nor the rep's name or address, nor the subject.
      const deal = await dealOf(webmail.tracked);
      const record = (
        await readTable<{ id: string; threads: { subject: string; account: string | null }[] }>(
          extensionPage,
          'deals',
        )
      ).find((d) => d.id === deal?.id);
      const shown = await panel.locator('[data-testid=reads]').innerText();
      const secrets = [
        deal?.contact.name,
        deal?.contact.email,
        deal?.contact.email.split('@')[0],
        record?.threads[0]?.subject,
        record?.threads[0]?.account,
      ].filter((x): x is string => !!x && x.length > 2);
      expect(secrets.length).toBeGreaterThanOrEqual(3);
      for (const secret of secrets) {
        expect(copied.toLowerCase()).not.toContain(secret.toLowerCase());
        expect(shown.toLowerCase()).not.toContain(secret.toLowerCase());
      }
      await page.close();
    });

    it('works degraded when it can read nothing of the thread: it asks for the email and tracks', async () => {
      const page = await relance.openFixture(webmail.degraded);
      const panel = panelOf(page);
      await panel.locator('[data-testid=track-form]').waitFor({ timeout: 10_000 });
      expect(await panel.locator('[data-testid=contact-email]').inputValue()).toBe('');
      await expectOneLineBar(page, `${webmail.degraded}, untracked`);
      await panel.locator('[data-testid=track]').click();
      // An empty address is refused with a message, not sent.
      await expect.poll(() => panel.getByRole('alert').count()).toBeGreaterThan(0);
      await panel.locator('[data-testid=contact-email]').fill('Mia.Kovac@Fabrikam.example');
      await panel.locator('[data-testid=track]').click();
      await panel.locator('[data-testid=stage-menu]').waitFor();
      expect((await dealOf(webmail.degraded))?.contact.email).toBe('mia.kovac@fabrikam.example');
      await expectOneLineBar(page, `${webmail.degraded}, tracked`);
      await page.close();
    });

    it('shows hostile names as text, never as markup', async () => {
      const page = await relance.openFixture(webmail.hostile);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const panel = panelOf(page);
      await panel.locator('[data-testid=track-form]').waitFor({ timeout: 10_000 });
      await expectOneLineBar(page, `${webmail.hostile}, untracked`);
      await panel.locator('[data-testid=track]').click();
      await panel.locator('[data-testid=stage-menu]').waitFor();
      await expectOneLineBar(page, `${webmail.hostile}, tracked`);
      await openDetails(panel);
      await panel.locator('[data-testid=deal-name]').waitFor();
      expect(await panel.locator('[data-testid=deal-name]').inputValue()).toMatch(/[<>]/);
      expect(await page.locator('relance-panel img, relance-panel script').count()).toBe(0);
      expect(dialogs).toEqual([]);
      await page.close();
    });
  });

  describe(`the panel’s flows in ${webmail.name}`, () => {
    let page: Page;
    const deal = () => dealOf(webmail.beforeAnswer);
    const followUps = async () => {
      const d = await deal();
      return (await readTable<FollowUp>(extensionPage, 'followUps')).filter((f) => f.dealId === d?.id);
    };

    beforeAll(async () => {
      page = await relance.openFixture(webmail.beforeAnswer);
      await webmail.opensReplyBoxes(page);
    });

    it('warns while a tracked thread has no next step, and sets one from a preset', async () => {
      const panel = panelOf(page);
      await panel.locator('[data-testid=track]').click({ timeout: 10_000 });
      await expect
        .poll(() => panel.locator('[data-testid=next-step-warning]').isVisible(), { timeout: 10_000 })
        .toBe(true);
      // The bar's one action: set the next step (the details open on it).
      const action = panel.locator('[data-testid=bar-action]');
      expect(await action.getAttribute('data-action')).toBe('next-step');
      await action.click();
      await panel.locator('[data-testid=details]').waitFor();
      await panel.locator('[data-testid=next-step-preset-tomorrow-10]').click();
      // The date and the time are written in the rep's language, whatever the browser's locale
      // (the fields show the preset after the click's render, an effect later: wait for it).
      await expect.poll(() => panel.locator('[data-testid=next-step-at-time]').inputValue()).toBe('10:00');
      await panel.locator('[data-testid=next-step-channel]').selectOption('phone');
      await panel.locator('[data-testid=next-step-rep]').fill('Send the security questionnaire');
      await panel.locator('[data-testid=save-next-step]').click();

      await expect.poll(() => panel.locator('[data-testid=next-step-summary]').isVisible()).toBe(true);
      expect(await panel.locator('[data-testid=next-step-warning]').count()).toBe(0);
      const stored = (await deal())?.nextStep;
      expect(stored?.channel).toBe('phone');
      expect(stored?.repAction).toBe('Send the security questionnaire');
      expect(new Date(stored?.at ?? 0).getHours()).toBe(10);
      expect(stored?.at).toBeGreaterThan(Date.now());
    });

    it('refuses a next step in the past with a message, and keeps the one set', async () => {
      const panel = panelOf(page);
      const before = (await deal())?.nextStep;
      await panel.locator('[data-testid=next-step-at-date]').fill('2020-01-06');
      await panel.locator('[data-testid=next-step-at-time]').fill('09:00');
      await panel.locator('[data-testid=save-next-step]').click();
      await expect.poll(() => panel.getByRole('alert').first().textContent()).toMatch(/passed|passé/);
      expect((await deal())?.nextStep).toEqual(before);
    });

    it('schedules the default cadence after showing its dates, and the badge counts what is due today', async () => {
      const panel = panelOf(page);
      await panel.locator('[data-testid=schedule]').click();
      const preview = panel.locator('[data-testid=schedule-preview] li');
      await expect.poll(() => preview.count()).toBeGreaterThan(5);
      const shown = await preview.count();
      await panel.locator('[data-testid=confirm-schedule]').click();

      await expect.poll(async () => (await followUps()).filter((f) => f.status === 'due').length).toBe(shown);
      await expect.poll(() => panel.locator('[data-testid=timeline-step]').count()).toBe(shown);
      const endOfToday = new Date();
      endOfToday.setHours(23, 59, 59, 999);
      const dueToday = (await followUps()).filter((f) => f.dueAt <= endOfToday.getTime()).length;
      const worker = await relance.serviceWorker();
      await expect
        .poll(() => worker.evaluate(() => chrome.action.getBadgeText({})))
        .toBe(dueToday > 0 ? String(dueToday) : '');
    });

    it('shows the deal in the popup like any other, and Open goes back to its thread', async () => {
      const d = await deal();
      const steps = (await followUps()).filter((f) => f.status === 'due').sort((a, b) => a.dueAt - b.dueAt);
      const popup = await relance.openPopup();
      const row = popup.locator(`[data-follow-up-id="${steps[0]?.id}"]`);
      await row.waitFor({ timeout: 10_000 });
      const url = relance.server.pages.get(webmail.beforeAnswer)?.url ?? '';
      const before = relance.context.pages().length;
      await row.getByRole('button', { name: /^Open/ }).click();
      // The thread's tab is open already (this page): it is focused, not opened again.
      await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('visible');
      expect(relance.context.pages().length).toBe(before);
      expect(page.url()).toBe(url);
      expect(d?.id).toBeTruthy();
      await popup.close();
    });

    it('marks the first step done from the panel', async () => {
      const panel = panelOf(page);
      const first = (await followUps()).sort((a, b) => a.dueAt - b.dueAt)[0];
      await panel.locator(`[data-follow-up-id="${first?.id}"] [data-testid=step-done]`).click();
      await expect.poll(async () => (await followUps()).find((f) => f.id === first?.id)?.status).toBe('done');
      await expect
        .poll(() => panel.locator(`[data-follow-up-id="${first?.id}"]`).getAttribute('data-state'))
        .toBe('done');
      expect(await panel.locator('[data-testid=notice]').textContent()).not.toBe('');
    });

    it('asks for a missing value inline before inserting a breakup into the reply it opens: the first name filled in, the draft kept', async () => {
      const panel = panelOf(page);
      const breakup = panel.locator('[data-testid=template-select] option[data-kind=breakup]').first();
      await panel
        .locator('[data-testid=template-select]')
        .selectOption((await breakup.getAttribute('value')) ?? '');
      await expect
        .poll(() => panel.locator('[data-testid=template-preview]').textContent())
        .toContain(webmail.prospectFirstName);
      // The deal has no offer yet: it is asked for here, and nothing is inserted without it.
      const offer = panel.locator('[data-testid=missing-offer]');
      await offer.waitFor();
      await panel.locator('[data-testid=insert-template]').click();
      await panel.locator('[data-testid=template-error]').waitFor();
      const box = page.locator('[data-test-reply]');
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what is checked
      if ((await box.count()) > 0) expect(await box.innerText()).not.toMatch(/\{\w+\}/);
      await offer.fill('the security audit');
      const name = panel.locator('[data-testid=missing-senderName]');
      if ((await name.count()) > 0) await name.fill('Jordan Lee');
      await panel.locator('[data-testid=insert-template]').click();

      await expect.poll(() => box.count(), { timeout: 5_000 }).toBe(1);
      // innerText: the inserted lines as the rep sees them (<br>-separated).
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what is checked
      await expect.poll(() => box.innerText()).toContain(`Hi ${webmail.prospectFirstName},`);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what is checked
      const text = await box.innerText();
      expect(text.startsWith(`Thanks ${webmail.prospectFirstName},`)).toBe(true); // the rep's line stays first
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).toContain('the security audit');
      expect(await box.locator('script, img, a').count()).toBe(0); // plain text, no markup
      expect(
        await page.evaluate(() => (window as unknown as { relanceTestInputs: number }).relanceTestInputs),
      ).toBeGreaterThan(0);
      await expect.poll(() => panel.locator('[data-testid=notice]').textContent()).toMatch(/reply|réponse/);
      const d = await deal();
      const events = (await readTable<Event>(extensionPage, 'events')).filter((e) => e.dealId === d?.id);
      expect(events.some((e) => e.type === 'template-inserted' && e.data.kind === 'breakup')).toBe(true);
    });

    it('replaces its previous insertion with a second template, never glued to it, and Undo brings the first back', async () => {
      const panel = panelOf(page);
      const box = page.locator('[data-test-reply]');
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what is checked
      const first = await box.innerText();
      const relance = panel.locator('[data-testid=template-select] option[data-kind=relance]').first();
      await panel
        .locator('[data-testid=template-select]')
        .selectOption((await relance.getAttribute('value')) ?? '');
      await expect.poll(() => panel.locator('[data-testid=template-preview]').textContent()).toMatch(/call/);
      await panel.locator('[data-testid=insert-template]').click();
      await expect
        .poll(() => panel.locator('[data-testid=notice]').textContent())
        .toMatch(/Replaced|remplacé/);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what is checked
      const second = await box.innerText();
      expect(second.startsWith(`Thanks ${webmail.prospectFirstName},`)).toBe(true);
      expect(second.match(new RegExp(`Hi ${webmail.prospectFirstName},`, 'g'))).toHaveLength(1);
      expect(second).not.toContain('the security audit'); // the breakup is gone
      expect(second).not.toMatch(/\{\w+\}/);
      await panel.locator('[data-testid=notice-action]').click();
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what is checked
      await expect.poll(() => box.innerText()).toContain('the security audit');
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what is checked
      expect((await box.innerText()).replace(/\s+/g, ' ').trim()).toBe(first.replace(/\s+/g, ' ').trim());
    });

    it('stops the cadence when the prospect’s answer appears in the thread', async () => {
      await navigateInPlace(relance, page, webmail.afterAnswer);
      const panel = panelOf(page);
      await expect
        .poll(() => panel.locator('[data-testid=replied]').isVisible(), { timeout: 10_000 })
        .toBe(true);
      expect((await deal())?.status).toBe('replied');
      const pending = (await followUps()).filter((f) => f.status === 'due' || f.status === 'paused');
      expect(pending).toEqual([]);
      // The rep is asked what comes next: the next step is there to set.
      expect(await panel.locator('[data-testid=save-next-step]').isVisible()).toBe(true);
      const worker = await relance.serviceWorker();
      await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    });
  });

  describe(`the bar on every saved thread of ${webmail.name}`, () => {
    it.each(webmail.threads)(
      'stays one line on %s: ≤ 64 px and ≤ 8 tab stops, before and after tracking',
      async (name) => {
        const page = await relance.openFixture(name);
        const panel = panelOf(page);
        await expect.poll(() => panel.getAttribute('data-status'), { timeout: 10_000 }).toBe('ready');
        // Pages tracked by the scenarios above were measured before tracking there.
        if ((await panel.locator('[data-testid=track]').count()) > 0) {
          await expectOneLineBar(page, `${name}, untracked`);
          const email = panel.locator('[data-testid=contact-email]');
          if ((await email.count()) > 0 && (await email.inputValue()) === '')
            await email.fill('someone@example.test');
          await panel.locator('[data-testid=track]').click();
        }
        await panel.locator('[data-testid=stage-menu]').waitFor({ timeout: 10_000 });
        await expectOneLineBar(page, `${name}, tracked`);
        await page.close();
      },
    );
  });

  describe(`${webmail.name}, after all of this`, () => {
    it('saw no error in the webmail or in the extension', () => {
      expect(relance.webmailErrors).toEqual([]);
      expect(relance.workerErrors).toEqual([]);
    });
  });
}
