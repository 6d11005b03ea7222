import { describe, expect, it } from 'vitest';
import { addFollowUps, HOUR, NOW, setUpTestDb } from '../db/test-support';
import * as services from '../services/follow-ups';
import { trackSample } from '../services/test-support';
import * as useCases from './write-use-cases';
import * as writes from './writes';

const t = setUpTestDb();

describe('the popup’s writes, loaded with the first one', () => {
  it('wraps exactly the use cases of write-use-cases.ts, each under its own name', async () => {
    const wrapped = Object.keys(writes).filter((name) => name !== 'loadWrites');
    expect(wrapped.sort()).toEqual(Object.keys(useCases).sort());
    const loaded = await writes.loadWrites();
    expect(loaded.skipFollowUp).toBe(services.skipFollowUp);
  });

  it('runs the use case with its arguments and answers its Result', async () => {
    const deal = await trackSample(t.db);
    await addFollowUps(t.db, deal.id, [{ id: 'f1', dueAt: NOW - HOUR }]);
    const done = await writes.completeFollowUp(t.db, { followUpId: 'f1', note: 'Called' }, NOW);
    expect(done.ok).toBe(true);
    expect(await t.db.followUps.get('f1')).toMatchObject({ status: 'done', note: 'Called', handledAt: NOW });
    const again = await writes.skipFollowUp(t.db, { followUpId: 'missing' }, NOW);
    expect(again.ok).toBe(false);
  });
});
