// The first run: on a fresh install (not an update, not a browser start) the welcome page opens in
// a tab. Registered synchronously from main(), like every listener, so the install event finds it.
import { browser } from 'wxt/browser';

export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.tabs
      .create({ url: browser.runtime.getURL('/welcome.html') })
      .catch((error: unknown) => console.warn('[relance] could not open the welcome page', error));
  });
}
