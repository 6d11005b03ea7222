// Shared by the tests that need a tracked deal (not shipped: only *.test.ts files import it).
import type { AppDB } from '../db/schema';
import { NOW } from '../db/test-support';
import type { Deal } from '../model';
import { type TrackThreadInput, trackThread } from './deals';
import { unwrap } from './result';

export const THREAD: TrackThreadInput = {
  provider: 'gmail',
  threadId: '19a68e3a2c7d51b0',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRWhXgPPtkKmJgdgqbwVXwNn',
  subject: 'Security review for Northwind rollout',
  account: 'jordan.lee@acme.test',
  contact: { name: 'Dana Whitfield', email: 'Dana.Whitfield@Northwind-Labs.test' },
  seenMessageCount: 2,
};

export async function trackSample(db: AppDB, overrides: Partial<TrackThreadInput> = {}): Promise<Deal> {
  return unwrap(await trackThread(db, { ...THREAD, ...overrides }, NOW)).deal;
}
