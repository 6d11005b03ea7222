// What a notification says, in the rep's language (the catalog the worker speaks: lib/i18n-language).
// Who: lib/model dealTitle, the same words as the popup's rows.
import { i18n } from '#i18n';
import { channelLabel, templateKindLabel } from '../labels';
import { dealSubject, dealTitle, type FollowUp } from '../model';
import {
  type DueItem,
  followUpNotificationId,
  GROUP_NOTIFICATION_ID,
  MAX_SEPARATE_NOTIFICATIONS,
} from './index';

export interface NotificationContent {
  id: string;
  title: string;
  message: string;
  contextMessage?: string;
  /** Open / Snooze 1 h buttons (where the browser has them). */
  withButtons: boolean;
}

/** One notification per follow-up, or one for all when more than MAX_SEPARATE_NOTIFICATIONS fall due together. */
export function notificationsFor(items: readonly DueItem[]): NotificationContent[] {
  if (items.length === 0) return [];
  if (items.length > MAX_SEPARATE_NOTIFICATIONS) {
    return [
      {
        id: GROUP_NOTIFICATION_ID,
        title: i18n.t('notification.groupTitle', [String(items.length)]),
        message: items
          .slice(0, 5)
          .map(({ deal }) => dealTitle(deal))
          .join(', '),
        withButtons: false,
      },
    ];
  }
  return items.map((item) => ({
    id: followUpNotificationId(item.followUp.id),
    title: i18n.t('notification.title', [dealTitle(item.deal)]),
    message: followUpLine(item.followUp),
    contextMessage: dealSubject(item.deal),
    withButtons: true,
  }));
}

/** "Step 2 of 7 · Email · suggested template: Relance" */
export function followUpLine(f: FollowUp): string {
  const parts = [
    i18n.t('notification.step', [String(f.stepIndex + 1), String(f.stepCount)]),
    channelLabel(f.channel),
  ];
  if (f.templateKind) parts.push(i18n.t('notification.suggested', [templateKindLabel(f.templateKind)]));
  return parts.join(' · ');
}

/** The notification buttons' words, in their order: Open, Snooze 1 h. */
export function notificationButtons(): { title: string }[] {
  return [{ title: i18n.t('notification.open') }, { title: i18n.t('notification.snooze1h') }];
}
