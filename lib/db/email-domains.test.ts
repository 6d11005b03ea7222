import { describe, expect, it } from 'vitest';
import { companyFromEmail, isPublicEmailDomain, PUBLIC_EMAIL_DOMAINS } from './email-domains';

describe('isPublicEmailDomain', () => {
  it.each([
    'gmail.com',
    'GMail.com',
    'outlook.com',
    'outlook.fr',
    'hotmail.com',
    'hotmail.fr',
    'hotmail.co.uk',
    'yahoo.com',
    'yahoo.fr',
    'icloud.com',
    'live.com',
    'orange.fr',
    'free.fr',
    'laposte.net',
    'gmx.de',
    'gmx.net',
    'proton.me',
  ])('%s is a public mailbox', (domain) => {
    expect(isPublicEmailDomain(domain)).toBe(true);
  });

  it.each([
    'northwind-labs.test',
    'acme.fr',
    'freeway.fr',
    'mygmail.com',
    'gmail.company.test',
    'yahoofans.org',
    '',
  ])('%s is not', (domain) => {
    expect(isPublicEmailDomain(domain)).toBe(false);
  });

  it('exports its list in lower case, wildcards only as a whole country suffix', () => {
    expect(PUBLIC_EMAIL_DOMAINS.length).toBeGreaterThan(10);
    for (const entry of PUBLIC_EMAIL_DOMAINS) {
      expect(entry).toBe(entry.toLowerCase());
      expect(entry).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)*(\.\*)?$/);
    }
  });
});

describe('companyFromEmail', () => {
  it.each([
    ['dana@northwind-labs.test', 'Northwind Labs'],
    ['DANA@NORTHWIND-LABS.TEST', 'Northwind Labs'],
    ['sam@acme.com', 'Acme'],
    ['sam@mail.acme.com', 'Acme'],
    ['sam@acme.co.uk', 'Acme'],
    ['sam@big_data-works.io', 'Big Data Works'],
    ['dana@gmail.com', ''],
    ['dana@hotmail.fr', ''],
    ['dana@yahoo.co.uk', ''],
    ['not-an-email', ''],
    ['', ''],
    ['root@localhost', ''],
  ])('%s → "%s"', (email, company) => {
    expect(companyFromEmail(email)).toBe(company);
  });
});
