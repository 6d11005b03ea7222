// Field-by-field comparison of a variant's reading with what it must read (test support). The number
// of fields checked depends only on the expectation, so tallies compare across adapters.
import type { PanelAnchor, ThreadSnapshot } from '../adapter';
import { newMessages, rememberMessages } from '../new-mail';
import type { KeyExpectation } from './mutations';

export interface Check {
  field: string;
  ok: boolean;
  expected?: unknown;
  actual?: unknown;
}

const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function hiddenByMarkup(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    if (/(^|;)\s*display\s*:\s*none/i.test(node.getAttribute('style') ?? '')) return true;
  }
  return false;
}

export interface Reading {
  snapshot: ThreadSnapshot | null;
  texts: string[] | null;
  anchor: PanelAnchor | null;
}

/** The snapshot's fields (keys aside), the texts' alignment and the panel's anchor. */
export function fieldChecks(
  expected: ThreadSnapshot | null,
  originalAnchor: boolean,
  actual: Reading,
): Check[] {
  const got = actual.snapshot;
  const checks: Check[] = [
    {
      field: 'thread',
      ok: (expected === null) === (got === null),
      expected: expected === null ? null : 'a thread',
      actual: got === null ? null : 'a thread',
    },
  ];
  if (!expected) return checks;
  const field = (name: string, want: unknown, have: unknown) =>
    checks.push({ field: name, ok: got !== null && equal(want, have), expected: want, actual: have });
  field('threadId', expected.threadId, got?.threadId);
  field('subject', expected.subject, got?.subject);
  field('account', expected.account, got?.account);
  field('messages.length', expected.messages.length, got?.messages.length);
  expected.messages.forEach((message, i) => {
    const have = got?.messages[i];
    field(`messages[${i}].from`, message.from, have?.from);
    field(`messages[${i}].to`, message.to, have?.to);
    field(`messages[${i}].cc`, message.cc, have?.cc);
  });
  field('lastMessageFromAccount', expected.lastMessageFromAccount, got?.lastMessageFromAccount);
  field('hasCompose', expected.hasCompose, got?.hasCompose);
  field('texts aligned', got?.messages.length, actual.texts?.length);
  const anchor = actual.anchor;
  checks.push({
    field: 'anchor',
    ok: got !== null && (anchor !== null) === originalAnchor && !(anchor && hiddenByMarkup(anchor.element)),
    expected: originalAnchor ? 'a visible anchor' : 'none (floating)',
    actual: anchor ? (hiddenByMarkup(anchor.element) ? 'a hidden element' : 'a visible anchor') : 'none',
  });
  return checks;
}

/** Message keys: kept where they must be, unique, and never new mail in either direction. */
export function keyChecks(
  expectation: KeyExpectation | null,
  original: ThreadSnapshot | null,
  variant: ThreadSnapshot | null,
): Check[] {
  if (!expectation || !original) return [];
  const checks: Check[] = [];
  const messages = variant?.messages ?? [];
  if (expectation.kind === 'same') {
    expectation.from.forEach((from, i) => {
      const want = original.messages[from]?.key;
      const have = messages[i]?.key;
      checks.push({
        field: `messages[${i}].key`,
        ok: typeof want === 'string' && want === have,
        expected: want,
        actual: have,
      });
    });
  }
  const keys = messages.map((m) => m.key);
  const present = keys.filter((k): k is string => typeof k === 'string' && k !== '');
  checks.push({
    field: 'keys',
    ok: keys.every((k) => typeof k === 'string') && new Set(present).size === present.length,
    expected: 'a key on every message, no two alike',
    actual: keys,
  });
  if (variant) {
    const forward = newMessages(rememberMessages(null, original), variant).map((m) => m.key);
    const backward = newMessages(rememberMessages(null, variant), original).map((m) => m.key);
    checks.push({
      field: 'no new mail',
      ok: forward.length === 0 && backward.length === 0,
      expected: [],
      actual: { forward, backward },
    });
  }
  return checks;
}
