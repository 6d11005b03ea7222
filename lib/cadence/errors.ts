// The one error scheduling throws on purpose. Its message is written for the rep (the panel shows it
// as is); its code is for the code (the messaging layer maps it to a Result error code, and a UI
// that wants a translated text can key it on the code).

/**
 * past-date: the rep picked a moment that has already passed;
 * no-working-day: the working time leaves no working day within the search bound (3 years);
 * invalid-time: a time, date, time zone or delay that cannot be read.
 */
export type CadenceErrorCode = 'past-date' | 'no-working-day' | 'invalid-time';

export class CadenceError extends Error {
  override readonly name = 'CadenceError';

  constructor(
    readonly code: CadenceErrorCode,
    message: string,
  ) {
    super(message);
  }
}
