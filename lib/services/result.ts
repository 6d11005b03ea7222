// What every use case answers, and the one home of its error codes: never a thrown error. The
// message protocol (lib/messaging/protocol.ts) sends these Results across as they are, and the
// popup and options page get the same from a direct call.
//
// An error carries a `code` (what kind of failure, for the code), a `key` and `params` (which
// problem, for a UI that translates it: see PROBLEMS) and `message`, the English sentence the UI
// shows today.

import type { Problem } from '../backup/format';
import { CadenceError } from '../cadence/errors';
import { TemplateError } from '../templates/render';

export const ERROR_CODES = [
  'invalid-message',
  'not-found',
  'invalid',
  'past-date',
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ProblemParams = Record<string, string | number>;

/** Every failure a use case can answer, its code and its English sentence (params filled in). */
export const PROBLEMS = {
  invalidMessage: { code: 'invalid-message', message: (p) => `Malformed ${p.type} message: ${p.detail}` },
  internal: {
    code: 'internal',
    message: () => 'Something went wrong in Relance. Your data is unchanged; please try again.',
  },
  dealNotFound: {
    code: 'not-found',
    message: () => 'This deal no longer exists. It may have been deleted from another window.',
  },
  followUpNotFound: {
    code: 'not-found',
    message: () => 'This follow-up no longer exists. It may have been deleted from another window.',
  },
  stageNotFound: { code: 'not-found', message: () => 'This stage no longer exists. Pick another stage.' },
  cadenceNotFound: {
    code: 'not-found',
    message: () => 'This cadence no longer exists. Pick another cadence.',
  },
  templateNotFound: { code: 'not-found', message: () => 'This template no longer exists.' },
  catalogNotFound: { code: 'not-found', message: () => 'No catalog here.' },
  noOpenStage: {
    code: 'not-found',
    message: () => 'There is no open stage to put this deal in. Add one in the options first.',
  },
  noStageOfKind: {
    code: 'not-found',
    message: (p) => `There is no “${p.kind}” stage to move this deal to. Add one in the options first.`,
  },
  threadIdUnreadable: { code: 'invalid', message: () => 'Relance could not read this thread’s id.' },
  emailInvalid: { code: 'invalid', message: (p) => `“${p.email}” does not look like an email address.` },
  valueInvalid: { code: 'invalid', message: () => 'The deal’s value must be a positive amount (or zero).' },
  currencyInvalid: {
    code: 'invalid',
    message: () => 'The currency must be a 3-letter code, such as EUR or USD.',
  },
  seenCountInvalid: { code: 'invalid', message: () => 'The number of messages must be a whole number.' },
  settingsInvalid: { code: 'invalid', message: (p) => String(p.detail) },
  recordInvalid: { code: 'invalid', message: (p) => `${p.what} cannot be saved: ${p.detail}` },
  defaultCadenceMissing: {
    code: 'invalid',
    message: () => 'This cadence no longer exists. Pick another default cadence.',
  },
  nextStepPast: { code: 'past-date', message: () => 'The next step is in the past — pick a later date.' },
  nextStepTooFar: {
    code: 'invalid',
    message: () => 'The next step is more than two years away — pick an earlier date.',
  },
  followUpPast: {
    code: 'past-date',
    message: () => 'This follow-up would be in the past — pick a later date.',
  },
  snoozePast: {
    code: 'past-date',
    message: () => 'You can only snooze until a later time — pick a time after now.',
  },
  snoozeEarlier: {
    code: 'past-date',
    message: () => 'This follow-up is not due until later: a snooze can only move it after its due time.',
  },
  followUpAlreadyDone: { code: 'conflict', message: () => 'This follow-up is already marked done.' },
  followUpAlreadySkipped: { code: 'conflict', message: () => 'This follow-up was already skipped.' },
  followUpCancelled: {
    code: 'conflict',
    message: () => 'This follow-up was cancelled (the prospect replied, or its cadence was stopped).',
  },
  followUpPaused: {
    code: 'conflict',
    message: () => 'This deal is paused — resume it before handling its follow-ups.',
  },
  dealAlreadyPaused: { code: 'conflict', message: () => 'This deal is already paused.' },
  dealNotPausable: {
    code: 'conflict',
    message: () => 'Only a deal in progress can be paused; this one is closed or answered.',
  },
  dealNotPaused: { code: 'conflict', message: () => 'This deal is not paused.' },
  replyNotCorrectable: {
    code: 'conflict',
    message: () => 'There is no reading of the prospect’s reply to correct on this deal any more.',
  },
  dealClosed: {
    code: 'conflict',
    message: (p) =>
      `This deal is ${p.status === 'won' ? 'signed' : 'lost'}: reopen it (choose its stage) before scheduling follow-ups.`,
  },
  stageHasDeals: {
    code: 'conflict',
    message: (p) => `${p.count} deals are in this stage: move them before deleting it.`,
  },
  cadenceInUse: {
    code: 'conflict',
    message: () => 'This cadence is the default or a stage’s default; it cannot be deleted.',
  },
  importRefused: { code: 'invalid', message: (p) => `The file cannot be imported: ${p.detail}` },
  noteEmpty: { code: 'invalid', message: () => 'A note needs some text.' },
  threadOnOtherDeal: {
    code: 'conflict',
    message: () => 'This thread already belongs to another deal: detach it there first.',
  },
  threadNotOnDeal: { code: 'not-found', message: () => 'This thread is no longer on this deal.' },
  dealNeedsSomeone: {
    code: 'invalid',
    message: () => 'A new deal needs a name, an email address, a phone number or a company.',
  },
  // From lib/cadence (CadenceError) and lib/templates (TemplateError), which throw their own.
  pastDate: { code: 'past-date', message: (p) => String(p.detail) },
  noWorkingDay: { code: 'invalid', message: (p) => String(p.detail) },
  invalidTime: { code: 'invalid', message: (p) => String(p.detail) },
  templateUnknownVariable: { code: 'invalid', message: (p) => String(p.detail) },
} satisfies Record<string, { code: ErrorCode; message: (params: ProblemParams) => string }>;
export type ProblemKey = keyof typeof PROBLEMS;

/** One thing wrong with an imported file: where, what, and its key for a UI to translate (lib/backup). */
export type { Problem } from '../backup/format';

export interface ServiceError {
  code: ErrorCode;
  /** Which problem: a UI may translate it (with params) instead of showing `message`. */
  key: ProblemKey;
  params?: ProblemParams;
  /** The problem in English, for the UI as it is today. */
  message: string;
  /** An import's list of what is wrong with the file. */
  problems?: Problem[];
  /** For the developer, on an unexpected failure: what was thrown. */
  detail?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ServiceError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failure(
  key: ProblemKey,
  params?: ProblemParams,
  extra: Pick<ServiceError, 'problems' | 'detail'> = {},
): { ok: false; error: ServiceError } {
  const problem: { code: ErrorCode; message: (p: ProblemParams) => string } = PROBLEMS[key];
  return {
    ok: false,
    error: {
      code: problem.code,
      key,
      ...(params ? { params } : {}),
      message: problem.message(params ?? {}),
      ...extra,
    },
  };
}

/** What a use case throws on purpose inside its transaction (which aborts): a problem of PROBLEMS. */
export class RelanceError extends Error {
  override readonly name = 'RelanceError';
  readonly failure: { ok: false; error: ServiceError };

  constructor(key: ProblemKey, params?: ProblemParams, extra?: Pick<ServiceError, 'problems'>) {
    const answer = failure(key, params, extra);
    super(answer.error.message);
    this.failure = answer;
  }

  get code(): ErrorCode {
    return this.failure.error.code;
  }
}

/** Throws the problem `key` (the transaction around it aborts; the use case answers it). */
export function refuse(key: ProblemKey, params?: ProblemParams): never {
  throw new RelanceError(key, params);
}

/** Any thrown value as a Result error: ours as they are, the rest as 'internal' (logged, detail kept). */
export function toFailure(error: unknown): { ok: false; error: ServiceError } {
  if (error instanceof RelanceError) return error.failure;
  if (error instanceof CadenceError) {
    const key =
      error.code === 'past-date'
        ? 'pastDate'
        : error.code === 'no-working-day'
          ? 'noWorkingDay'
          : 'invalidTime';
    return failure(key, { detail: error.message });
  }
  if (error instanceof TemplateError) return failure('templateUnknownVariable', { detail: error.message });
  // Unexpected: say so plainly, keep the detail for the developer, keep serving.
  console.warn('[relance] use case failed', error);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return failure('internal', undefined, { detail });
}

/** Runs a use case's body: its value, or what it threw as a Result error. */
export async function attempt<T>(body: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await body());
  } catch (error) {
    return toFailure(error);
  }
}

/** The value of a Result, or an Error saying what failed (tests, and callers for whom a failure is a bug). */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const { key, message, detail } = result.error;
  throw new Error(`${key}: ${message}${detail ? ` (${detail})` : ''}`);
}
