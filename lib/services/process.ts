// The rep's process: stages, cadences and templates, edited in the options page. A record is saved
// only when it passes the same schema a backup of it must pass (lib/model/schemas.ts), so whatever
// the options page writes, a backup restores.
import type { z } from 'zod';
import type { AppDB } from '../db/schema';
import { getSettings } from '../db/settings';
import type { Cadence, Id, Stage, Template } from '../model';
import { cadenceSchema, stageSchema, templateSchema } from '../model/schemas';
import { TemplateError } from '../templates/render';
import { findUnknownVariables } from '../templates/syntax';
import { requireCadence } from './guards';
import { attempt, type Result, refuse } from './result';

function checked<T>(schema: z.ZodType<T>, record: T, what: string): T {
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    refuse('recordInvalid', {
      what,
      detail: `${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    });
  }
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// Stages

/** Adds or replaces a stage; the cadence it starts must exist (else a backup of it would be refused). */
export function saveStage(db: AppDB, input: { stage: Stage }, now: number): Promise<Result<Stage>> {
  return attempt(async () => {
    const stage = checked(stageSchema, { ...input.stage, updatedAt: now }, 'This stage');
    return db.transaction('rw', [db.stages, db.cadences], async () => {
      if (stage.defaultCadenceId !== null) await requireCadence(db, stage.defaultCadenceId);
      await db.stages.put(stage);
      return stage;
    });
  });
}

/** Deletes a stage no deal is in. */
export function deleteStage(db: AppDB, input: { stageId: Id }, _now: number): Promise<Result<null>> {
  return attempt(() =>
    db.transaction('rw', [db.stages, db.deals], async () => {
      const count = await db.deals.where('stageId').equals(input.stageId).count();
      if (count > 0) refuse('stageHasDeals', { count });
      await db.stages.delete(input.stageId);
      return null;
    }),
  );
}

/**
 * Puts the stages in the order of `order` (ids): they take the order numbers the stages already
 * had, so only the stages that moved change. Stages not named keep their place after the others.
 */
export function reorderStages(db: AppDB, input: { order: Id[] }, now: number): Promise<Result<Stage[]>> {
  return attempt(() =>
    db.transaction('rw', db.stages, async () => {
      const stages = await db.stages.orderBy('order').toArray();
      const byId = new Map(stages.map((s) => [s.id, s]));
      for (const id of input.order) if (!byId.has(id)) refuse('stageNotFound');
      const named = [...new Set(input.order)];
      const wanted = [...named, ...stages.map((s) => s.id).filter((id) => !named.includes(id))];
      const orders = stages.map((s) => s.order);
      const next: Stage[] = [];
      const moved: Stage[] = [];
      wanted.forEach((id, i) => {
        const stage = byId.get(id);
        const order = orders[i];
        if (!stage || order === undefined) return;
        if (stage.order === order) next.push(stage);
        else {
          const placed = { ...stage, order, updatedAt: now };
          next.push(placed);
          moved.push(placed);
        }
      });
      await db.stages.bulkPut(moved);
      return next;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Cadences

/** Adds or replaces a cadence. */
export function saveCadence(db: AppDB, input: { cadence: Cadence }, now: number): Promise<Result<Cadence>> {
  return attempt(async () => {
    const cadence = checked(cadenceSchema, { ...input.cadence, updatedAt: now }, 'This cadence');
    await db.cadences.put(cadence);
    return cadence;
  });
}

/** Whether a cadence is the default or a stage's: then it cannot be deleted. */
export async function isCadenceInUse(db: AppDB, cadenceId: Id): Promise<boolean> {
  const settings = await getSettings(db);
  if (settings.defaultCadenceId === cadenceId) return true;
  return (await db.stages.toArray()).some((s) => s.defaultCadenceId === cadenceId);
}

/** Deletes a cadence that is neither the default nor a stage's. */
export function deleteCadence(db: AppDB, input: { cadenceId: Id }, _now: number): Promise<Result<null>> {
  return attempt(() =>
    db.transaction('rw', [db.cadences, db.stages, db.settings], async () => {
      if (await isCadenceInUse(db, input.cadenceId)) refuse('cadenceInUse');
      await db.cadences.delete(input.cadenceId);
      return null;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Templates

/** Adds or replaces a template; one with an unknown {variable} is refused. */
export function saveTemplate(
  db: AppDB,
  input: { template: Template },
  now: number,
): Promise<Result<Template>> {
  return attempt(async () => {
    const template = checked(templateSchema, { ...input.template, updatedAt: now }, 'This template');
    const unknown = findUnknownVariables(`${template.subject}\n${template.body}`);
    if (unknown.length > 0) throw new TemplateError(unknown);
    await db.templates.put(template);
    return template;
  });
}

export function deleteTemplate(db: AppDB, input: { templateId: Id }, _now: number): Promise<Result<null>> {
  return attempt(async () => {
    await db.templates.delete(input.templateId);
    return null;
  });
}
