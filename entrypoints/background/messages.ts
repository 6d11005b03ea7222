// The protocol's handlers (lib/messaging/handlers.ts: validation, then the use cases of
// lib/services), registered with the browser. After every write the worker speaks the rep's
// language (notifications use it) and rebuilds alarms and badge.
import { browser } from 'wxt/browser';
import { type AppDB, getSettings } from '../../lib/db';
import { loadCatalog, speakChosenLanguage } from '../../lib/i18n-language';
import { createHandlers } from '../../lib/messaging/handlers';
import { type MessageType, onMessage } from '../../lib/messaging/protocol';
import { notifyReplies } from './notifications';
import { refreshReminders } from './reminders';
import { countIn, warnOnFailure, workerStats } from './stats';

export function registerMessages(db: AppDB, now: () => number): void {
  const handlers = createHandlers({
    db,
    now,
    uiLanguage: () => browser.i18n.getUILanguage(),
    // The badge and the alarms need no language: both at once.
    afterWrite: () => Promise.all([speakSetLanguage(db), refreshReminders(db, now())]).then(() => undefined),
    loadCatalog,
    onHandled: (type) => countIn(workerStats().messages, type),
  });
  for (const type of Object.keys(handlers) as MessageType[]) {
    if (type === 'reportListRows') continue;
    onMessage(type, ({ data }) => handlers[type](data) as never);
  }
  // A reply seen in Outlook's message list is said like one seen in Gmail's feed: the rep is not
  // in that thread, and the cadence just paused.
  onMessage('reportListRows', async ({ data }) => {
    const answer = await handlers.reportListRows(data);
    if (answer.ok) {
      await notifyReplies(db, answer.value.flagged).catch((error: unknown) =>
        warnOnFailure('notifying a reply seen in the list', { ok: false, error }),
      );
    }
    return answer;
  });
}

/** Notifications and the badge's title in the rep's language from the options, else the browser's. */
export async function speakSetLanguage(db: AppDB): Promise<void> {
  try {
    await speakChosenLanguage((await getSettings(db)).language);
  } catch {
    // The browser's language stays.
  }
}
