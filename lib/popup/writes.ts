// The popup's writes: the use cases of lib/services it calls (done, skip, snooze, confirm a reply,
// close a file), loaded with the first of them. Their code — the cadence rules and the reading of
// replies (chrono-node in seven languages) — is not needed to show the rows, and the popup loads
// again at every click on the toolbar (issue 23: ≤ 60,000 B of gzip JavaScript). Each wrapper has
// the signature of its use case, so a caller imports it from here instead of lib/services.
import type * as UseCases from './write-use-cases';

type Write = {
  [K in keyof typeof UseCases]: (typeof UseCases)[K];
};

let loaded: Promise<Write> | null = null;

/** The use cases' module, loaded once (the first write waits for it: a chunk of the extension). */
export function loadWrites(): Promise<Write> {
  loaded ??= import('./write-use-cases');
  return loaded;
}

function later<K extends keyof Write>(name: K): Write[K] {
  return (async (...args: Parameters<Write[K]>) =>
    // biome-ignore lint/suspicious/noExplicitAny: one use case, its own arguments
    ((await loadWrites())[name] as (...a: any[]) => unknown)(...args)) as Write[K];
}

export const completeFollowUp = later('completeFollowUp');
export const skipFollowUp = later('skipFollowUp');
export const snoozeFollowUp = later('snoozeFollowUp');
export const markLost = later('markLost');
export const confirmReply = later('confirmReply');
export const correctReply = later('correctReply');
