// The property that keeps the message schemas and the backup schemas one: every record the
// protocol can write (and the options page, through the same use cases) survives export → import
// unchanged. Random sessions of protocol messages, generated from the message schemas themselves
// (lib/model/test-support.ts derives fast-check arbitraries from zod), are answered by the
// background's handlers on a fresh database; its backup is written as a rep would save it, read
// back whole, and restored into an empty database, which must then hold exactly the same records.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { getMeta, SEEDED_IDS_KEY } from '../db/meta';
import { AppDB } from '../db/schema';
import { seedDefaults } from '../db/seed';
import { NOW } from '../db/test-support';
import { DEFAULT_CADENCES, DEFAULT_STAGES, DEFAULT_TEMPLATES } from '../defaults';
import { createHandlers } from '../messaging/handlers';
import type { MessageType } from '../messaging/protocol';
import { messageSchemas } from '../messaging/schemas';
import { settingsPatchSchema, stageSchema, templateSchema } from '../model/schemas';
import { arbitraryOf } from '../model/test-support';
import { saveStage, saveTemplate } from '../services/process';
import { saveSettings } from '../services/settings';
import { backupToJson, exportBackup } from './export';
import { readBackup } from './format';
import { applyImport } from './import';

const M = messageSchemas;
const MINUTE = 60_000;

/** A thread's URL as a webmail gives it (the protocol refuses anything but https). */
const threadUrl = fc
  .tuple(
    fc.constantFrom('https://mail.google.com/mail/u/0/#inbox/', 'https://outlook.office.com/mail/id/'),
    fc.string({ maxLength: 40, unit: fc.constantFrom(...'abcdefXYZ0123456789') }),
  )
  .map(([base, id]) => base + id);
const calendarDate = fc
  .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** What the deriver cannot read: refinements (an https URL, a known zone, a vacation in order) and ids that must exist. */
const overrides = new Map<z.ZodType, fc.Arbitrary<unknown>>([
  [M.getPanelState.shape.url, threadUrl],
  [
    settingsPatchSchema.shape.timeZone,
    fc.option(fc.constantFrom('', 'Europe/Paris', 'America/New_York'), { nil: undefined }),
  ],
  [
    settingsPatchSchema.shape.vacations,
    fc.option(
      fc.array(
        fc
          .tuple(calendarDate, calendarDate)
          .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
        { maxLength: 2 },
      ),
      { nil: undefined },
    ),
  ],
  [
    settingsPatchSchema.shape.defaultCadenceId,
    fc.option(fc.constantFrom(...DEFAULT_CADENCES.map((c) => c.id)), { nil: undefined }),
  ],
  [
    stageSchema.shape.defaultCadenceId,
    fc.option(fc.constantFrom(...DEFAULT_CADENCES.map((c) => c.id)), { nil: null }),
  ],
]);
const of = <S extends z.ZodType>(schema: S) => arbitraryOf(schema, overrides);

/** One thing a rep (through the panel, the popup or the options page) does; `pick` chooses among what exists. */
const step = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('trackThread' as const), data: of(M.trackThread) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('updateDeal' as const),
      pick: fc.nat(),
      data: of(M.updateDeal),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('setNextStep' as const),
      pick: fc.nat(),
      data: of(M.setNextStep),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('setStage' as const),
      pick: fc.nat(),
      stageId: fc.constantFrom(...DEFAULT_STAGES.map((s) => s.id)),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('scheduleCadence' as const),
      pick: fc.nat(),
      cadenceId: fc.option(fc.constantFrom(...DEFAULT_CADENCES.map((c) => c.id)), { nil: undefined }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('scheduleSingle' as const),
      pick: fc.nat(),
      data: of(M.scheduleSingle),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('completeFollowUp' as const),
      pick: fc.nat(),
      data: of(M.completeFollowUp),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('skipFollowUp' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('snoozeFollowUp' as const),
      pick: fc.nat(),
      data: of(M.snoozeFollowUp),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('pauseDeal' as const), pick: fc.nat(), data: of(M.pauseDeal) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('resumeDeal' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancelCadence' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('markLost' as const), pick: fc.nat(), data: of(M.markLost) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reportMessages' as const),
      pick: fc.nat(),
      data: of(M.reportMessages),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('confirmReply' as const),
      pick: fc.nat(),
      replied: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('reportListRows' as const), data: of(M.reportListRows) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('logTemplateInserted' as const),
      pick: fc.nat(),
      templateId: fc.constantFrom(...DEFAULT_TEMPLATES.map((t) => t.id)),
    }),
  },
  // The options page's writers, through the same use cases.
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('saveSettings' as const), data: of(settingsPatchSchema) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('saveStage' as const), data: of(stageSchema) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('saveTemplate' as const), data: of(templateSchema) }),
  },
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const TABLES = ['stages', 'cadences', 'templates', 'deals', 'followUps', 'events', 'settings'] as const;

async function contents(db: AppDB) {
  const tables = await Promise.all(
    TABLES.map(async (name) => {
      const records = (await db.table(name).toArray()) as { id: string }[];
      return [name, records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))] as const;
    }),
  );
  return { ...Object.fromEntries(tables), seededIds: await getMeta(db, SEEDED_IDS_KEY) };
}

/** Runs a session on a fresh database; answers the database (the caller deletes it). */
async function session(steps: Step[]): Promise<AppDB> {
  const db = new AppDB(`round-trip-${crypto.randomUUID()}`);
  await seedDefaults(db, NOW);
  let now = NOW;
  const handlers = createHandlers({
    db,
    now: () => now,
    uiLanguage: () => 'en',
    afterWrite: () => undefined,
  });
  const send = (type: MessageType, data: unknown) => handlers[type](data);
  const pickOf = async <T extends { id: string }>(list: Promise<T[]>, pick: number) => {
    const all = await list;
    return all.length === 0 ? 'none' : (all[pick % all.length]?.id ?? 'none');
  };
  const deal = (pick: number) => pickOf(db.deals.toArray(), pick);
  const followUp = (pick: number) => pickOf(db.followUps.toArray(), pick);
  for (const s of steps) {
    now += MINUTE;
    switch (s.kind) {
      case 'trackThread':
        await send('trackThread', s.data);
        break;
      case 'updateDeal':
      case 'setNextStep':
      case 'scheduleSingle':
      case 'pauseDeal':
      case 'markLost':
      case 'reportMessages':
        await send(s.kind, { ...s.data, dealId: await deal(s.pick) });
        break;
      case 'setStage':
        await send('setStage', { dealId: await deal(s.pick), stageId: s.stageId });
        break;
      case 'scheduleCadence':
        await send('scheduleCadence', {
          dealId: await deal(s.pick),
          ...(s.cadenceId ? { cadenceId: s.cadenceId } : {}),
        });
        break;
      case 'resumeDeal':
      case 'cancelCadence':
        await send(s.kind, { dealId: await deal(s.pick) });
        break;
      case 'confirmReply':
        await send('confirmReply', { dealId: await deal(s.pick), replied: s.replied });
        break;
      case 'logTemplateInserted':
        await send('logTemplateInserted', { dealId: await deal(s.pick), templateId: s.templateId });
        break;
      case 'completeFollowUp':
      case 'snoozeFollowUp':
        await send(s.kind, { ...s.data, followUpId: await followUp(s.pick) });
        break;
      case 'skipFollowUp':
        await send('skipFollowUp', { followUpId: await followUp(s.pick) });
        break;
      case 'reportListRows':
        await send('reportListRows', s.data);
        break;
      case 'saveSettings':
        await saveSettings(db, s.data, now);
        break;
      case 'saveStage':
        await saveStage(db, { stage: s.data }, now);
        break;
      case 'saveTemplate':
        await saveTemplate(db, { template: s.data }, now);
        break;
    }
  }
  return db;
}

describe('export → import', () => {
  it('gives back every record the protocol and the options page wrote, unchanged', {
    timeout: 180_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 24 }), async (steps) => {
        const db = await session(steps);
        const restored = new AppDB(`round-trip-${crypto.randomUUID()}`);
        try {
          const text = backupToJson(await exportBackup(db, NOW + DAY_MS));
          const read = readBackup(text);
          expect(read.ok ? 'read' : read.problems).toBe('read');
          if (!read.ok) return;
          await applyImport(restored, read.file, 'replace');
          expect(await contents(restored)).toEqual(await contents(db));
        } finally {
          db.close();
          restored.close();
          await Promise.all([db.delete(), restored.delete()]);
        }
      }),
      // Shrinking replays whole sessions: bounded, so a failure reports within minutes.
      { numRuns: 40, interruptAfterTimeLimit: 150_000, markInterruptAsFailure: false },
    );
  });
});

const DAY_MS = 86_400_000;
