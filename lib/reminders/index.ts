// What the background does to keep time: the database is the truth, alarms are its cache.
// refreshReminders() rebuilds the alarms and the badge from the database; it runs when the worker
// starts, on install and browser start-up, after every write, and on every alarm.

import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { resolveTimeZone } from '../cadence';
import {
  type AppDB,
  countDue,
  dueFollowUps,
  getDeal,
  getSettings,
  nextDueAfter,
  resumeDueDeals,
  snoozeFollowUp,
} from '../db';
import { channelLabel, templateKindLabel } from '../labels';
import type { Deal, FollowUp, Id } from '../model';
import { checkGmailFeeds, countReplyLikely } from '../replies';
import { endOfLocalDay, nextLocalMidnight } from './clock';

export const ALARM_NEXT_DUE = 'relance:next-due';
export const ALARM_SAFETY = 'relance:safety';
export const ALARM_DAY_CHANGE = 'relance:day-change';
/** The safety net: even if an alarm is lost, nothing waits longer than this to be noticed. */
export const SAFETY_PERIOD_MINUTES = 15;
/** More than this many follow-ups falling due together → one grouped notification. */
export const MAX_SEPARATE_NOTIFICATIONS = 3;

const NOTIFIED_KEY = 'notified';
const FOLLOW_UP_PREFIX = 'follow-up:';
const GROUP_ID = 'relance:due-group';

/** Rebuilds the next-due alarm, the day-change alarm, the safety alarm and the badge. */
export async function refreshReminders(db: AppDB, now: number): Promise<{ dueCount: number }> {
  const settings = await getSettings(db);
  const timeZone = resolveTimeZone(settings);
  // Due today and overdue, plus the likely replies waiting for the rep to confirm.
  const [due, likely, next] = await Promise.all([
    countDue(db, endOfLocalDay(now, timeZone)),
    countReplyLikely(db),
    nextDueAfter(db, now),
  ]);
  const dueCount = due + likely;
  await browser.action.setBadgeText({ text: dueCount > 0 ? String(dueCount) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b42318' });
  if (next) await browser.alarms.create(ALARM_NEXT_DUE, { when: next.dueAt });
  else await browser.alarms.clear(ALARM_NEXT_DUE);
  await browser.alarms.create(ALARM_DAY_CHANGE, { when: nextLocalMidnight(now, timeZone) });
  const safety = await browser.alarms.get(ALARM_SAFETY);
  if (!safety) await browser.alarms.create(ALARM_SAFETY, { periodInMinutes: SAFETY_PERIOD_MINUTES });
  return { dueCount };
}

/**
 * Any of our alarms: out-of-office pauses that ended are resumed; on the safety alarm, Gmail's
 * feeds are read for replies (only while deals are active); then what fell due and was not yet
 * notified is notified, and alarms and badge are rebuilt.
 */
export async function handleAlarm(
  db: AppDB,
  name: string,
  now: number,
  fetchFeed: (accountIndex: number) => Promise<string | null> = fetchGmailFeed,
): Promise<void> {
  if (name.startsWith('relance:')) {
    await resumeDueDeals(db, now);
    if (name === ALARM_SAFETY) await checkGmailFeeds(db, fetchFeed, now);
    await notifyDue(db, now);
  }
  await refreshReminders(db, now);
}

/**
 * Gmail's Atom feed of unread inbox mail for mailbox /u/N/, with the browser's Gmail session; null
 * on any failure (signed out: a sign-in page; offline; an error status). The manifest's host
 * permission for mail.google.com lets the worker send the session cookie.
 */
export async function fetchGmailFeed(accountIndex: number): Promise<string | null> {
  try {
    const response = await fetch(`https://mail.google.com/mail/u/${accountIndex}/feed/atom`, {
      credentials: 'include',
      cache: 'no-store',
    });
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('xml')) return null;
    return await response.text();
  } catch {
    return null;
  }
}

interface DueItem {
  followUp: FollowUp;
  deal: Deal;
}

/**
 * Notifies every follow-up that is due (overdue included: a worker asleep at the due time still
 * notifies at start-up) and was not notified for this due instant yet. A snoozed follow-up has a
 * new due instant, so it notifies again when the snooze ends.
 */
export async function notifyDue(db: AppDB, now: number): Promise<{ notified: Id[] }> {
  const settings = await getSettings(db);
  const due = await dueFollowUps(db, now);
  const record = ((await db.meta.get(NOTIFIED_KEY))?.value ?? {}) as Record<Id, number>;
  const fresh = due.filter((f) => record[f.id] !== f.dueAt);
  // Keep the record small: only follow-ups still due matter.
  const nextRecord: Record<Id, number> = {};
  for (const f of due) nextRecord[f.id] = f.dueAt;
  await db.meta.put({ key: NOTIFIED_KEY, value: nextRecord });
  if (fresh.length === 0 || !settings.notifications) return { notified: [] };

  const items: DueItem[] = [];
  for (const followUp of fresh) {
    const deal = await getDeal(db, followUp.dealId);
    if (deal && deal.status === 'active') items.push({ followUp, deal });
  }
  if (items.length > MAX_SEPARATE_NOTIFICATIONS) {
    await createNotification(GROUP_ID, {
      title: i18n.t('notification.groupTitle', [String(items.length)]),
      message: items
        .slice(0, 5)
        .map(({ deal }) => contactLabel(deal))
        .join(', '),
      withButtons: false,
    });
  } else {
    for (const item of items) {
      await createNotification(FOLLOW_UP_PREFIX + item.followUp.id, {
        title: i18n.t('notification.title', [contactLabel(item.deal)]),
        message: followUpLine(item.followUp),
        contextMessage: item.deal.subject,
        withButtons: true,
      });
    }
  }
  return { notified: items.map((i) => i.followUp.id) };
}

export function contactLabel(deal: Deal): string {
  const who = deal.contact.name || deal.contact.email || deal.subject;
  return deal.company ? `${who} (${deal.company})` : who;
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

async function createNotification(
  id: string,
  opts: { title: string; message: string; contextMessage?: string; withButtons: boolean },
): Promise<void> {
  // Buttons exist on Chrome only; Firefox rejects the option, so it gets a plain notification.
  const buttons =
    opts.withButtons && supportsNotificationButtons()
      ? [{ title: i18n.t('notification.open') }, { title: i18n.t('notification.snooze1h') }]
      : undefined;
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: opts.title,
    message: opts.message,
    ...(opts.contextMessage ? { contextMessage: opts.contextMessage } : {}),
    ...(buttons ? { buttons } : {}),
  });
}

function supportsNotificationButtons(): boolean {
  return !import.meta.env.FIREFOX;
}

/** Which follow-up a notification is about (null for the grouped one). */
export function followUpIdOf(notificationId: string): Id | null {
  return notificationId.startsWith(FOLLOW_UP_PREFIX) ? notificationId.slice(FOLLOW_UP_PREFIX.length) : null;
}

/** A click on a notification (or its Open button): the thread, else the popup's list. */
export async function handleNotificationClick(db: AppDB, notificationId: string): Promise<void> {
  const followUpId = followUpIdOf(notificationId);
  await browser.notifications.clear(notificationId);
  if (!followUpId) {
    await browser.action.openPopup?.().catch(() => undefined);
    return;
  }
  const followUp = await db.followUps.get(followUpId);
  const deal = followUp && (await getDeal(db, followUp.dealId));
  if (deal) await openThread(deal.url);
}

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
  await snoozeFollowUp(db, followUpId, now + 60 * 60 * 1000, now);
  await refreshReminders(db, now);
}

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

function comparableUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname.replace(/\/$/, '')}${u.hash}`;
  } catch {
    return url;
  }
}
