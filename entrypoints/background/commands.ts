// Keyboard commands (manifest `commands`), handled in the background.
import { browser } from 'wxt/browser';
import { SCHEDULE_COMMAND, sendToTab } from '../../lib/messaging/content-protocol';

/** The third command: the deals page (a tab already showing it is focused). */
export const DEALS_COMMAND = 'open-deals';

async function openDealsPage(): Promise<boolean> {
  const url = browser.runtime.getURL('/deals.html');
  const [open] = await browser.tabs.query({ url: `${url}*` });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
  } else await browser.tabs.create({ url });
  return true;
}

/**
 * "Schedule follow-up" from the keyboard: the active tab's panel opens its schedule preview.
 * A tab without a panel (not a webmail thread) simply does not answer; nothing else happens.
 */
export async function handleCommand(
  command: string,
  tabId?: number,
  send: (tabId: number) => Promise<boolean> = (id) => sendToTab('openSchedule', undefined, id),
): Promise<boolean> {
  if (command === DEALS_COMMAND) return openDealsPage().catch(() => false);
  if (command !== SCHEDULE_COMMAND) return false;
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target === undefined) return false;
  try {
    return await send(target);
  } catch {
    return false;
  }
}

export function registerCommands(guard: (task: Promise<unknown>) => void): void {
  browser.commands?.onCommand.addListener((command, tab) => guard(handleCommand(command, tab?.id)));
}
