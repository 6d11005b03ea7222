// Rebuilds the badge and the alarms from the database (lib/reminders reminderPlan), and clears the
// notifications that stopped being true. Runs when the worker starts, on install and browser
// start-up, after every write, and on every alarm.
import { browser } from 'wxt/browser';
import type { AppDB } from '../../lib/db';
import {
  ALARM_DAY_CHANGE,
  ALARM_NEXT_DUE,
  ALARM_SAFETY,
  reminderPlan,
  SAFETY_PERIOD_MINUTES,
  staleNotifications,
} from '../../lib/reminders';
import { showBadge } from './badge';
import { workerStats } from './stats';

/**
 * Rebuilds the next-due alarm, the day-change alarm, the safety alarm and the badge: the plan's
 * reads are index reads (lib/reminders reminderPlan), and the browser calls go out together.
 */
export async function refreshReminders(db: AppDB, now: number): Promise<{ dueCount: number }> {
  const plan = await reminderPlan(db, now);
  await Promise.all([
    showBadge(plan.badgeCount),
    plan.nextDueAt !== null
      ? browser.alarms.create(ALARM_NEXT_DUE, { when: plan.nextDueAt })
      : browser.alarms.clear(ALARM_NEXT_DUE),
    browser.alarms.create(ALARM_DAY_CHANGE, { when: plan.dayChangeAt }),
    ensureSafetyAlarm(),
    clearStaleNotifications(db, now),
  ]);
  workerStats().refreshes += 1;
  return { dueCount: plan.badgeCount };
}

/** Takes off the screen the follow-up notifications a write made untrue (lib/reminders staleNotifications). */
async function clearStaleNotifications(db: AppDB, now: number): Promise<void> {
  const shown = Object.keys(await browser.notifications.getAll());
  if (shown.length === 0) return;
  const stale = await staleNotifications(db, shown, now);
  await Promise.all(stale.map((id) => browser.notifications.clear(id)));
}

/** The periodic safety alarm, created once (re-creating it would push its next run back). */
async function ensureSafetyAlarm(): Promise<void> {
  const safety = await browser.alarms.get(ALARM_SAFETY);
  if (!safety) await browser.alarms.create(ALARM_SAFETY, { periodInMinutes: SAFETY_PERIOD_MINUTES });
}
