// An operation that fails half-way leaves nothing half-written: every table is as it was.
import { describe, expect, it, vi } from 'vitest';
import { pauseDeal, resumeDeal, setStage } from './deal-lifecycle';
import { trackThread } from './deals';
import { startCadence } from './follow-ups';
import { HOUR, NOW, setUpTestDb, snapshotTables, THREAD, trackSample, WORKING_TIME } from './test-support';

const t = setUpTestDb();

/** A deal running the default cadence: the state every failure below must leave untouched. */
async function runningDeal() {
  const deal = await trackSample(t.db);
  const followUps = await startCadence(t.db, deal.id, 'default', NOW, WORKING_TIME, NOW);
  return { deal, followUps, before: await snapshotTables(t.db) };
}

describe('nothing half-written', () => {
  it('startCadence: the new follow-ups fail to insert after the old ones were cancelled', async () => {
    const { deal, before } = await runningDeal();
    vi.spyOn(t.db.followUps, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(
      startCadence(t.db, deal.id, 'after-sale', NOW + HOUR, WORKING_TIME, NOW + HOUR),
    ).rejects.toThrow('disk full');
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('startCadence: a new follow-up violates the primary key (a real ConstraintError)', async () => {
    const { deal, followUps, before } = await runningDeal();
    const taken = followUps[3]?.id;
    if (!taken) throw new Error('no follow-up');
    const uuid = vi
      .spyOn(crypto, 'randomUUID')
      .mockReturnValue(taken as ReturnType<typeof crypto.randomUUID>);
    try {
      await expect(
        startCadence(t.db, deal.id, 'default', NOW + HOUR, WORKING_TIME, NOW + HOUR),
      ).rejects.toMatchObject({ name: expect.stringMatching(/ConstraintError|BulkError/) });
    } finally {
      uuid.mockRestore();
    }
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('setStage to won: the event fails after the follow-ups were cancelled', async () => {
    const { deal, before } = await runningDeal();
    // The first event (stage-changed) is written; the second ('won') fails.
    const add = t.db.events.add.bind(t.db.events);
    vi.spyOn(t.db.events, 'add').mockImplementationOnce(add).mockRejectedValueOnce(new Error('disk full'));
    await expect(setStage(t.db, deal.id, 'signed', NOW + HOUR)).rejects.toThrow('disk full');
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('resumeDeal: the deal fails to save after its follow-ups were moved', async () => {
    const { deal } = await runningDeal();
    await pauseDeal(t.db, deal.id, '', NOW + HOUR);
    const before = await snapshotTables(t.db);
    vi.spyOn(t.db.deals, 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(resumeDeal(t.db, deal.id, NOW + 5 * HOUR)).rejects.toThrow('disk full');
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('trackThread: the event fails after the deal was inserted', async () => {
    const before = await snapshotTables(t.db);
    vi.spyOn(t.db.events, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(trackThread(t.db, THREAD, NOW)).rejects.toThrow('disk full');
    expect(await snapshotTables(t.db)).toEqual(before);
  });
});
