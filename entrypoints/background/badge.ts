// The toolbar badge: due today and overdue, plus the likely replies to confirm (lib/reminders).
import { browser } from 'wxt/browser';

export const BADGE_COLOR = '#b42318';

export async function showBadge(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
}
