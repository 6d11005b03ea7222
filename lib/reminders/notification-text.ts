// What a notification says, in the rep's language (the catalog the worker speaks: lib/i18n-language).
// Who: lib/model dealTitle, the same words as the popup's rows.
import { i18n } from '#i18n';
import { channelLabel, templateKindLabel } from '../labels';
import { type Deal, dealSubject, dealTitle, type FollowUp } from '../model';
import { correction } from '../replies/why';
import { replyWhyLine, type WhyContext } from '../replies/why-words';
import {
  type DueItem,
  followUpNotificationId,
  GROUP_NOTIFICATION_ID,
  MAX_SEPARATE_NOTIFICATIONS,
  replyNotificationId,
} from './index';

export interface NotificationContent {
  id: string;
  title: string;
  message: string;
  contextMessage?: string;
  /** Open / Snooze 1 h buttons (where the browser has them). */
  withButtons: boolean;
  /** Other buttons than Open / Snooze 1 h, in their order (where the browser has them). */
  buttons?: { title: string }[];
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

/** The buttons of a reply notification: Open, and "It's an answer" for an automatic reply's pause. */
export type ReplyNotificationButton = 'open' | 'its-an-answer';

export function replyNotificationButtons(deal: Deal): ReplyNotificationButton[] {
  return correction(deal) === 'answer' ? ['open', 'its-an-answer'] : ['open'];
}

/**
 * What a prospect's message seen outside the thread (Gmail's feed) made Relance do, said as the
 * panel and the popup say it: "Out of office until Mon 14 Dec — from their automatic reply", or a
 * likely reply to check. Null when the deal has nothing to say.
 */
export function replyNotificationFor(deal: Deal, ctx: WhyContext): NotificationContent | null {
  const why = deal.replyLikely
    ? i18n.t('popup.replyLikely', [deal.replyLikely.from])
    : replyWhyLine(deal, ctx);
  if (!why) return null;
  const titles: Record<ReplyNotificationButton, string> = {
    open: i18n.t('notification.open'),
    'its-an-answer': i18n.t('reply.itsAnAnswer'),
  };
  return {
    id: replyNotificationId(deal.id),
    title: i18n.t('reply.notificationTitle', [dealTitle(deal)]),
    message: why,
    contextMessage: dealSubject(deal),
    withButtons: true,
    buttons: (deal.replyLikely ? ['open' as const] : replyNotificationButtons(deal)).map((b) => ({
      title: titles[b],
    })),
  };
}
