// Who a deal is about, in one line, written once: the notification's title, the popup's rows and its
// "Needs you" rows all name a deal this way.
import type { Deal } from './index';

export type DealLabelled = Pick<Deal, 'contact' | 'subject' | 'company'>;

/** The contact's name, else their address, else the thread's subject. */
export function dealWho(deal: Pick<Deal, 'contact' | 'subject'>): string {
  return deal.contact.name || deal.contact.email || deal.subject;
}

/** "Dana Whitfield (Northwind)": who, and the company when there is one. */
export function dealTitle(deal: DealLabelled): string {
  const who = dealWho(deal);
  return deal.company ? `${who} (${deal.company})` : who;
}
