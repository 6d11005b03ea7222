// Every limit of a record's fields, written once: the zod schemas (./schemas.ts) check them, and
// code that must stay within them without loading zod (a guessed company name, a form's
// maxLength) reads them here.

/** Every limit, once. Generous for real data; they stop a hostile page or file early. */
export const LIMITS = {
  // Text lengths (characters).
  id: 200,
  threadId: 500,
  /** A message's key in its thread (lib/mail/message-key.ts: `id:…` or `fp:…`). */
  messageKey: 300,
  /** A person's name, a company, a template's or a sender's name. */
  name: 300,
  email: 320,
  phone: 60,
  offer: 500,
  subject: 2000,
  url: 4000,
  /** A stage's or cadence's name, a checklist action, in one language. */
  localized: 500,
  /** What the rep prepares, what the prospect does, why the pause. */
  nextStepText: 2000,
  note: 5000,
  pauseReason: 500,
  /** The sign a reply was read by ("Automatic reply", "not interested"), as written. */
  replyCue: 300,
  /** Why a deal was lost (the protocol and the backup once disagreed here: 2,000 vs 500). */
  lostReason: 2000,
  templateBody: 50_000,
  timeZone: 100,
  clockTime: 5,
  calendarDate: 10,
  // List sizes.
  doneActionIds: 200,
  /** Email threads of one deal. */
  dealThreads: 200,
  stageActions: 100,
  cadenceSteps: 200,
  tailTimes: 1000,
  holidays: 2000,
  vacations: 500,
  ownAddresses: 100,
  // Numbers.
  count: 1_000_000,
  spanUnit: 100_000,
  breakupWaitDays: 3650,
  /** A next step further ahead than this many years is refused (a typo such as 2062, not a plan). */
  nextStepYears: 2,
  money: 1e12,
  /** The largest instant a Date can hold. */
  instant: 8.64e15,
} as const;
