// The last state the panel showed for each thread, kept in the content script's memory: coming back
// to a thread shows it at once, and the background's answer reconciles it a round trip later
// (issue 23: panel ready ≤ 16 ms after the thread appears). Bounded: the least recently shown
// thread goes first.

/** How many threads are remembered (a rep going through the inbox comes back to recent ones). */
export const LAST_KNOWN_THREADS = 20;

export interface LastKnown<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  readonly size: number;
}

export function lastKnown<T>(limit = LAST_KNOWN_THREADS): LastKnown<T> {
  const values = new Map<string, T>();
  return {
    get(key) {
      const value = values.get(key);
      if (value !== undefined) {
        // Most recently shown last.
        values.delete(key);
        values.set(key, value);
      }
      return value;
    },
    set(key, value) {
      values.delete(key);
      values.set(key, value);
      while (values.size > limit) {
        const oldest = values.keys().next();
        if (oldest.done) break;
        values.delete(oldest.value);
      }
    },
    get size() {
      return values.size;
    },
  };
}

/** A thread's key: its webmail and its id there. */
export function threadCacheKey(thread: { provider: string; threadId: string }): string {
  return `${thread.provider}:${thread.threadId}`;
}
