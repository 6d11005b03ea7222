// Who a deal is about, in one line, written once: the notification's title, the popup's rows and its
// "Needs you" rows all name a deal this way.
import type { Deal } from './index';

export type DealLabelled = Pick<Deal, 'contact' | 'threads' | 'company'>;

/** The subject of the deal's first thread ('' for a deal without a thread). */
export function dealSubject(deal: Pick<Deal, 'threads'>): string {
  return deal.threads[0]?.subject ?? '';
}

/** Where the deal's first thread opens (null for a deal without a thread). */
export function dealUrl(deal: Pick<Deal, 'threads'>): string | null {
  return deal.threads[0]?.url || null;
}

/** The contact's name, else their address, else the first thread's subject, else their phone. */
export function dealWho(deal: Pick<Deal, 'contact' | 'threads'>): string {
  return deal.contact.name || deal.contact.email || dealSubject(deal) || deal.contact.phone;
}

/** "Dana Whitfield (Northwind)": who, and the company when there is one. */
export function dealTitle(deal: DealLabelled): string {
  const who = dealWho(deal);
  if (who === '') return deal.company;
  return deal.company ? `${who} (${deal.company})` : who;
}
