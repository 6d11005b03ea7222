// Who wrote a new message in a tracked thread, and what it means for the cadence.

import { isPublicEmailDomain } from '../db/email-domains';
import type { Person } from '../mail/adapter';
import { isAutoReply } from './auto-reply';

export type MessageKind =
  /** From the rep (the account, or one of the rep's own addresses): never a reply. */
  | 'own'
  /** From the prospect, or someone at the prospect's company: they answered. */
  | 'reply'
  /** From the prospect's side, but automatic (out of office): pause, do not count as an answer. */
  | 'auto-reply'
  /** Anyone else (a colleague in copy, a mailing list): nothing to do. */
  | 'other';

export interface ClassifyContext {
  /** The rep's addresses, lower-cased. */
  own: ReadonlySet<string>;
  /** The tracked contact's address, lower-cased. */
  contactEmail: string;
}

export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

/** Whether `email` is the contact or someone at the contact's company (not a public mail domain). */
export function isProspectSide(email: string, contactEmail: string): boolean {
  const address = email.trim().toLowerCase();
  if (!address) return false;
  if (address === contactEmail) return true;
  const domain = domainOf(address);
  return domain !== '' && domain === domainOf(contactEmail) && !isPublicEmailDomain(domain);
}

export function classifyMessage(
  message: { from: Person; subject?: string; text?: string },
  ctx: ClassifyContext,
): MessageKind {
  const from = message.from.email.trim().toLowerCase();
  if (from && ctx.own.has(from)) return 'own';
  if (!isProspectSide(from, ctx.contactEmail)) return 'other';
  return isAutoReply(message.subject ?? '', message.text ?? '') ? 'auto-reply' : 'reply';
}
