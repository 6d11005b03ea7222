// A use case that fails half-way leaves nothing half-written: every table is as it was, and the
// failure comes back as an 'internal' Result saying what was thrown.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HOUR, NOW, setUpTestDb, snapshotTables, WORKING_TIME } from '../db/test-support';
import { trackThread } from './deals';
import { scheduleCadence } from './follow-ups';
import { pauseDeal, resumeDeal, setStage } from './lifecycle';
import { unwrap } from './result';
import { THREAD, trackSample } from './test-support';

const t = setUpTestDb({ timeZone: WORKING_TIME.timeZone });
// An unexpected failure is logged for the developer; here it is expected.
beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

/** A deal running the default cadence: the state every failure below must leave untouched. */
async function runningDeal() {
  const deal = await trackSample(t.db);
  const followUps = unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
  return { deal, followUps, before: await snapshotTables(t.db) };
}

/** The failure a use case answers when the database throws `detail`. */
const failedWith = (detail: string | RegExp) => ({
  ok: false,
  error: { code: 'internal', detail: expect.stringMatching(detail) },
});

describe('nothing half-written', () => {
  it('scheduleCadence: the new follow-ups fail to insert after the old ones were cancelled', async () => {
    const { deal, before } = await runningDeal();
    vi.spyOn(t.db.followUps, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    expect(
      await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'after-sale' }, NOW + HOUR),
    ).toMatchObject(failedWith('disk full'));
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('scheduleCadence: a new follow-up violates the primary key (a real ConstraintError)', async () => {
    const { deal, followUps, before } = await runningDeal();
    const taken = followUps[3]?.id;
    if (!taken) throw new Error('no follow-up');
    const uuid = vi
      .spyOn(crypto, 'randomUUID')
      .mockReturnValue(taken as ReturnType<typeof crypto.randomUUID>);
    try {
      expect(
        await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW + HOUR),
      ).toMatchObject(failedWith(/ConstraintError|BulkError/));
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
    expect(await setStage(t.db, { dealId: deal.id, stageId: 'signed' }, NOW + HOUR)).toMatchObject(
      failedWith('disk full'),
    );
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('resumeDeal: the deal fails to save after its follow-ups were moved', async () => {
    const { deal } = await runningDeal();
    unwrap(await pauseDeal(t.db, { dealId: deal.id }, NOW + HOUR));
    const before = await snapshotTables(t.db);
    vi.spyOn(t.db.deals, 'put').mockRejectedValueOnce(new Error('disk full'));
    expect(await resumeDeal(t.db, { dealId: deal.id }, NOW + 5 * HOUR)).toMatchObject(
      failedWith('disk full'),
    );
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('trackThread: the event fails after the deal was inserted', async () => {
    const before = await snapshotTables(t.db);
    vi.spyOn(t.db.events, 'add').mockRejectedValueOnce(new Error('disk full'));
    expect(await trackThread(t.db, THREAD, NOW)).toMatchObject(failedWith('disk full'));
    expect(await snapshotTables(t.db)).toEqual(before);
  });
});
