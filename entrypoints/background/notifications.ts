// Notifications of due follow-ups and of what a prospect's message seen outside the thread made
// Relance do (what they say: lib/reminders/notification-text.ts), and what their clicks and buttons
// do: Open goes to the thread, Snooze 1 h is the snooze use case, "It's an answer" the correction.
import { browser } from 'wxt/browser';
import { resolveTimeZone } from '../../lib/cadence';
import { type AppDB, getDeal } from '../../lib/db';
import { getSettings } from '../../lib/db/settings';
import { chosenLanguage } from '../../lib/i18n-language';
import type { Id } from '../../lib/model';
import {
  dealIdOfReplyNotification,
  followUpIdOf,
  recordReplyNotified,
  takeDueToNotify,
} from '../../lib/reminders';
import {
  type NotificationContent,
  notificationButtons,
  notificationsFor,
  replyNotificationButtons,
  replyNotificationFor,
} from '../../lib/reminders/notification-text';
import { snoozeFollowUp } from '../../lib/services/follow-ups';
import { correctReply } from '../../lib/services/replies';
import { openDeal } from '../../lib/tabs';
import { refreshReminders } from './reminders';
import { warnOnFailure, workerStats } from './stats';

/** Notifies what fell due and was not notified yet (lib/reminders takeDueToNotify). */
export async function notifyDue(db: AppDB, now: number): Promise<{ notified: Id[] }> {
  const items = await takeDueToNotify(db, now);
  for (const notification of notificationsFor(items)) await show(notification);
  return { notified: items.map((i) => i.followUp.id) };
}

/**
 * Says why, for each deal a message seen outside its thread (Gmail's feed) just paused or flagged:
 * the rep is not looking at that thread. Nothing when the rep turned notifications off.
 */
export async function notifyReplies(db: AppDB, dealIds: readonly Id[]): Promise<{ notified: Id[] }> {
  if (dealIds.length === 0) return { notified: [] };
  const settings = await getSettings(db);
  if (!settings.notifications) return { notified: [] };
  const ctx = { lang: chosenLanguage(settings.language), timeZone: resolveTimeZone(settings) };
  const notified: Id[] = [];
  for (const dealId of dealIds) {
    const deal = await getDeal(db, dealId);
    const notification = deal && replyNotificationFor(deal, ctx);
    if (!notification) continue;
    await show(notification);
    await recordReplyNotified(db, deal);
    notified.push(dealId);
  }
  return { notified };
}

async function show(notification: NotificationContent): Promise<void> {
  // Buttons exist on Chrome only; Firefox rejects the option, so it gets a plain notification.
  const buttons =
    notification.withButtons && supportsNotificationButtons()
      ? (notification.buttons ?? notificationButtons())
      : undefined;
  await browser.notifications.create(notification.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: notification.title,
    message: notification.message,
    ...(notification.contextMessage ? { contextMessage: notification.contextMessage } : {}),
    ...(buttons ? { buttons } : {}),
  });
  workerStats().notificationsShown += 1;
}

function supportsNotificationButtons(): boolean {
  return !import.meta.env.FIREFOX;
}

/** A click on a notification (or its Open button): the deal (its thread, else its page), else the popup's list. */
export async function handleNotificationClick(db: AppDB, notificationId: string): Promise<void> {
  const followUpId = followUpIdOf(notificationId);
  const replyDealId = dealIdOfReplyNotification(notificationId);
  await browser.notifications.clear(notificationId);
  if (replyDealId) {
    const deal = await getDeal(db, replyDealId);
    if (deal) await openDeal(deal);
  } else if (followUpId) {
    const followUp = await db.followUps.get(followUpId);
    const deal = followUp && (await getDeal(db, followUp.dealId));
    if (deal) await openDeal(deal);
  } else {
    await browser.action.openPopup?.().catch(() => undefined);
  }
  workerStats().notificationActions += 1;
}

/** The buttons: 0 opens the thread, 1 snoozes an hour (the snooze use case: never earlier than due). */
export async function handleNotificationButton(
  db: AppDB,
  notificationId: string,
  buttonIndex: number,
  now: number,
): Promise<void> {
  const replyDealId = dealIdOfReplyNotification(notificationId);
  if (replyDealId) {
    await handleReplyButton(db, notificationId, replyDealId, buttonIndex, now);
    return;
  }
  const followUpId = followUpIdOf(notificationId);
  if (!followUpId) return;
  if (buttonIndex === 0) {
    await handleNotificationClick(db, notificationId);
    return;
  }
  await browser.notifications.clear(notificationId);
  warnOnFailure(
    'snoozing from a notification',
    await snoozeFollowUp(db, { followUpId, choice: { preset: 'in-1-hour' } }, now),
  );
  await refreshReminders(db, now);
  workerStats().notificationActions += 1;
}

/** A reply notification's buttons (replyNotificationButtons): Open, or "It's an answer". */
async function handleReplyButton(
  db: AppDB,
  notificationId: string,
  dealId: Id,
  buttonIndex: number,
  now: number,
): Promise<void> {
  const deal = await getDeal(db, dealId);
  const button = deal ? replyNotificationButtons(deal)[buttonIndex] : 'open';
  if (button !== 'its-an-answer') {
    await handleNotificationClick(db, notificationId);
    return;
  }
  await browser.notifications.clear(notificationId);
  warnOnFailure(
    'correcting a reply from a notification',
    await correctReply(db, { dealId, as: 'answer' }, now),
  );
  await refreshReminders(db, now);
  workerStats().notificationActions += 1;
}
