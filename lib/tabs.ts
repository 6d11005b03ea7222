// Opening a deal's thread from an extension page or the worker (the popup's rows, a notification):
// a tab already showing it is focused, else a new tab opens. A browser-facing module of lib/ (it
// calls browser.tabs and browser.windows), listed as such in test/unit/layering.test.ts.
import { browser } from 'wxt/browser';

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

/** Origin, path and hash: a Gmail thread is in the hash, an Outlook one in the path. */
function comparableUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname.replace(/\/$/, '')}${u.hash}`;
  } catch {
    return url;
  }
}
