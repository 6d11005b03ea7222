// Every selector alternative of both adapters against every saved page (refined-github's selector
// tests, on committed pages rather than live ones): each matches what selectors.matches.ts says, and
// none matches nothing — a dead alternative is seen at once.
import { beforeAll, describe, expect, it } from 'vitest';
import { SELECTORS as GMAIL } from './gmail/selectors';
import { MATCHES as GMAIL_MATCHES } from './gmail/selectors.matches';
import * as OUTLOOK from './outlook/selectors';
import { MATCHES as OUTLOOK_MATCHES } from './outlook/selectors.matches';
import { loadSavedPages, matchesOnPages } from './selector-matches';

/** Outlook exports that are words to compare with, not selectors. */
const OUTLOOK_WORDS = new Set([
  'NO_SUBJECT_PLACEHOLDERS',
  'CC_LABELS',
  'BCC_LABELS',
  'REPLY_BODY_LABELS',
  'REPLY_BUTTON_LABELS',
  'UNREAD_PREFIXES',
]);

const outlookLists = Object.entries(OUTLOOK)
  .filter(([name]) => !OUTLOOK_WORDS.has(name))
  .map(([name, value]) => [name, (Array.isArray(value) ? value : [value]) as readonly string[]] as const);

const cases = {
  gmail: {
    lists: Object.entries(GMAIL) as [string, readonly string[]][],
    matches: GMAIL_MATCHES as Record<string, readonly string[]>,
  },
  outlook: { lists: outlookLists, matches: OUTLOOK_MATCHES },
};

// Parsing every saved page takes seconds on a busy machine: once, before the checks.
beforeAll(loadSavedPages, 120_000);

describe.each(['gmail', 'outlook'] as const)('%s selectors on the saved pages', (provider) => {
  const { lists, matches } = cases[provider];
  const alternatives = lists.flatMap(([name, list]) =>
    list.map((selector, i) => [`${name}[${i}]`, name, i, selector] as const),
  );

  it('lists the matches of every alternative, and of no other', () => {
    expect(Object.keys(matches).sort()).toEqual(lists.map(([name]) => name).sort());
    for (const [name, list] of lists) expect(matches[name]?.length, name).toBe(list.length);
  });

  it.each(alternatives)('%s matches what it lists, on some page', (_, name, index, selector) => {
    const actual = matchesOnPages(provider, selector);
    if (process.env.RELANCE_PRINT_MATCHES === '1') console.log(`${name}[${index}] ${JSON.stringify(actual)}`);
    expect(actual, `${selector} matches no saved page: remove it or add the page it covers`).not.toBe('');
    expect(actual, selector).toBe(matches[name]?.[index]);
  });
});
