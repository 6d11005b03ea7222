// The service worker: thin wiring of lib/. main() is synchronous and registers every listener at
// once, so an event that wakes the worker finds its listener (MV3 workers die when idle).
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../../lib/db';
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

export default defineBackground({
  type: 'module',
  main() {
    const now = () => Date.now();
    const handlers = createHandlers({
      db,
      now,
      uiLanguage: () => browser.i18n.getUILanguage(),
      afterWrite: () => refreshReminders(db, now()).then(() => undefined),
    });
    for (const type of Object.keys(handlers) as MessageType[]) {
      onMessage(type, ({ data }) => handlers[type](data) as never);
    }

    browser.runtime.onInstalled.addListener(() => void startUp(db, now()));
    browser.runtime.onStartup.addListener(() => void startUp(db, now()));
    browser.alarms.onAlarm.addListener((alarm) => void guard(handleAlarm(db, alarm.name, now())));
    browser.commands?.onCommand.addListener((command, tab) => void guard(handleCommand(command, tab?.id)));
    browser.notifications.onClicked.addListener((id) => void guard(handleNotificationClick(db, id)));
    browser.notifications.onButtonClicked?.addListener(
      (id, button) => void guard(handleNotificationButton(db, id, button, now())),
    );

    // Every wake-up: the database may have changed while the worker slept; overdue follow-ups
    // found now are notified and counted as overdue, never dropped.
    void guard(startUp(db, now()).then(() => notifyDue(db, now())));
  },
});

/** A background task's failure is logged, never left as an unhandled rejection. */
function guard(task: Promise<unknown>): Promise<void> {
  return task.then(
    () => undefined,
    (error) => console.warn('[relance] background task failed', error),
  );
}
