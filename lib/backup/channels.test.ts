// The channels added after format version 2 (in person, video call, social message) are a superset:
// files that use them are accepted whole, and files from before them keep working.
import { describe, expect, it } from 'vitest';
import { DAY, NOW, setUpTestDb } from '../db/test-support';
import { CHANNELS, type Channel } from '../model';
import { setNextStep } from '../services/deals';
import { scheduleCadence } from '../services/follow-ups';
import { unwrap } from '../services/result';
import { trackSample } from '../services/test-support';
import { backupToJson, exportBackup, exportProcess } from './export';
import { readBackup, readProcess } from './format';
import { applyImport } from './import';

const t = setUpTestDb();
const NEW_CHANNELS: Channel[] = ['in-person', 'video-call', 'social'];

describe('the newer channels in files', () => {
  it('are model channels', () => {
    for (const channel of NEW_CHANNELS) expect(CHANNELS).toContain(channel);
  });

  it('a shared process whose cadence uses them is read and imported', async () => {
    const file = await exportProcess(t.db, NOW);
    const cadence = file.data.cadences.find((c) => c.id === 'default');
    if (!cadence) throw new Error('no default cadence');
    const custom = {
      ...cadence,
      id: 'team-cadence',
      steps: NEW_CHANNELS.map((channel) => ({ after: { days: 2 }, channel, templateKind: null })),
      tail: { every: { weeks: 2 }, times: 2, channel: 'video-call' as const, templateKind: null },
    };
    const text = backupToJson({ ...file, data: { ...file.data, cadences: [...file.data.cadences, custom] } });
    const result = readProcess(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    await applyImport(t.db, result.file, 'merge');
    expect((await t.db.cadences.get('team-cadence'))?.steps.map((s) => s.channel)).toEqual(NEW_CHANNELS);
  });

  it('a full backup with follow-ups and a next step on them round-trips', async () => {
    const deal = await trackSample(t.db);
    unwrap(await scheduleCadence(t.db, { dealId: deal.id, cadenceId: 'default' }, NOW));
    await t.db.followUps.toCollection().modify({ channel: 'social' });
    const nextStep = {
      at: NOW + DAY,
      channel: 'in-person' as const,
      repAction: '',
      prospectAction: '',
      reason: '',
    };
    unwrap(await setNextStep(t.db, { dealId: deal.id, nextStep }, NOW));
    const result = readBackup(backupToJson(await exportBackup(t.db, NOW)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.file.data.deals[0]?.nextStep?.channel).toBe('in-person');
    expect(new Set(result.file.data.followUps.map((f) => f.channel))).toEqual(new Set(['social']));
    const plan = await applyImport(t.db, result.file, 'replace');
    expect(plan.problems).toEqual([]);
  });

  it('an unknown channel is still refused, with where it is', async () => {
    const file = await exportProcess(t.db, NOW);
    const json = JSON.parse(backupToJson(file)) as { data: { cadences: { steps: { channel: string }[] }[] } };
    const step = json.data.cadences[0]?.steps[0];
    if (!step) throw new Error('no step');
    step.channel = 'carrier-pigeon';
    const result = readProcess(JSON.stringify(json));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.path).toMatch(/cadences\[0\]\.steps\[0\]\.channel/);
  });
});
