// The shared panel scenarios (panel-scenarios.ts) on Outlook's fixture pages, at
// outlook.office.com, outlook.office365.com, outlook.live.com and outlook.cloud.microsoft.
import type { Page } from 'playwright-core';
import { describePanelScenarios } from './panel-scenarios';

/**
 * Outlook's Reply opens a compose at the end of the conversation: the body editor ("Message body")
 * holds the rep's line, then the signature and the quoted message (as in outlook-03).
 */
async function outlookOpensReplyBoxes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = window as unknown as { relanceTestInputs: number };
    scope.relanceTestInputs = 0;
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target as Element | null;
        if (!target?.closest('button[aria-label="Reply"]') || document.querySelector('[data-test-reply]'))
          return;
        const compose = document.createElement('div');
        compose.className = 'aVla3';
        compose.innerHTML =
          '<div class="dMm6A"><div id="editorParent_1"><div aria-label="Message body" contenteditable="true" role="textbox" aria-multiline="true" data-test-reply="1" style="min-height:80px"><div class="elementToProof">Thanks Dana,</div><div id="Signature"><div>—</div></div><div id="appendonsend"></div><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Dana Whitfield</div></div></div></div>';
        compose.addEventListener('input', () => {
          scope.relanceTestInputs += 1;
        });
        document.querySelector('[data-app-section="ConversationContainer"]')?.append(compose);
      },
      true,
    );
  });
}

describePanelScenarios({
  name: 'Outlook',
  threads: [
    'outlook-01-office-three-messages',
    'outlook-02-live-personal-no-account',
    'outlook-03-cloud-microsoft-inline-reply',
    'outlook-04-fr-inline-reply',
    'outlook-05-popout-compose',
    'outlook-extra-01-newest-on-top',
    'outlook-extra-02-fr-newest-on-top-reply',
    'outlook-extra-03-unknown-markup',
    'outlook-extra-04-hostile-names',
    'outlook-extra-05-de-single-message-reply',
    'outlook-extra-06-read-compose-labels-only',
  ],
  notThreads: ['outlook-06-list-only'],
  tracked: 'outlook-05-popout-compose',
  // In-place navigation stays on one origin (outlook.office.com), as in the real app.
  navigation: [
    'outlook-01-office-three-messages',
    'outlook-04-fr-inline-reply',
    'outlook-extra-06-read-compose-labels-only',
  ],
  degraded: 'outlook-extra-03-unknown-markup',
  hostile: 'outlook-extra-04-hostile-names',
  beforeAnswer: 'outlook-extra-07-before-answer',
  afterAnswer: 'outlook-extra-08-after-answer',
  prospectFirstName: 'Dana',
  opensReplyBoxes: outlookOpensReplyBoxes,
});
