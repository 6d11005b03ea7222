// The service worker: thin wiring of lib/, one file per concern beside this one (messages, alarms,
// notifications, badge, commands, start-up). main() is synchronous and registers every listener at
// once, so an event that wakes the worker finds its listener (MV3 workers die when idle).
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../../lib/db';
import { registerAlarms } from './alarms';
import { registerCommands } from './commands';
import { registerMessages, speakSetLanguage } from './messages';
import { handleNotificationButton, handleNotificationClick, notifyDue } from './notifications';
import { registerPanelDetails } from './panel-details';
import { startUp } from './start-up';
import { workerStats } from './stats';
import { openWelcomeOnInstall } from './welcome';

export default defineBackground({
  type: 'module',
  main() {
    const now = () => Date.now();
    workerStats();
    registerMessages(db, now);
    registerAlarms(db, now, guard);
    registerCommands(guard);
    registerPanelDetails();
    browser.runtime.onInstalled.addListener(() => guard(startUp(db, now())));
    openWelcomeOnInstall();
    browser.runtime.onStartup.addListener(() => guard(startUp(db, now())));
    browser.notifications.onClicked.addListener((id) => guard(handleNotificationClick(db, id)));
    browser.notifications.onButtonClicked?.addListener((id, button) =>
      guard(handleNotificationButton(db, id, button, now())),
    );

    // Every wake-up: the database may have changed while the worker slept; overdue follow-ups
    // found now are notified and counted as overdue, never dropped.
    guard(
      speakSetLanguage(db)
        .then(() => startUp(db, now()))
        .then(() => notifyDue(db, now())),
    );
  },
});

/** A background task's failure is logged, never left as an unhandled rejection. */
function guard(task: Promise<unknown>): void {
  task.then(
    () => undefined,
    (error) => {
      workerStats().failures += 1;
      console.warn('[relance] background task failed', error);
    },
  );
}
