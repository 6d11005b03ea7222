// The toolbar badge: due today and overdue, plus the likely replies to confirm (lib/reminders).
import { browser } from 'wxt/browser';

export const BADGE_COLOR = '#b42318';

/** The count on the toolbar icon (none at zero); both calls at once. */
export async function showBadge(count: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: count > 0 ? String(count) : '' }),
    browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }),
  ]);
}
