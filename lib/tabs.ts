// Opening a deal from an extension page or the worker (the popup's rows, a notification): its
// thread — a tab already showing it is focused, else a new tab opens — or the deals page. A browser-facing module of lib/ (it
// calls browser.tabs and browser.windows), listed as such in test/unit/layering.test.ts.
import { browser } from 'wxt/browser';
import { dealPageUrl } from './deals/page-url';
import { type Deal, dealUrl } from './model';

/** Focuses a tab already showing the thread, else opens it in a new tab. */
export async function openThread(url: string): Promise<void> {
  const wanted = comparableUrl(url);
  const tabs = await browser.tabs.query({});
  const open = tabs.find((t) => t.url && comparableUrl(t.url) === wanted);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}

/**
 * Opens where a deal lives: its thread (focused when a tab shows it already), else — a phone lead,
 * a trade-show contact, a deal with no thread — the deals page on its drawer.
 */
export async function openDeal(deal: Pick<Deal, 'id' | 'threads'>): Promise<void> {
  const url = dealUrl(deal);
  if (url) return openThread(url);
  await browser.tabs.create({ url: browser.runtime.getURL(dealPageUrl(deal.id)) });
}

/** Origin, path and hash: a Gmail thread is in the hash, an Outlook one in the path. */
function comparableUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname.replace(/\/$/, '')}${u.hash}`;
  } catch {
    return url;
  }
}
