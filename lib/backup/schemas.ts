// What a backup file's `data` holds: every table's records, each validated by the record schemas of
// lib/model/schemas.ts (the same ones the protocol's messages derive from, so whatever Relance
// wrote, a backup restores), plus the size of each table and the one meta record worth keeping.
import { z } from 'zod';
import { SEEDED_IDS_KEY } from '../db/meta';
import {
  cadenceSchema,
  dealSchema,
  eventSchema,
  followUpSchema,
  idSchema,
  LIMITS,
  settingsSchema,
  stageSchema,
  templateSchema,
} from '../model/schemas';

export { spanSchema } from '../model/schemas';
export {
  cadenceSchema,
  dealSchema,
  eventSchema,
  followUpSchema,
  settingsSchema,
  stageSchema,
  templateSchema,
};
export const id = idSchema;

/** How many records each table of a file may hold: far more than any rep's, and a stop for a hostile file. */
export const TABLE_LIMITS = {
  stages: 500,
  cadences: 500,
  templates: 2000,
  deals: 100_000,
  followUps: 1_000_000,
  events: 1_000_000,
  settings: 1,
  meta: 1,
  seededIds: 10_000,
} as const;

/** meta holds caches besides the one fact worth keeping: which built-ins were seeded (so deleted ones stay deleted). */
export const metaSchema = z.strictObject({
  key: z.literal(SEEDED_IDS_KEY),
  value: z.array(z.string().max(LIMITS.name)).max(TABLE_LIMITS.seededIds),
});

const table = <T extends z.ZodType>(schema: T, max: number) => z.array(schema).max(max);

/** Tables of "Share my process": how a team works, no prospect in it. */
export const processDataSchema = z.strictObject({
  stages: table(stageSchema, TABLE_LIMITS.stages),
  cadences: table(cadenceSchema, TABLE_LIMITS.cadences),
  templates: table(templateSchema, TABLE_LIMITS.templates),
});

/** Everything: the process plus the rep's deals, their follow-ups and history, settings, and seeded ids. */
export const fullDataSchema = processDataSchema.extend({
  deals: table(dealSchema, TABLE_LIMITS.deals),
  followUps: table(followUpSchema, TABLE_LIMITS.followUps),
  events: table(eventSchema, TABLE_LIMITS.events),
  settings: table(settingsSchema, TABLE_LIMITS.settings),
  meta: table(metaSchema, TABLE_LIMITS.meta),
});

export type ProcessData = z.infer<typeof processDataSchema>;
export type FullData = z.infer<typeof fullDataSchema>;
