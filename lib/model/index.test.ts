// A deal's index keys (schema v6): what its threads and contact give, written by withIndexKeys and
// kept by withThreads and withContact; and the keys a sender is looked up by, which must find
// exactly the deals the reply rule (lib/replies isProspectSide, or a list row's exact name) matches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProspectSide } from '../replies/classify';
import {
  type Contact,
  type DealThread,
  gmailAccountsOf,
  indexKeysOf,
  prospectKeysOf,
  senderKeys,
  withContact,
  withIndexKeys,
  withThreads,
} from './index';

const thread = (provider: DealThread['provider'], threadId: string, url: string): DealThread => ({
  provider,
  threadId,
  url,
  subject: '',
  account: null,
});

describe('gmailAccountsOf', () => {
  it('reads /mail/u/N/ of each Gmail thread (0 without one), ascending, each once; Outlook threads give none', () => {
    expect(
      gmailAccountsOf([
        thread('gmail', 'a', 'https://mail.google.com/mail/u/2/#inbox/a'),
        thread('gmail', 'b', 'https://mail.google.com/mail/#inbox/b'),
        thread('gmail', 'c', 'https://mail.google.com/mail/u/2/#search/x/c'),
        thread('gmail', 'd', 'https://mail.google.com/mail/u/10/#inbox/d'),
        thread('outlook', 'e', 'https://outlook.office.com/mail/u/3/id/e'),
      ]),
    ).toEqual([0, 2, 10]);
    expect(gmailAccountsOf([thread('outlook', 'e', 'https://outlook.office.com/mail/id/e')])).toEqual([]);
    expect(gmailAccountsOf([])).toEqual([]);
  });
});

describe('prospectKeysOf', () => {
  it('keys the address lower-cased, the company domain, and the name as written', () => {
    expect(prospectKeysOf({ name: 'Dana Whitfield', email: 'Dana@Northwind-Labs.test' })).toEqual([
      'email:dana@northwind-labs.test',
      'domain:northwind-labs.test',
      'name:Dana Whitfield',
    ]);
  });

  it('gives no domain for a public mailbox, and nothing for what is empty', () => {
    expect(prospectKeysOf({ name: '', email: 'elodie@gmail.com' })).toEqual(['email:elodie@gmail.com']);
    expect(prospectKeysOf({ name: 'Marc', email: '' })).toEqual(['name:Marc']);
    expect(prospectKeysOf({ name: '', email: '' })).toEqual([]);
  });
});

describe('withIndexKeys, withThreads, withContact', () => {
  const contact: Contact = { name: 'Dana', email: 'dana@northwind.test', phone: '' };
  const deal = withIndexKeys({
    id: 'd1',
    threads: [thread('gmail', 't1', 'https://mail.google.com/mail/u/1/#inbox/t1')],
    contact,
  });

  it('computes every index key of a deal being built', () => {
    expect(deal).toEqual({
      id: 'd1',
      threads: [thread('gmail', 't1', 'https://mail.google.com/mail/u/1/#inbox/t1')],
      contact,
      threadKeys: ['gmail:t1'],
      gmailAccounts: [1],
      prospectKeys: ['email:dana@northwind.test', 'domain:northwind.test', 'name:Dana'],
    });
  });

  it('keeps them right when the threads change', () => {
    const more = withThreads(deal, [
      ...deal.threads,
      thread('gmail', 't2', 'https://mail.google.com/mail/u/0/#inbox/t2'),
      thread('outlook', 't3', 'https://outlook.office.com/mail/id/t3'),
    ]);
    expect(more).toMatchObject({ threadKeys: ['gmail:t1', 'gmail:t2', 'outlook:t3'], gmailAccounts: [0, 1] });
    expect(more.prospectKeys).toEqual(deal.prospectKeys);
    expect(withThreads(more, [])).toMatchObject({ threads: [], threadKeys: [], gmailAccounts: [] });
  });

  it('keeps them right when the contact changes', () => {
    const moved = withContact(deal, { name: 'Dana W.', email: 'dana@gmail.com', phone: '' });
    expect(moved.prospectKeys).toEqual(['email:dana@gmail.com', 'name:Dana W.']);
    expect(moved).toMatchObject({ threadKeys: ['gmail:t1'], gmailAccounts: [1] });
    expect(indexKeysOf(moved)).toEqual({
      threadKeys: moved.threadKeys,
      gmailAccounts: moved.gmailAccounts,
      prospectKeys: moved.prospectKeys,
    });
  });
});

describe('senderKeys find exactly the deals the reply rule matches', () => {
  // Few parts, so that addresses and names collide often: same address, same company, public mailboxes.
  const local = fc.constantFrom('dana', 'Dana', 'sam', 'info', '');
  const domain = fc.constantFrom(
    'northwind.test',
    'Northwind.TEST',
    'contoso.test',
    'gmail.com',
    'hotmail.fr',
    '',
  );
  const email = fc.oneof(
    fc.tuple(local, domain).map(([l, d]) => (d === '' ? l : `${l}@${d}`)),
    fc.constantFrom('', ' dana@northwind.test ', 'a@b@northwind.test', 'no-at-sign'),
  );
  const name = fc.constantFrom('', 'Dana', 'dana', 'Sam Ortiz');

  /** The rule as reportListRows and checkGmailFeeds applied it to every waiting deal. */
  const ruleMatches = (sender: { email: string; name: string }, contact: { email: string; name: string }) =>
    sender.email !== ''
      ? isProspectSide(sender.email, contact.email.toLowerCase())
      : contact.name !== '' && sender.name === contact.name;

  it('a sender and a contact share a key exactly when the rule says the sender is the prospect’s side', () => {
    fc.assert(
      fc.property(fc.record({ email, name }), fc.record({ email, name }), (sender, contact) => {
        const keys = new Set(prospectKeysOf(contact));
        const shared = senderKeys(sender).some((k) => keys.has(k));
        expect(shared).toBe(ruleMatches(sender, contact));
      }),
      { numRuns: 3000 },
    );
  });

  it('looks an address up by itself and its company domain, a name-only sender by the name', () => {
    expect(senderKeys({ email: ' Sam@Contoso.test ', name: 'Sam' })).toEqual([
      'email:sam@contoso.test',
      'domain:contoso.test',
    ]);
    expect(senderKeys({ email: 'sam@gmail.com', name: '' })).toEqual(['email:sam@gmail.com']);
    expect(senderKeys({ email: '', name: 'Sam Ortiz' })).toEqual(['name:Sam Ortiz']);
    expect(senderKeys({ email: '  ', name: 'Sam Ortiz' })).toEqual([]);
    expect(senderKeys({ email: '', name: '' })).toEqual([]);
  });
});
