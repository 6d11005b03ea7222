// Alarms: any of Relance's resumes the out-of-office pauses that ended; the safety alarm also reads
// Gmail's feeds for replies (each deal they paused or flagged is notified, saying why); then what
// fell due is notified and the badge and alarms are rebuilt.
import { browser } from 'wxt/browser';
import type { AppDB } from '../../lib/db';
import { ALARM_PREFIX, ALARM_SAFETY } from '../../lib/reminders';
import { checkGmailFeeds } from '../../lib/services/gmail-feed';
import { resumeDueDeals } from '../../lib/services/lifecycle';
import { notifyDue, notifyReplies } from './notifications';
import { refreshReminders } from './reminders';
import { countIn, warnOnFailure, workerStats } from './stats';

export async function handleAlarm(
  db: AppDB,
  name: string,
  now: number,
  fetchFeed: (accountIndex: number) => Promise<string | null> = fetchGmailFeed,
): Promise<void> {
  try {
    if (name.startsWith(ALARM_PREFIX)) {
      warnOnFailure('resuming ended pauses', await resumeDueDeals(db, {}, now));
      if (name === ALARM_SAFETY) {
        const feeds = await checkGmailFeeds(db, { fetchFeed }, now);
        warnOnFailure('reading Gmail feeds', feeds);
        // The rep is not looking at those threads: say why each deal paused or waits for a word.
        if (feeds.ok) await notifyReplies(db, feeds.value.flagged);
      }
      await notifyDue(db, now);
    }
    await refreshReminders(db, now);
  } finally {
    countIn(workerStats().alarms, name);
  }
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

export function registerAlarms(db: AppDB, now: () => number, guard: (task: Promise<unknown>) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => guard(handleAlarm(db, alarm.name, now())));
}
