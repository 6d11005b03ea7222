// The one error the repositories throw on purpose. Its message is written for the rep (the panel
// shows it as is); its code is for the code (the messaging layer maps it to a Result error code,
// and a UI that wants a translated text can key it on the code).

export type RelanceErrorCode = 'not-found' | 'invalid' | 'past-date' | 'conflict';

export class RelanceError extends Error {
  override readonly name = 'RelanceError';

  constructor(
    readonly code: RelanceErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const MESSAGES = {
  dealNotFound: 'This deal no longer exists. It may have been deleted from another window.',
  followUpNotFound: 'This follow-up no longer exists. It may have been deleted from another window.',
  stageNotFound: 'This stage no longer exists. Pick another stage.',
  cadenceNotFound: 'This cadence no longer exists. Pick another cadence.',
  noOpenStage: 'There is no open stage to put this deal in. Add one in the options first.',
  nextStepPast: 'The next step is in the past — pick a later date.',
  nextStepTooFar: 'The next step is more than two years away — pick an earlier date.',
  followUpPast: 'This follow-up would be in the past — pick a later date.',
  snoozePast: 'You can only snooze until a later time — pick a time after now.',
  snoozeEarlier: 'This follow-up is not due until later: a snooze can only move it after its due time.',
} as const;
