import { describe, expect, it } from 'vitest';
import type { ThreadSnapshot } from '../mail/adapter';
import { prospectOf } from './prospect';

const me = { name: 'Jordan Lee', email: 'jordan@acme.test' };
const dana = { name: 'Dana Whitfield', email: 'dana@northwind.test' };
const sam = { name: 'Sam Okafor', email: 'sam@northwind.test' };

function snap(messages: ThreadSnapshot['messages'], account: string | null = me.email): ThreadSnapshot {
  return {
    provider: 'gmail',
    threadId: 't',
    subject: 's',
    account,
    messages,
    lastMessageFromAccount: false,
    hasCompose: false,
  };
}

describe('prospectOf', () => {
  it('takes the latest sender who is not the rep', () => {
    const s = snap([
      { from: dana, to: [me], cc: [], key: 'id:m1' },
      { from: me, to: [dana], cc: [], key: 'id:m2' },
      { from: sam, to: [me], cc: [], key: 'id:m3' },
    ]);
    expect(prospectOf(s)).toEqual(sam);
  });

  it('falls back to the recipient of the rep’s own message', () => {
    expect(prospectOf(snap([{ from: me, to: [dana], cc: [], key: 'id:m4' }]))).toEqual(dana);
  });

  it('treats the rep’s aliases as the rep', () => {
    const alias = { name: 'Jordan', email: 'j.lee@acme.test' };
    const s = snap([{ from: alias, to: [dana], cc: [], key: 'id:m5' }]);
    expect(prospectOf(s, ['j.lee@acme.test'])).toEqual(dana);
  });

  it('answers null when no one else can be read (degraded mode)', () => {
    expect(prospectOf(snap([]))).toBeNull();
    expect(prospectOf(snap([{ from: { name: '', email: '' }, to: [], cc: [], key: 'id:m6' }]))).toBeNull();
  });
});
