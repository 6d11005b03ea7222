import { describe, expect, it } from 'vitest';
import type { Deal } from '../model';
import { templateValuesForDeal } from './deal-values';

type DealFields = Pick<Deal, 'contact' | 'company' | 'offer' | 'nextStep'>;

const deal: DealFields = {
  contact: { name: 'Dana Whitfield', email: 'dana@northwind.test', phone: '' },
  company: 'Northwind',
  offer: 'the Pro plan',
  nextStep: {
    at: Date.UTC(2026, 2, 3, 9, 0),
    channel: 'phone',
    repAction: '',
    prospectAction: '',
    reason: '',
  },
};

describe('templateValuesForDeal', () => {
  it('leaves out a company guessed from the email domain until the rep confirms it', () => {
    const opts = { senderName: 'Sam', lang: 'en', timeZone: 'Europe/Paris' } as const;
    expect(templateValuesForDeal({ ...deal, companyGuessed: true }, opts).company).toBeUndefined();
    expect(templateValuesForDeal({ ...deal, companyGuessed: false }, opts).company).toBe('Northwind');
  });

  it('gives every variable from the deal and the rep', () => {
    expect(
      templateValuesForDeal(deal, { senderName: 'Sam Rep', lang: 'fr', timeZone: 'Europe/Paris' }),
    ).toEqual({
      firstName: 'Dana',
      lastName: 'Whitfield',
      company: 'Northwind',
      offer: 'the Pro plan',
      slot: 'mardi 3 mars à 10:00',
      senderName: 'Sam Rep',
    });
  });

  it('leaves out what the deal does not know', () => {
    const bare: DealFields = {
      contact: { name: 'dana@northwind.test', email: 'dana@northwind.test', phone: '' },
      company: ' ',
      offer: '',
      nextStep: null,
    };
    expect(templateValuesForDeal(bare, { senderName: '', lang: 'en', timeZone: 'Europe/Paris' })).toEqual({});
  });

  it('writes the slot’s year when it is not the year of now', () => {
    const opts = { senderName: '', lang: 'en', timeZone: 'Europe/Paris' } as const;
    const lastYear = Date.UTC(2025, 5, 1);
    expect(templateValuesForDeal(deal, { ...opts, now: lastYear }).slot).toBe(
      'Tuesday 3 March 2026 at 10:00',
    );
    expect(templateValuesForDeal(deal, { ...opts, now: Date.UTC(2026, 1, 1) }).slot).toBe(
      'Tuesday 3 March at 10:00',
    );
  });
});
