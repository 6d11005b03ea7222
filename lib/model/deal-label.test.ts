import { describe, expect, it } from 'vitest';
import { dealSubject, dealTitle, dealUrl, dealWho } from './deal-label';

const deal = (name: string, email: string, subject: string, company: string) => ({
  contact: { name, email, phone: '' },
  threads: [
    { provider: 'gmail' as const, threadId: 't', url: 'https://mail.google.com/t', subject, account: null },
  ],
  company,
});

describe('who a deal is about', () => {
  it('is the contact’s name, else their address, else the subject', () => {
    expect(dealWho(deal('Dana', 'dana@n.test', 'Offer', ''))).toBe('Dana');
    expect(dealWho(deal('', 'dana@n.test', 'Offer', ''))).toBe('dana@n.test');
    expect(dealWho(deal('', '', 'Offer', ''))).toBe('Offer');
  });

  it('adds the company in brackets when there is one', () => {
    expect(dealTitle(deal('Dana', 'dana@n.test', 'Offer', 'Northwind'))).toBe('Dana (Northwind)');
    expect(dealTitle(deal('Dana', 'dana@n.test', 'Offer', ''))).toBe('Dana');
  });

  it('reads the first thread’s subject and URL, and nothing for a deal without a thread', () => {
    expect(dealSubject(deal('', '', 'Offer', ''))).toBe('Offer');
    expect(dealUrl(deal('', '', 'Offer', ''))).toBe('https://mail.google.com/t');
    const phoneLead = { contact: { name: '', email: '', phone: '+33 6' }, threads: [], company: 'Acme' };
    expect(dealSubject(phoneLead)).toBe('');
    expect(dealUrl(phoneLead)).toBeNull();
    expect(dealWho(phoneLead)).toBe('+33 6');
    expect(dealTitle({ ...phoneLead, contact: { name: '', email: '', phone: '' } })).toBe('Acme');
  });
});
