import { describe, expect, it } from 'vitest';
import { makeFollowUp } from '../db/test-support';
import { DEFAULT_STAGES } from '../defaults';
import type { Deal, Stage } from '../model';
import { followUpRow } from './rows';

const stages = new Map<string, Stage>(DEFAULT_STAGES.map((s) => [s.id, s]));
const deal = {
  id: 'd1',
  threads: [
    {
      provider: 'gmail',
      threadId: 'abc',
      subject: 'Fleet renewal',
      url: 'https://mail.google.com/mail/u/0/#inbox/abc',
      account: null,
    },
  ],
  contact: { name: 'Dana Whitfield', email: 'dana@northwind.test', phone: ' +33 6 12 34 56 78 ' },
  company: 'Northwind',
  stageId: 'meeting',
} as unknown as Deal;

describe('followUpRow', () => {
  it('names the contact, company, subject, the stage in the rep’s language and the step', () => {
    const f = makeFollowUp('d1', { stepIndex: 2, stepCount: 7 });
    const en = followUpRow(f, deal, stages, 'en');
    expect(en).toMatchObject({
      who: 'Dana Whitfield',
      company: 'Northwind',
      subject: 'Fleet renewal',
      step: { number: 3, count: 7 },
      url: deal.threads[0]?.url,
    });
    expect(en.stageName).toBe(stages.get('meeting')?.name.en);
    expect(followUpRow(f, deal, stages, 'fr').stageName).toBe(stages.get('meeting')?.name.fr);
  });

  it('shows the phone number on phone and visit steps only', () => {
    expect(followUpRow(makeFollowUp('d1', { channel: 'phone' }), deal, stages, 'en').phone).toBe(
      '+33 6 12 34 56 78',
    );
    expect(followUpRow(makeFollowUp('d1', { channel: 'visit' }), deal, stages, 'en').phone).not.toBeNull();
    expect(followUpRow(makeFollowUp('d1', { channel: 'email' }), deal, stages, 'en').phone).toBeNull();
    const noPhone = { ...deal, contact: { ...deal.contact, phone: '' } };
    expect(followUpRow(makeFollowUp('d1', { channel: 'phone' }), noPhone, stages, 'en').phone).toBeNull();
  });

  it('has no step for a single follow-up picked by hand', () => {
    const single = makeFollowUp('d1', { cadenceId: null, stepIndex: 0, stepCount: 1 });
    expect(followUpRow(single, deal, stages, 'en').step).toBeNull();
  });

  it('falls back to the address, then the subject, and survives a missing deal', () => {
    const f = makeFollowUp('d1');
    expect(followUpRow(f, { ...deal, contact: { ...deal.contact, name: '' } }, stages, 'en').who).toBe(
      'dana@northwind.test',
    );
    const anonymous = { ...deal, contact: { name: '', email: '', phone: '' } };
    expect(followUpRow(f, anonymous, stages, 'en').who).toBe('Fleet renewal');
    expect(followUpRow(f, undefined, stages, 'en')).toMatchObject({ who: '', url: null, stageName: null });
  });
});
