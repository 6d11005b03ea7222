import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppDB, seedDefaults } from '../../lib/db';
import type { Deal } from '../../lib/model';
import {
  ALARM_DAY_CHANGE,
  ALARM_NEXT_DUE,
  ALARM_SAFETY,
  MAX_SEPARATE_NOTIFICATIONS,
} from '../../lib/reminders';
import { trackThread } from '../../lib/services/deals';
import { completeFollowUp, scheduleSingle } from '../../lib/services/follow-ups';
import { markLost, pauseDeal } from '../../lib/services/lifecycle';
import { confirmReply, flagReplyLikely } from '../../lib/services/replies';
import { unwrap } from '../../lib/services/result';
import { handleNotificationButton, notifyDue, notifyReplies } from './notifications';
import { refreshReminders } from './reminders';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 2, 3, 9, 0); // Tuesday 10:00 in Paris

let db: AppDB;

beforeEach(async () => {
  db = new AppDB(`test-${crypto.randomUUID()}`);
  await seedDefaults(db, T0 - 3 * HOUR);
  await db.settings.update('settings', { timeZone: 'Europe/Paris' });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function deal(n: number): Promise<Deal> {
  const { deal } = unwrap(
    await trackThread(
      db,
      {
        provider: 'gmail',
        threadId: `thread-${n}`,
        url: `https://mail.google.com/mail/u/0/#inbox/thread-${n}`,
        subject: `Offer ${n}`,
        account: 'me@acme.test',
        contact: { name: `Prospect ${n}`, email: `p${n}@northwind.test` },
        seenMessageCount: 1,
      },
      T0 - 3 * HOUR,
    ),
  );
  return deal;
}

async function followUpAt(dueAt: number, n = 1) {
  const d = await deal(n);
  return unwrap(
    await scheduleSingle(
      db,
      { dealId: d.id, when: { at: dueAt }, channel: 'phone', templateKind: null },
      T0 - 3 * HOUR,
    ),
  );
}

describe('refreshReminders', () => {
  it('shows nothing and keeps only the safety and day alarms when nothing is pending', async () => {
    const { dueCount } = await refreshReminders(db, T0);
    expect(dueCount).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(names).toEqual([ALARM_DAY_CHANGE, ALARM_SAFETY].sort());
  });

  it('sets one alarm at the next due follow-up and counts today’s and overdue ones in the badge', async () => {
    await followUpAt(T0 - 2 * HOUR, 1); // overdue (was due at 08:00 local)
    await followUpAt(T0 + 3 * HOUR, 2); // later today
    await followUpAt(T0 + 30 * HOUR, 3); // tomorrow
    const { dueCount } = await refreshReminders(db, T0);
    expect(dueCount).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect((await fakeBrowser.alarms.get(ALARM_NEXT_DUE))?.scheduledTime).toBe(T0 + 3 * HOUR);
  });

  it('moves the day-change alarm to the next local midnight', async () => {
    await refreshReminders(db, T0);
    // next midnight in Paris after 2026-03-03 10:00 = 2026-03-03T23:00Z
    expect((await fakeBrowser.alarms.get(ALARM_DAY_CHANGE))?.scheduledTime).toBe(Date.UTC(2026, 2, 3, 23));
  });
});

describe('notifyDue', () => {
  it('notifies a due follow-up once, with who, which step and the channel, and buttons on Chrome', async () => {
    await followUpAt(T0 - HOUR);
    const first = await notifyDue(db, T0);
    const again = await notifyDue(db, T0 + 60_000);
    expect(first.notified).toHaveLength(1);
    expect(again.notified).toHaveLength(0);
    const created = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    expect(created).toHaveLength(1);
    expect(created[0]?.title).toContain('Prospect 1');
    expect(created[0]?.message).toMatch(/1.*1/);
    expect(created[0]?.buttons).toHaveLength(2);
  });

  it(`groups more than ${MAX_SEPARATE_NOTIFICATIONS} due at once into one notification`, async () => {
    for (let n = 1; n <= MAX_SEPARATE_NOTIFICATIONS + 1; n++) await followUpAt(T0 - HOUR, n);
    const { notified } = await notifyDue(db, T0);
    expect(notified).toHaveLength(MAX_SEPARATE_NOTIFICATIONS + 1);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toHaveLength(1);
  });

  it('stays quiet when the rep turned notifications off', async () => {
    await db.settings.update('settings', { notifications: false });
    await followUpAt(T0 - HOUR);
    await notifyDue(db, T0);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toHaveLength(0);
  });

  it('snoozes for an hour from the notification’s second button', async () => {
    const f = await followUpAt(T0 - HOUR);
    await notifyDue(db, T0);
    await handleNotificationButton(db, `follow-up:${f.id}`, 1, T0);
    const after = await db.followUps.get(f.id);
    expect(after?.dueAt).toBe(T0 + HOUR);
    expect(after?.snoozedFrom).toBe(T0 - HOUR);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});

describe('notifications a write made untrue', () => {
  const shown = async () => Object.keys(await fakeBrowser.notifications.getAll()).sort();

  it('clears a due follow-up’s notification once its deal pauses or its step is done, and keeps the others', async () => {
    const a = await followUpAt(T0 - HOUR, 1);
    const b = await followUpAt(T0 - HOUR, 2);
    await notifyDue(db, T0);
    // A notification of another kind, about a deal still open, is not the follow-ups' to clear.
    const other = await deal(3);
    await fakeBrowser.notifications.create(`relance:reply:${other.id}`, {
      type: 'basic',
      title: 't',
      message: 'm',
      iconUrl: '',
    });
    const reply = `relance:reply:${other.id}`;
    expect(await shown()).toEqual([`follow-up:${a.id}`, `follow-up:${b.id}`, reply].sort());

    unwrap(await pauseDeal(db, { dealId: a.dealId }, T0));
    await refreshReminders(db, T0);
    expect(await shown()).toEqual([`follow-up:${b.id}`, reply].sort());

    unwrap(await completeFollowUp(db, { followUpId: b.id }, T0));
    await refreshReminders(db, T0);
    expect(await shown()).toEqual([reply]);
  });

  it('clears a reply notification once the rep confirmed the reply (from the popup or the thread), and keeps the others', async () => {
    const flag = async (n: number) => {
      const f = await followUpAt(T0 + 30 * HOUR, n);
      const d = await db.deals.get(f.dealId);
      if (!d) throw new Error('no deal');
      const from = d.contact.email;
      expect(await flagReplyLikely(db, d, { at: T0 - HOUR, from, source: 'gmail-feed' }, T0)).toBe(true);
      return d.id;
    };
    const first = await flag(1);
    const second = await flag(2);
    const { notified } = await notifyReplies(db, [first, second]);
    expect(notified).toEqual([first, second]);
    // The writes after it (any of them: a badge refresh) keep what is still true.
    await refreshReminders(db, T0);
    expect(await shown()).toEqual([`relance:reply:${first}`, `relance:reply:${second}`].sort());

    unwrap(await confirmReply(db, { dealId: first, replied: true }, T0 + 60_000));
    await refreshReminders(db, T0 + 60_000);
    expect(await shown()).toEqual([`relance:reply:${second}`]);

    // "Not a reply": the deal resumes, so "reply likely, open to confirm" is no longer true either.
    unwrap(await confirmReply(db, { dealId: second, replied: false }, T0 + 120_000));
    await refreshReminders(db, T0 + 120_000);
    expect(await shown()).toEqual([]);
  });

  it('clears a reply notification of a deal deleted or closed since', async () => {
    const f = await followUpAt(T0 + 30 * HOUR, 1);
    await fakeBrowser.notifications.create(`relance:reply:${f.dealId}`, {
      type: 'basic',
      title: 't',
      message: 'm',
      iconUrl: '',
    });
    await fakeBrowser.notifications.create('relance:reply:gone', {
      type: 'basic',
      title: 't',
      message: 'm',
      iconUrl: '',
    });
    await refreshReminders(db, T0);
    expect(await shown()).toEqual([`relance:reply:${f.dealId}`]);
    unwrap(await markLost(db, { dealId: f.dealId }, T0));
    await refreshReminders(db, T0);
    expect(await shown()).toEqual([]);
  });

  it('clears the grouped notification once nothing is due any more', async () => {
    const steps = [];
    for (let n = 1; n <= MAX_SEPARATE_NOTIFICATIONS + 1; n++) steps.push(await followUpAt(T0 - HOUR, n));
    await notifyDue(db, T0);
    const [first, ...rest] = steps;
    unwrap(await markLost(db, { dealId: first?.dealId ?? '' }, T0));
    await refreshReminders(db, T0);
    expect(await shown()).toHaveLength(1);
    for (const f of rest) unwrap(await markLost(db, { dealId: f.dealId }, T0));
    await refreshReminders(db, T0);
    expect(await shown()).toEqual([]);
  });
});
