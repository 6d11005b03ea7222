// Who wrote a new message in a tracked thread, and what it means for the cadence.
//
// classifyReply reads what the prospect's side wrote and says why, for the UI to explain and the
// rep to correct ("Out of office until Mon 14 Dec — from their automatic reply", "It's an answer",
// "It was automatic"). classifyMessage is the sender check plus its kind, for the thread watcher.

import { companyDomain } from '../db/email-domains';
import type { Person } from '../mail/adapter';
import { absenceMention, autoReplySign } from './auto-reply';
import { detectLanguage, type ReplyLanguage } from './language';
import { type OptOutReason, optOutSign } from './opt-out';
import { absenceStartsAfter, findReturnDate } from './return-date';

export type MessageKind =
  /** From the rep (the account, or one of the rep's own addresses): never a reply. */
  | 'own'
  /** From the prospect, or someone at the prospect's company: they answered (a refusal included). */
  | 'reply'
  /** From the prospect's side, but automatic (out of office): pause, do not count as an answer. */
  | 'auto-reply'
  /** Anyone else (a colleague in copy, a mailing list): nothing to do. */
  | 'other';

/**
 * What a message from the prospect's side says, and the sign it was read from. Nothing of the
 * mail is kept beyond the matched sign (`cue`), so a reading can be stored and shown.
 */
export type ReplyReading =
  /**
   * A person answered: the cadence stops and the rep sets the next step. `absence` is the
   * absence it mentions when it mentions one ("I was out of the office"): the UI may then offer
   * "It was automatic" more readily.
   */
  | { kind: 'answer'; absence: string | null }
  /**
   * An automatic reply: the cadence pauses until `returnDay` (yyyy-MM-dd, the first calendar day
   * back, after `today` and within a year; the cadence moves it to a working day), or for the
   * default pause when null. `evidence` says where the sign is; `cue` is the sign as written
   * ("Automatic reply", "out of the office", "message automatique").
   */
  | {
      kind: 'auto-reply';
      evidence: 'subject' | 'text';
      cue: string;
      returnDay: string | null;
      lang: ReplyLanguage;
    }
  /**
   * The prospect asks to stop ("not interested", "remove me", "ne plus me contacter"): the cadence
   * stops, and "lost" is proposed with `reason` for the rep to confirm. `cue` is the phrase matched.
   */
  | { kind: 'opt-out'; reason: OptOutReason; cue: string };

export interface ReplyContent {
  /** The message's own subject when the webmail shows it ('' or absent otherwise). */
  subject?: string;
  /** The start of the message's text (the adapter's readMessageTexts). */
  text?: string;
}

export interface ReadOptions {
  /** The rep's local date, yyyy-MM-dd (lib/cadence localDate): return days are after it. */
  today: string;
  /** The language to read in when the text's own words do not tell (e.g. the deal's). */
  lang?: ReplyLanguage;
  /** English numeric dates day-first (14/12); read from the text when absent. */
  dayFirst?: boolean;
}

type Kind =
  | Exclude<ReplyReading, { kind: 'auto-reply' }>
  | { kind: 'auto-reply'; evidence: 'subject' | 'text'; cue: string; lang: ReplyLanguage };

/**
 * What kind of message it is (the one rule classifyReply and classifyMessage share). With `today`,
 * a notice that announces an absence which has not begun ("I will be away from 23 March", read on
 * the 20th) is a person's message: automatic replies are only sent while one is away.
 */
function readKind(message: ReplyContent, today?: string, langHint?: ReplyLanguage): Kind {
  const subject = message.subject ?? '';
  const text = message.text ?? '';
  const sign = autoReplySign(subject, text);
  const lang = detectLanguage(`${subject} ${text}`, langHint);
  if (sign && !(sign.announced && today && absenceStartsAfter(text, today, lang)))
    return { kind: 'auto-reply', evidence: sign.evidence, cue: sign.cue, lang };
  const refusal = optOutSign(text);
  if (refusal) return { kind: 'opt-out', ...refusal };
  return { kind: 'answer', absence: absenceMention(text) };
}

/**
 * Reads a message from the prospect's side: an answer, an automatic reply (with the day they are
 * back), or a request to stop. Precision first: automatic only on a strong sign (auto-reply.ts),
 * a refusal only when unqualified (opt-out.ts); when unsure, an answer.
 */
export function classifyReply(message: ReplyContent, options: ReadOptions): ReplyReading {
  const read = readKind(message, options.today, options.lang);
  if (read.kind !== 'auto-reply') return read;
  const hints = options.dayFirst === undefined ? {} : { dayFirst: options.dayFirst };
  const returnDay =
    findReturnDate(message.text ?? '', options.today, read.lang, hints) ??
    findReturnDate(message.subject ?? '', options.today, read.lang, hints);
  return { ...read, returnDay };
}

export interface ClassifyContext {
  /** The rep's addresses, lower-cased. */
  own: ReadonlySet<string>;
  /** The tracked contact's address, lower-cased. */
  contactEmail: string;
  /** The rep's local date (yyyy-MM-dd): lets a date overturn a weak sign (see readKind). */
  today?: string;
}

/** Whether `email` is the contact or someone at the contact's company (not a public mail domain). */
export function isProspectSide(email: string, contactEmail: string): boolean {
  const address = email.trim().toLowerCase();
  if (!address) return false;
  if (address === contactEmail) return true;
  const domain = companyDomain(address);
  return domain !== '' && domain === companyDomain(contactEmail);
}

/** Who wrote `message` and, from the prospect's side, whether it is automatic (a refusal is a reply). */
export function classifyMessage(
  message: { from: Person; subject?: string; text?: string },
  ctx: ClassifyContext,
): MessageKind {
  const from = message.from.email.trim().toLowerCase();
  if (from && ctx.own.has(from)) return 'own';
  if (!isProspectSide(from, ctx.contactEmail)) return 'other';
  return readKind(message, ctx.today).kind === 'auto-reply' ? 'auto-reply' : 'reply';
}
