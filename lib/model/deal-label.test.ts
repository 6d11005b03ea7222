import { describe, expect, it } from 'vitest';
import { dealTitle, dealWho } from './deal-label';

const deal = (name: string, email: string, subject: string, company: string) => ({
  contact: { name, email, phone: '' },
  subject,
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
});
