import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CADENCES, DEFAULT_SETTINGS, DEFAULT_STAGES, DEFAULT_TEMPLATES } from '../defaults';
import { SEEDED_IDS_KEY, seedDefaults } from './seed';
import { getSettings } from './settings';
import { HOUR, NOW, setUpTestDb, snapshotTables } from './test-support';

const t = setUpTestDb({ seed: false });

async function counts() {
  return {
    stages: await t.db.stages.count(),
    cadences: await t.db.cadences.count(),
    templates: await t.db.templates.count(),
    settings: await t.db.settings.count(),
  };
}

describe('seedDefaults', () => {
  it('writes every built-in and the settings on an empty database', async () => {
    const { added } = await seedDefaults(t.db, NOW);
    const expected = {
      stages: DEFAULT_STAGES.length,
      cadences: DEFAULT_CADENCES.length,
      templates: DEFAULT_TEMPLATES.length,
      settings: 1,
    };
    expect(await counts()).toEqual(expected);
    expect(added).toBe(expected.stages + expected.cadences + expected.templates + 1);
    expect(await t.db.cadences.get('default')).toMatchObject({ builtin: true, updatedAt: NOW });
    expect(await getSettings(t.db)).toEqual({ ...DEFAULT_SETTINGS, updatedAt: NOW });
    const seeded = (await t.db.meta.get(SEEDED_IDS_KEY))?.value;
    expect(seeded).toContain('stages:lead');
    expect(seeded).toContain('cadences:default');
  });

  it('is idempotent: a second run adds nothing and changes nothing', async () => {
    await seedDefaults(t.db, NOW);
    const before = await snapshotTables(t.db);
    expect(await seedDefaults(t.db, NOW + HOUR)).toEqual({ added: 0 });
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('runs twice at once without duplicating or failing', async () => {
    const [a, b] = await Promise.all([seedDefaults(t.db, NOW), seedDefaults(t.db, NOW)]);
    expect((a?.added ?? 0) + (b?.added ?? 0)).toBe(
      DEFAULT_STAGES.length + DEFAULT_CADENCES.length + DEFAULT_TEMPLATES.length + 1,
    );
  });

  it('keeps a rep’s edited template, stage and settings', async () => {
    await seedDefaults(t.db, NOW);
    const template = DEFAULT_TEMPLATES[0];
    if (!template) throw new Error('no built-in template');
    await t.db.templates.update(template.id, { body: 'My own words', updatedAt: NOW + HOUR });
    await t.db.stages.update('meeting', { name: { en: 'Demo', fr: 'Démo' }, order: 5 });
    await t.db.settings.update('settings', { senderName: 'Jordan', workingDays: [1, 2, 3, 4] });

    await seedDefaults(t.db, NOW + 2 * HOUR);
    expect(await t.db.templates.get(template.id)).toMatchObject({
      body: 'My own words',
      updatedAt: NOW + HOUR,
    });
    expect(await t.db.stages.get('meeting')).toMatchObject({ name: { en: 'Demo', fr: 'Démo' }, order: 5 });
    expect(await getSettings(t.db)).toMatchObject({ senderName: 'Jordan', workingDays: [1, 2, 3, 4] });
  });

  it('does not bring back a built-in the rep deleted', async () => {
    await seedDefaults(t.db, NOW);
    await t.db.stages.delete('objections');
    await t.db.cadences.delete('after-sale');
    const before = await counts();
    expect(await seedDefaults(t.db, NOW + HOUR)).toEqual({ added: 0 });
    expect(await t.db.stages.get('objections')).toBeUndefined();
    expect(await t.db.cadences.get('after-sale')).toBeUndefined();
    expect(await counts()).toEqual(before);
  });

  it('adds a built-in that was never seeded (one a newer release brings), and only that one', async () => {
    await seedDefaults(t.db, NOW);
    // As if 'up-sell' had not existed when this database was seeded.
    await t.db.stages.delete('up-sell');
    const seeded = (await t.db.meta.get(SEEDED_IDS_KEY))?.value as string[];
    await t.db.meta.put({ key: SEEDED_IDS_KEY, value: seeded.filter((k) => k !== 'stages:up-sell') });
    expect(await seedDefaults(t.db, NOW + HOUR)).toEqual({ added: 1 });
    expect(await t.db.stages.get('up-sell')).toMatchObject({ kind: 'expansion', updatedAt: NOW + HOUR });
  });

  it('leaves alone a record the rep created under a built-in id before it was seeded', async () => {
    await t.db.cadences.add({
      id: 'default',
      name: { en: 'Mine', fr: 'La mienne' },
      steps: [],
      tail: null,
      breakup: null,
      builtin: false,
      updatedAt: 1,
    });
    await seedDefaults(t.db, NOW);
    expect(await t.db.cadences.get('default')).toMatchObject({ name: { en: 'Mine' }, updatedAt: 1 });
  });

  it('writes nothing when it fails half-way (one transaction)', async () => {
    vi.spyOn(t.db.templates, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(seedDefaults(t.db, NOW)).rejects.toThrow('disk full');
    expect(await counts()).toEqual({ stages: 0, cadences: 0, templates: 0, settings: 0 });
    expect(await t.db.meta.count()).toBe(0);
  });
});
