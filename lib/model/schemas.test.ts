// The record schemas, and the arbitraries derived from them (lib/model/test-support.ts) that the
// round-trip property uses: what the deriver makes, the schema accepts, limits reached.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DEFAULT_CADENCES, DEFAULT_SETTINGS, DEFAULT_STAGES, DEFAULT_TEMPLATES } from '../defaults';
import {
  cadenceSchema,
  dealSchema,
  eventDataSchemas,
  eventSchema,
  followUpSchema,
  LIMITS,
  settingsSchema,
  stageSchema,
  templateSchema,
} from './schemas';
import { derivedArbitraryOf } from './test-support';

/** A calendar date as the rep writes it, yyyy-MM-dd. */
const calendarDate = fc
  .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** What the deriver cannot read from the settings schema: its refinements (a known zone, a vacation in order). */
const settingsOverrides = new Map<z.ZodType, fc.Arbitrary<unknown>>([
  [settingsSchema.shape.timeZone, fc.constantFrom('', 'Europe/Paris', 'America/New_York', 'UTC')],
  [
    settingsSchema.shape.vacations,
    fc.array(
      fc
        .tuple(calendarDate, calendarDate)
        .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
      { maxLength: 3 },
    ),
  ],
]);

describe('the record schemas', () => {
  it('accept every built-in record', () => {
    for (const stage of DEFAULT_STAGES) expect(stageSchema.safeParse(stage).success).toBe(true);
    for (const cadence of DEFAULT_CADENCES) expect(cadenceSchema.safeParse(cadence).success).toBe(true);
    for (const template of DEFAULT_TEMPLATES) expect(templateSchema.safeParse(template).success).toBe(true);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, updatedAt: 0 }).success).toBe(true);
  });

  it('hold one limit per field: the lost reason is as long in a record as the protocol lets it be', () => {
    const lost = eventSchema.safeParse({
      id: 'e',
      dealId: 'd',
      type: 'lost',
      at: 0,
      data: { reason: 'x'.repeat(LIMITS.lostReason) },
    });
    expect(lost.success).toBe(true);
  });

  it('keep a number as JSON will: -0 becomes 0, so a backup gives back the very record it saved', () => {
    const stage = DEFAULT_STAGES[0];
    if (!stage) throw new Error('no built-in stage');
    const parsed = stageSchema.parse({ ...stage, order: -0, targetConversion: -0 });
    expect(Object.is(parsed.order, 0)).toBe(true);
    expect(Object.is(parsed.targetConversion, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
  });
});

describe('arbitraries derived from the schemas', () => {
  it.each<[string, z.ZodType, Map<z.ZodType, fc.Arbitrary<unknown>>?]>([
    ['stage', stageSchema],
    ['cadence', cadenceSchema],
    ['template', templateSchema],
    ['deal', dealSchema],
    ['follow-up', followUpSchema],
    ['event', eventSchema],
    ['settings', settingsSchema, settingsOverrides],
  ])('make %s records the schema accepts, as they are', (_, schema, overrides) => {
    fc.assert(
      fc.property(derivedArbitraryOf(schema, overrides), (record) => {
        const parsed = schema.safeParse(record);
        expect(parsed.success ? 'ok' : parsed.error.issues).toBe('ok');
      }),
      { numRuns: 60 },
    );
  });

  it('reach the limits: some strings are right at their maximum length', () => {
    const lengths = fc.sample(derivedArbitraryOf(eventDataSchemas.lost), 200).map((d) => d.reason.length);
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(LIMITS.lostReason - 2);
    expect(Math.min(...lengths)).toBeLessThan(20);
  });
});
