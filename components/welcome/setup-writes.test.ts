import { describe, expect, it, vi } from 'vitest';
import { backupToJson } from '../../lib/backup';
import { getSettings } from '../../lib/db/settings';
import { DAY, NOW, setUpTestDb, snapshotTables } from '../../lib/db/test-support';
import { B2B_PROCESS, CAR_DEALERSHIP_PROCESS } from '../../lib/defaults';
import { trackSample } from '../../lib/services/test-support';
import { planChanges, planProcess, processFile, readTeamProcess, welcomeWrites } from './setup-writes';

const t = setUpTestDb();

function writes() {
  const notify = vi.fn(async () => {});
  return { notify, api: welcomeWrites(t.db, notify, () => NOW + DAY) };
}

describe('the welcome page’s writes', () => {
  it('saves a step’s settings and tells the background', async () => {
    const { notify, api } = writes();
    await api.saveSettings({ senderName: ' Jordan Lee ', webmailAddsSignature: true });
    expect(await getSettings(t.db)).toMatchObject({
      senderName: 'Jordan Lee',
      webmailAddsSignature: true,
      updatedAt: NOW + DAY,
    });
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('refuses a bad value with the settings’ own message, and writes nothing', async () => {
    const { notify, api } = writes();
    const before = await snapshotTables(t.db);
    await expect(api.saveSettings({ workingDays: [] })).rejects.toThrow('Pick at least one working day.');
    expect(await snapshotTables(t.db)).toEqual(before);
    expect(notify).not.toHaveBeenCalled();
  });

  it('starting from the default process on a fresh install changes nothing', async () => {
    const { notify, api } = writes();
    const before = await snapshotTables(t.db);
    const plan = await api.startFromProcess(await processFile(t.db, B2B_PROCESS, NOW));
    expect(planChanges(plan)).toEqual({ added: 0, updated: 0 });
    expect(await snapshotTables(t.db)).toEqual(before);
    expect(notify).not.toHaveBeenCalled();
  });

  it('starting from the car dealership renames the stages, adds its cadence, and keeps the deals', async () => {
    const deal = await trackSample(t.db);
    const { notify, api } = writes();
    const file = await processFile(t.db, CAR_DEALERSHIP_PROCESS, NOW);
    expect(planChanges(await planProcess(t.db, file)).added).toBe(1);
    await api.startFromProcess(file);
    expect((await t.db.stages.get('meeting'))?.name).toEqual({ en: 'Test drive', fr: 'Essai' });
    expect((await t.db.stages.get('follow-up'))?.defaultCadenceId).toBe('twice-a-year');
    expect(await t.db.cadences.get('twice-a-year')).toBeDefined();
    expect((await t.db.deals.get(deal.id))?.stageId).toBe(deal.stageId);
    expect(notify).toHaveBeenCalledTimes(1);
    // And back to the default: the same stages get their B2B words again.
    await api.startFromProcess(await processFile(t.db, B2B_PROCESS, NOW));
    expect((await t.db.stages.get('meeting'))?.name.en).toBe('Meeting');
  });

  it('reads a team’s process file, and refuses a full backup offered as one', async () => {
    const text = backupToJson(await processFile(t.db, CAR_DEALERSHIP_PROCESS, NOW));
    const read = readTeamProcess(text);
    expect(read.ok && read.file.data.stages).toHaveLength(CAR_DEALERSHIP_PROCESS.stages.length);
    const refused = readTeamProcess(text.replace('relance-process', 'relance-backup'));
    expect(refused.ok).toBe(false);
    expect(readTeamProcess('not json').ok).toBe(false);
  });
});
