// Which email domains say nothing about the prospect's company. Reply detection reuses this: a
// message from someone else at the contact's domain counts as the prospect's answer, except on these.

/** Public mailbox providers. A `name.*` entry covers every country domain (hotmail.fr, yahoo.co.uk). */
export const PUBLIC_EMAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.*',
  'hotmail.*',
  'live.com',
  'live.fr',
  'msn.com',
  'yahoo.*',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'laposte.net',
  'gmx.*',
  'proton.me',
  'protonmail.com',
  'pm.me',
];

export function isPublicEmailDomain(domain: string): boolean {
  const d = domain.trim().toLowerCase();
  if (d === '') return false;
  return PUBLIC_EMAIL_DOMAINS.some((entry) =>
    entry.endsWith('.*') ? d.startsWith(entry.slice(0, -1)) : d === entry,
  );
}

/** The domain of an address (after its last @), lower-cased; '' when it has none. */
export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

/**
 * The domain two addresses must share to be the same company's: the address's domain, '' for a
 * public mailbox (two gmail.com addresses are strangers) or an address without one. Reply detection
 * (lib/replies isProspectSide) and the deals' prospectKeys index (lib/model) both read it.
 */
export function companyDomain(email: string): string {
  const domain = domainOf(email);
  return domain === '' || isPublicEmailDomain(domain) ? '' : domain;
}

/** Second-level labels under a country code that are not the company's name (acme.co.uk, acme.com.au). */
const GENERIC_SECOND_LEVEL = new Set([
  'co',
  'com',
  'org',
  'net',
  'ac',
  'gov',
  'edu',
  'gouv',
  'asso',
  'ltd',
  'plc',
]);

/**
 * A company name guessed from an address: dana@northwind-labs.test → "Northwind Labs",
 * x@mail.acme.co.uk → "Acme". Empty for public mailboxes and unreadable addresses.
 */
export function companyFromEmail(email: string): string {
  const domain = email.trim().toLowerCase().split('@')[1] ?? '';
  if (domain === '' || isPublicEmailDomain(domain)) return '';
  const labels = domain.split('.').filter((l) => l !== '');
  if (labels.length < 2) return '';
  labels.pop(); // the top-level domain
  const last = labels[labels.length - 1];
  if (labels.length >= 2 && last !== undefined && GENERIC_SECOND_LEVEL.has(last)) labels.pop();
  const name = labels[labels.length - 1] ?? '';
  return name
    .split(/[-_]+/)
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
