import type { Person, ThreadSnapshot } from '../mail/adapter';

/**
 * The other party of a thread: the most recent sender who is not the rep, else the first
 * recipient of the rep's most recent message. Null when the thread shows no one else (the panel
 * then asks the rep for the contact's address: degraded mode).
 */
export function prospectOf(snapshot: ThreadSnapshot, ownAddresses: readonly string[] = []): Person | null {
  const own = new Set(
    [...ownAddresses, ...(snapshot.account ? [snapshot.account] : [])].map((a) => a.toLowerCase()),
  );
  const isOther = (p: Person) => p.email !== '' && !own.has(p.email);
  const messages = [...snapshot.messages].reverse();
  for (const m of messages) if (isOther(m.from)) return m.from;
  for (const m of messages) {
    const to = m.to.find(isOther);
    if (to) return to;
  }
  return null;
}
