// Mutation testing of the adapters (issue 20): every saved page (shared, ours, the demo's) is
// changed the ways a webmail release changes pages (mutations.ts), and each variant must read as
// its original — or as the variant's own expectation when the change means something. A failure
// names the page, the mutation and the field. RELANCE_MUTATION_TALLY=1 prints fields right per
// mutation instead of failing (how the before/after numbers in the note were taken).
import { afterAll, describe, expect, it } from 'vitest';
import type { MailAdapter } from '../adapter';
import { gmailAdapter } from '../gmail';
import { outlookAdapter } from '../outlook';
import { openPage, type SavedPage, savedPages } from '../saved-pages';
import { type Check, fieldChecks, keyChecks, type Reading } from './compare';
import { Journal } from './journal';
import { MUTATIONS } from './mutations';

const TALLY = process.env.RELANCE_MUTATION_TALLY === '1';
const ADAPTERS: Record<SavedPage['provider'], MailAdapter> = { gmail: gmailAdapter, outlook: outlookAdapter };

interface Failure {
  page: string;
  mutation: string;
  check: Check;
}

interface Tally {
  variants: number;
  fields: number;
  fieldsRight: number;
  keys: number;
  keysRight: number;
  /** Of the key checks, those of one message's key (the others: all keys present and distinct, no new mail). */
  messageKeys: number;
  messageKeysRight: number;
}

const tallies = new Map<string, Tally>();
const failures: Failure[] = [];
let variants = 0;

function read(adapter: MailAdapter, doc: Document, url: URL): Reading {
  const snapshot = adapter.readThread(doc, url);
  return {
    snapshot,
    texts: adapter.readMessageTexts ? adapter.readMessageTexts(doc, url) : null,
    anchor: adapter.findAnchor(doc),
  };
}

function record(mutation: string, page: string, fields: Check[], keys: Check[]): void {
  const tally = tallies.get(mutation) ?? {
    variants: 0,
    fields: 0,
    fieldsRight: 0,
    keys: 0,
    keysRight: 0,
    messageKeys: 0,
    messageKeysRight: 0,
  };
  const perMessage = keys.filter((c) => /^messages\[\d+\]\.key$/.test(c.field));
  tally.messageKeys += perMessage.length;
  tally.messageKeysRight += perMessage.filter((c) => c.ok).length;
  tally.variants += 1;
  tally.fields += fields.length;
  tally.fieldsRight += fields.filter((c) => c.ok).length;
  tally.keys += keys.length;
  tally.keysRight += keys.filter((c) => c.ok).length;
  tallies.set(mutation, tally);
  for (const check of [...fields, ...keys]) if (!check.ok) failures.push({ page, mutation, check });
}

/** Runs every mutation on one page; the page is parsed once and each change undone after reading. */
function mutatePage(page: SavedPage): void {
  const adapter = ADAPTERS[page.provider];
  const open = openPage(page);
  try {
    const { doc, url } = open;
    const original = read(adapter, doc, url);
    const pristine = JSON.stringify(original.snapshot);
    for (const mutation of MUTATIONS) {
      if (!mutation.providers.includes(page.provider)) continue;
      const journal = new Journal();
      try {
        const expectation = mutation.apply({ page, doc, journal });
        if (!expectation) continue;
        variants += 1;
        const variant = read(adapter, doc, expectation.url ?? url);
        record(
          mutation.id,
          page.name,
          fieldChecks(expectation.snapshot, original.anchor !== null, variant),
          keyChecks(expectation.keys, original.snapshot, variant.snapshot),
        );
      } finally {
        journal.undo();
      }
    }
    // The journal put the page back as it was: the next mutation starts from the saved page.
    expect(JSON.stringify(adapter.readThread(doc, url)), `${page.name} after undo`).toBe(pristine);
  } finally {
    void open.close();
  }
}

function describeFailure({ page, mutation, check }: Failure): string {
  return `${page} · ${mutation} · ${check.field}: expected ${JSON.stringify(check.expected)}, read ${JSON.stringify(check.actual)}`;
}

describe('adapters under mutations of every saved page', () => {
  const pages = savedPages();

  it('has pages of both webmails, from every folder', () => {
    expect(pages.filter((p) => p.provider === 'gmail').length).toBeGreaterThanOrEqual(20);
    expect(pages.filter((p) => p.provider === 'outlook').length).toBeGreaterThanOrEqual(15);
  });

  it.each(pages.map((page) => [page.name, page] as const))(
    '%s: every variant reads as it must',
    (_, page) => {
      const before = failures.length;
      mutatePage(page);
      if (!TALLY) expect(failures.slice(before).map(describeFailure)).toEqual([]);
    },
    60_000, // a page and its variants take well under a second, on a machine that is not busy
  );

  it('derives hundreds of variants from every kind of change', () => {
    expect(variants).toBeGreaterThanOrEqual(400);
    for (const mutation of MUTATIONS)
      expect(tallies.get(mutation.id)?.variants ?? 0, mutation.id).toBeGreaterThan(0);
  });

  afterAll(() => {
    if (!TALLY) return;
    const rows = [...tallies.entries()].map(
      ([id, t]) =>
        `| ${id} | ${t.variants} | ${t.fieldsRight}/${t.fields} | ${t.keysRight}/${t.keys} | ${t.messageKeysRight}/${t.messageKeys} |`,
    );
    const total = [...tallies.values()].reduce(
      (sum, t) => ({
        variants: sum.variants + t.variants,
        fields: sum.fields + t.fields,
        fieldsRight: sum.fieldsRight + t.fieldsRight,
        keys: sum.keys + t.keys,
        keysRight: sum.keysRight + t.keysRight,
        messageKeys: sum.messageKeys + t.messageKeys,
        messageKeysRight: sum.messageKeysRight + t.messageKeysRight,
      }),
      { variants: 0, fields: 0, fieldsRight: 0, keys: 0, keysRight: 0, messageKeys: 0, messageKeysRight: 0 },
    );
    console.log(
      [
        '| mutation | variants | fields right | key checks right | of which message keys |',
        '|---|---|---|---|---|',
        ...rows,
        `| all | ${total.variants} | ${total.fieldsRight}/${total.fields} | ${total.keysRight}/${total.keys} | ${total.messageKeysRight}/${total.messageKeys} |`,
        '',
        ...failures
          .filter((f) => !/key|no new mail/.test(f.check.field))
          .slice(0, 600)
          .map(describeFailure),
      ].join('\n'),
    );
  });
});
