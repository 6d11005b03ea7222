// The service worker: thin wiring of lib/. main() is synchronous and registers every listener at
// once, so an event that wakes the worker finds its listener (MV3 workers die when idle).
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db, getSettings } from '../../lib/db';
import { loadCatalog, speakChosenLanguage } from '../../lib/i18n-language';
import { createHandlers } from '../../lib/messaging/handlers';
import { type MessageType, onMessage } from '../../lib/messaging/protocol';
import {
  handleAlarm,
  handleNotificationButton,
  handleNotificationClick,
  notifyDue,
  refreshReminders,
} from '../../lib/reminders';
import { handleCommand } from '../../lib/reminders/commands';
import { startUp } from './start-up';
import { openWelcomeOnInstall } from './welcome';

export default defineBackground({
  type: 'module',
  main() {
    const now = () => Date.now();
    const handlers = createHandlers({
      db,
      now,
      uiLanguage: () => browser.i18n.getUILanguage(),
      // After every write: the rep's language (notifications speak it), then alarms and badge.
      afterWrite: () =>
        speakSetLanguage()
          .then(() => refreshReminders(db, now()))
          .then(() => undefined),
      loadCatalog,
    });
    for (const type of Object.keys(handlers) as MessageType[]) {
      onMessage(type, ({ data }) => handlers[type](data) as never);
    }

    browser.runtime.onInstalled.addListener(() => void startUp(db, now()));
    openWelcomeOnInstall();
    browser.runtime.onStartup.addListener(() => void startUp(db, now()));
    browser.alarms.onAlarm.addListener((alarm) => void guard(handleAlarm(db, alarm.name, now())));
    browser.commands?.onCommand.addListener((command, tab) => void guard(handleCommand(command, tab?.id)));
    browser.notifications.onClicked.addListener((id) => void guard(handleNotificationClick(db, id)));
    browser.notifications.onButtonClicked?.addListener(
      (id, button) => void guard(handleNotificationButton(db, id, button, now())),
    );

    // Every wake-up: the database may have changed while the worker slept; overdue follow-ups
    // found now are notified and counted as overdue, never dropped.
    void guard(
      speakSetLanguage()
        .then(() => startUp(db, now()))
        .then(() => notifyDue(db, now())),
    );
  },
});

/** Notifications and the badge's title in the rep's language from the options, else the browser's. */
async function speakSetLanguage(): Promise<void> {
  try {
    await speakChosenLanguage((await getSettings(db)).language);
  } catch {
    // The browser's language stays.
  }
}

/** A background task's failure is logged, never left as an unhandled rejection. */
function guard(task: Promise<unknown>): Promise<void> {
  return task.then(
    () => undefined,
    (error) => console.warn('[relance] background task failed', error),
  );
}
