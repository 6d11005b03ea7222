import { describe, expect, it } from 'vitest';
import { NOW, setUpTestDb, snapshotTables } from '../db/test-support';
import { DEFAULT_CADENCE, DEFAULT_STAGES, DEFAULT_TEMPLATES } from '../defaults';
import type { Stage, Template } from '../model';
import {
  deleteCadence,
  deleteStage,
  deleteTemplate,
  reorderStages,
  saveCadence,
  saveStage,
  saveTemplate,
} from './process';
import { unwrap } from './result';
import { saveSettings } from './settings';
import { trackSample } from './test-support';

const t = setUpTestDb();

const stage = (overrides: Partial<Stage> = {}): Stage => ({
  id: 'demo-day',
  name: { en: 'Demo day', fr: 'Jour de démo' },
  order: 25,
  kind: 'open',
  actions: [],
  usualDuration: { days: 3 },
  targetConversion: 0.5,
  defaultCadenceId: null,
  builtin: false,
  updatedAt: 0,
  ...overrides,
});

describe('stages', () => {
  it('saves a stage, stamped now, and refuses one the backup schema would refuse', async () => {
    expect(unwrap(await saveStage(t.db, { stage: stage() }, NOW))).toMatchObject({
      id: 'demo-day',
      updatedAt: NOW,
    });
    expect(await t.db.stages.get('demo-day')).toMatchObject({ name: { en: 'Demo day' }, updatedAt: NOW });
    const before = await snapshotTables(t.db);
    expect(await saveStage(t.db, { stage: stage({ targetConversion: Number.NaN }) }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'invalid', key: 'recordInvalid' },
    });
    expect(await saveStage(t.db, { stage: stage({ defaultCadenceId: 'gone' }) }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found', key: 'cadenceNotFound' },
    });
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  it('deletes a stage no deal is in, and says how many deals are in one that has some', async () => {
    await trackSample(t.db); // in the lead stage
    expect(await deleteStage(t.db, { stageId: 'lead' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'stageHasDeals', params: { count: 1 } },
    });
    expect(await t.db.stages.get('lead')).toBeDefined();
    unwrap(await deleteStage(t.db, { stageId: 'meeting' }, NOW));
    expect(await t.db.stages.get('meeting')).toBeUndefined();
  });

  it('reorders by the stages’ own order numbers: only the ones that moved change', async () => {
    const ids = DEFAULT_STAGES.toSorted((a, b) => a.order - b.order).map((s) => s.id);
    const before = await t.db.stages.orderBy('order').toArray();
    const [first, second, ...rest] = ids;
    if (!first || !second) throw new Error('too few stages');
    unwrap(await reorderStages(t.db, { order: [second, first, ...rest] }, NOW + 1));
    const after = await t.db.stages.orderBy('order').toArray();
    expect(after.map((s) => s.id)).toEqual([second, first, ...rest]);
    expect(after.map((s) => s.order)).toEqual(before.map((s) => s.order));
    expect(
      after
        .filter((s) => s.updatedAt === NOW + 1)
        .map((s) => s.id)
        .sort(),
    ).toEqual([first, second].sort());
    expect(await reorderStages(t.db, { order: ['nope'] }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('cadences', () => {
  it('saves one, and deletes it only while neither the default nor a stage’s', async () => {
    unwrap(await saveCadence(t.db, { cadence: { ...DEFAULT_CADENCE, id: 'short', builtin: false } }, NOW));
    unwrap(await saveSettings(t.db, { defaultCadenceId: 'short' }, NOW));
    expect(await deleteCadence(t.db, { cadenceId: 'short' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'cadenceInUse' },
    });
    unwrap(await saveSettings(t.db, { defaultCadenceId: 'default' }, NOW));
    unwrap(await saveStage(t.db, { stage: stage({ defaultCadenceId: 'short' }) }, NOW));
    expect(await deleteCadence(t.db, { cadenceId: 'short' }, NOW)).toMatchObject({ ok: false });
    unwrap(await saveStage(t.db, { stage: stage({ defaultCadenceId: null }) }, NOW));
    unwrap(await deleteCadence(t.db, { cadenceId: 'short' }, NOW));
    expect(await t.db.cadences.get('short')).toBeUndefined();
  });
});

describe('templates', () => {
  const template = (overrides: Partial<Template> = {}): Template => ({
    ...(DEFAULT_TEMPLATES[0] as Template),
    id: 'mine',
    builtin: false,
    ...overrides,
  });

  it('saves one, refuses an unknown {variable}, and deletes', async () => {
    unwrap(await saveTemplate(t.db, { template: template({ body: 'Hi {firstName},' }) }, NOW));
    expect((await t.db.templates.get('mine'))?.body).toBe('Hi {firstName},');
    expect(await saveTemplate(t.db, { template: template({ body: 'Hi {nickname}' }) }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'invalid', key: 'templateUnknownVariable' },
    });
    expect((await t.db.templates.get('mine'))?.body).toBe('Hi {firstName},');
    unwrap(await deleteTemplate(t.db, { templateId: 'mine' }, NOW));
    expect(await t.db.templates.get('mine')).toBeUndefined();
  });
});
