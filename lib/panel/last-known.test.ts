import { describe, expect, it } from 'vitest';
import { lastKnown, threadCacheKey } from './last-known';

describe('lastKnown', () => {
  it('answers the last value set for a key', () => {
    const cache = lastKnown<number>(3);
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', 1);
    cache.set('a', 2);
    expect(cache.get('a')).toBe(2);
    expect(cache.size).toBe(1);
  });

  it('forgets the least recently shown key beyond its limit', () => {
    const cache = lastKnown<string>(2);
    cache.set('a', 'A');
    cache.set('b', 'B');
    // Shown again: 'a' is now the most recent.
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
    expect(cache.size).toBe(2);
  });

  it('keys a thread by its webmail and id', () => {
    expect(threadCacheKey({ provider: 'gmail', threadId: 'x' })).toBe('gmail:x');
    expect(threadCacheKey({ provider: 'outlook', threadId: 'x' })).not.toBe(
      threadCacheKey({ provider: 'gmail', threadId: 'x' }),
    );
  });
});
