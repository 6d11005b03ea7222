// Notifications of due follow-ups (what they say: lib/reminders/notification-text.ts), and what
// their clicks and buttons do: Open goes to the thread, Snooze 1 h is the snooze use case.
import { browser } from 'wxt/browser';
import { type AppDB, getDeal } from '../../lib/db';
import { dealUrl, type Id } from '../../lib/model';
import { followUpIdOf, takeDueToNotify } from '../../lib/reminders';
import {
  type NotificationContent,
  notificationButtons,
  notificationsFor,
} from '../../lib/reminders/notification-text';
import { snoozeFollowUp } from '../../lib/services/follow-ups';
import { openThread } from '../../lib/tabs';
import { refreshReminders } from './reminders';
import { warnOnFailure, workerStats } from './stats';

/** Notifies what fell due and was not notified yet (lib/reminders takeDueToNotify). */
export async function notifyDue(db: AppDB, now: number): Promise<{ notified: Id[] }> {
  const items = await takeDueToNotify(db, now);
  for (const notification of notificationsFor(items)) await show(notification);
  return { notified: items.map((i) => i.followUp.id) };
}

async function show(notification: NotificationContent): Promise<void> {
  // Buttons exist on Chrome only; Firefox rejects the option, so it gets a plain notification.
  const buttons =
    notification.withButtons && supportsNotificationButtons() ? notificationButtons() : undefined;
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

/** A click on a notification (or its Open button): the thread, else the popup's list. */
export async function handleNotificationClick(db: AppDB, notificationId: string): Promise<void> {
  const followUpId = followUpIdOf(notificationId);
  await browser.notifications.clear(notificationId);
  if (followUpId) {
    const followUp = await db.followUps.get(followUpId);
    const deal = followUp && (await getDeal(db, followUp.dealId));
    const url = deal && dealUrl(deal);
    if (url) await openThread(url);
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
