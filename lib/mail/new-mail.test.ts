import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ThreadMessage } from './adapter';
import { MAX_SEEN_KEYS, NOTHING_SEEN, newMessages, rememberMessages, type SeenMessages } from './new-mail';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);

function message(key: string, sentAt: number | null = null): ThreadMessage {
  return { from: { name: '', email: `${key}@x.test` }, to: [], cc: [], key, sentAt };
}
const folded = (): ThreadMessage => ({
  from: { name: '', email: '' },
  to: [],
  cc: [],
  key: '',
  sentAt: null,
});
const thread = (...messages: ThreadMessage[]) => ({ messages });
const keys = (messages: ThreadMessage[]) => messages.map((m) => m.key);

const a = message('id:a', T0);
const b = message('id:b', T0 + 10 * MINUTE);
const c = message('id:c', T0 + 20 * MINUTE);
const seenAB = rememberMessages(null, thread(a, b));

describe('newMessages', () => {
  it('calls nothing new on a first look, and nothing on the page just remembered', () => {
    expect(newMessages(NOTHING_SEEN, thread(a, b))).toEqual([]);
    expect(newMessages(seenAB, thread(a, b))).toEqual([]);
  });

  it('finds the messages that arrived after the newest seen one', () => {
    const d = message('id:d', T0 + 30 * MINUTE);
    expect(keys(newMessages(seenAB, thread(a, b, c)))).toEqual(['id:c']);
    expect(keys(newMessages(seenAB, thread(a, b, c, d)))).toEqual(['id:c', 'id:d']);
  });

  it('does not call older messages new when they appear (expanded, loaded, or shown in full)', () => {
    const older = message('id:older', T0 - 60 * MINUTE);
    const between = message('id:between', T0 + 5 * MINUTE);
    expect(newMessages(seenAB, thread(older, a, between, b))).toEqual([]);
    // Only the newest of the thread on screen (Outlook loads older ones as the rep scrolls).
    const seenB = rememberMessages(null, thread(b));
    expect(newMessages(seenB, thread(older, a, between, b))).toEqual([]);
  });

  it('does not call new an unseen key dated before the newest seen message (its key drifted)', () => {
    const drifted = message('fp:drifted', T0 + 10 * MINUTE - MINUTE);
    expect(newMessages(seenAB, thread(a, drifted))).toEqual([]);
  });

  it('calls new an answer dated the same minute as the newest seen message (dates are to the minute)', () => {
    const autoReply = message('id:auto', b.sentAt ?? null);
    expect(keys(newMessages(seenAB, thread(a, b, autoReply)))).toEqual(['id:auto']);
  });

  it('goes by position when a date cannot be read', () => {
    const undated = message('fp:undated');
    expect(keys(newMessages(seenAB, thread(a, b, undated)))).toEqual(['fp:undated']);
    const seenUndated = rememberMessages(null, thread(message('fp:1'), message('fp:2')));
    expect(seenUndated.newestAt).toBeNull();
    expect(keys(newMessages(seenUndated, thread(message('fp:1'), message('fp:2'), c)))).toEqual(['id:c']);
    expect(newMessages(seenUndated, thread(message('fp:0'), message('fp:1'), message('fp:2')))).toEqual([]);
  });

  it('calls nothing new when nothing on the page was seen before (every key changed)', () => {
    expect(newMessages(seenAB, thread(message('fp:x', T0), message('fp:y', T0 + 99 * MINUTE)))).toEqual([]);
  });

  it('never calls a folded message new, and never remembers it', () => {
    const withBundle = thread(a, folded(), folded(), b);
    expect(newMessages(seenAB, withBundle)).toEqual([]);
    expect(rememberMessages(null, withBundle).keys).toEqual(['id:a', 'id:b']);
    // The bundle opened: its messages are older than the newest seen one.
    const opened = thread(a, message('id:f1', T0 + MINUTE), message('id:f2', T0 + 2 * MINUTE), b);
    expect(newMessages(rememberMessages(null, withBundle), opened)).toEqual([]);
  });

  it('keeps today’s count rule for a deal saved before keys (legacyCount), until it remembers keys', () => {
    const legacy: SeenMessages = { keys: [], newestAt: null, legacyCount: 2 };
    expect(keys(newMessages(legacy, thread(a, b, c)))).toEqual(['id:c']);
    expect(newMessages(legacy, thread(a, b))).toEqual([]);
    expect(newMessages(legacy, thread(a, folded(), folded()))).toEqual([]);
    // A count that grew because this release counts more (folded messages, ids not shown): with the
    // date the upgrade knew, older messages past the old count are not new.
    const dated: SeenMessages = { keys: [], newestAt: b.sentAt ?? null, legacyCount: 1 };
    expect(keys(newMessages(dated, thread(a, b, c)))).toEqual(['id:b', 'id:c']);
    expect(keys(newMessages({ ...dated, newestAt: (b.sentAt ?? 0) + MINUTE }, thread(a, b, c)))).toEqual([
      'id:c',
    ]);
    const remembered = rememberMessages(legacy, thread(a, b, c));
    expect(remembered).toEqual({ keys: ['id:a', 'id:b', 'id:c'], newestAt: c.sentAt });
    expect(remembered).not.toHaveProperty('legacyCount');
  });
});

describe('rememberMessages', () => {
  it('adds the new keys after the old ones and keeps the newest date', () => {
    const later = rememberMessages(seenAB, thread(a, b, c));
    expect(later).toEqual({ keys: ['id:a', 'id:b', 'id:c'], newestAt: c.sentAt });
    // An older message shown later does not move the newest date back.
    const older = rememberMessages(later, thread(message('id:old', T0 - MINUTE), a));
    expect(older.newestAt).toBe(c.sentAt);
    expect(older.keys).toEqual(['id:a', 'id:b', 'id:c', 'id:old']);
  });

  it(`keeps at most ${MAX_SEEN_KEYS} keys, the newest`, () => {
    const many = Array.from({ length: MAX_SEEN_KEYS + 30 }, (_, i) => message(`id:${i}`, T0 + i * MINUTE));
    const seen = rememberMessages(null, thread(...many));
    expect(seen.keys).toHaveLength(MAX_SEEN_KEYS);
    expect(seen.keys[0]).toBe('id:30');
    expect(seen.keys.at(-1)).toBe(`id:${MAX_SEEN_KEYS + 29}`);
    const next = message('id:next', T0 + 1000 * MINUTE);
    expect(keys(newMessages(seen, thread(...many, next)))).toEqual(['id:next']);
  });
});

describe('properties', () => {
  // A thread: distinct keys, dates rising (some unreadable), oldest first.
  const threadArb = fc
    .array(fc.record({ gap: fc.integer({ min: 0, max: 600 }), dated: fc.boolean() }), {
      minLength: 1,
      maxLength: 30,
    })
    .map((steps) => {
      let at = T0;
      return steps.map(({ gap, dated }, i) => {
        at += gap * MINUTE;
        return message(`id:${i}`, dated ? at : null);
      });
    });

  it('older messages coming into view, wherever the page puts them, are never new mail', () => {
    fc.assert(
      fc.property(threadArb, fc.nat(), fc.array(fc.nat(), { maxLength: 10 }), (messages, tail, positions) => {
        // The deal saw the newest messages of the thread (Outlook renders the newest first).
        const shown = messages.slice(-(1 + (tail % messages.length)));
        const seen = rememberMessages(null, thread(...shown));
        fc.pre(seen.newestAt !== null);
        // Older messages (dated before the newest seen) come into view at any place, even after it.
        const page = [...messages];
        for (const [n, p] of positions.entries()) {
          page.splice(
            p % (page.length + 1),
            0,
            message(`fp:older${n}`, (seen.newestAt ?? T0) - (n + 1) * MINUTE),
          );
        }
        return newMessages(seen, thread(...page)).length === 0;
      }),
    );
  });

  it('messages appended after the newest seen one, dated after it, are exactly the new mail', () => {
    fc.assert(
      fc.property(threadArb, fc.integer({ min: 1, max: 5 }), (messages, count) => {
        const seen = rememberMessages(null, thread(...messages));
        const newest = seen.newestAt ?? T0;
        const arrived = Array.from({ length: count }, (_, i) =>
          message(`id:new${i}`, newest + (i + 1) * MINUTE),
        );
        return keys(newMessages(seen, thread(...messages, ...arrived))).join() === keys(arrived).join();
      }),
    );
  });
});
