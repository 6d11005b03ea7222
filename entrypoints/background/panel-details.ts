// The thread panel's details on demand (components/panel/details-contract.ts): the first time the
// rep opens them in a page, its content script asks, and the details script is injected into that
// frame's isolated world (where the content script lives), never the page's own world.
import { browser } from 'wxt/browser';
import { DETAILS_SCRIPT } from '../../components/panel/details-contract';
import { onTabRequest } from '../../lib/messaging/content-protocol';
import { countIn, workerStats } from './stats';

export function registerPanelDetails(): void {
  onTabRequest('loadPanelDetails', async ({ sender }) => {
    const tabId = sender.tab?.id;
    let injected = false;
    if (tabId !== undefined) {
      try {
        await browser.scripting.executeScript({
          target: { tabId, frameIds: [sender.frameId ?? 0] },
          files: [DETAILS_SCRIPT],
        });
        injected = true;
      } catch (error) {
        console.warn('[relance] the panel details could not be injected', error);
      }
    }
    countIn(workerStats().messages, injected ? 'loadPanelDetails' : 'loadPanelDetails:failed');
    return injected;
  });
}
