// The shared panel scenarios (panel-scenarios.ts) on Gmail's fixture pages at mail.google.com.
import type { Page } from 'playwright-core';
import { describePanelScenarios } from './panel-scenarios';

/** Gmail's Reply opens an inline reply box below the thread (as in gmail-05-inline-reply-open). */
async function gmailOpensReplyBoxes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = window as unknown as { relanceTestInputs: number };
    scope.relanceTestInputs = 0;
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target as Element | null;
        if (!target?.closest('[aria-label="Reply"], .ams.bkH') || document.querySelector('[data-test-reply]'))
          return;
        const holder = document.createElement('div');
        holder.className = 'ip adB';
        holder.innerHTML =
          '<div class="M9"><div class="Am aiL Al editable" role="textbox" aria-label="Message Body" g_editable="true" contenteditable="true" aria-multiline="true" data-test-reply="1" style="min-height:80px">Thanks Dana,</div></div>';
        holder.addEventListener('input', () => {
          scope.relanceTestInputs += 1;
        });
        document.querySelector('.amn')?.parentElement?.after(holder);
      },
      true,
    );
  });
}

describePanelScenarios({
  name: 'Gmail',
  threads: [
    'gmail-01-single-sent-by-me',
    'gmail-02-four-messages-cc',
    'gmail-03-fr-followup-last',
    'gmail-04-alias-reply',
    'gmail-05-inline-reply-open',
    'gmail-06-preview-pane',
    'gmail-08-search-second-account',
    'gmail-09-no-subject-mailing-list',
    'gmail-x01-unknown-markup',
    'gmail-x02-hostile-sender',
    'gmail-x03-new-message-window',
    'gmail-x04-popped-out-reply',
    'gmail-x06-unknown-language',
    'gmail-x07-class-names-only',
  ],
  notThreads: ['gmail-07-inbox-only', 'gmail-x05-settings'],
  tracked: 'gmail-04-alias-reply',
  navigation: ['gmail-02-four-messages-cc', 'gmail-03-fr-followup-last', 'gmail-08-search-second-account'],
  degraded: 'gmail-x01-unknown-markup',
  hostile: 'gmail-x02-hostile-sender',
  beforeAnswer: 'gmail-x08-before-answer',
  afterAnswer: 'gmail-x09-after-answer',
  prospectFirstName: 'Dana',
  opensReplyBoxes: gmailOpensReplyBoxes,
});
