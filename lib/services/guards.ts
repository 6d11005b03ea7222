// Look-ups that refuse with a problem a rep understands instead of answering undefined. Inside a
// use case's transaction, the refusal aborts it.
import type { AppDB } from '../db/schema';
import type { Cadence, Deal, FollowUp, Id, Stage, Template } from '../model';
import { refuse } from './result';

export async function requireDeal(db: AppDB, id: Id): Promise<Deal> {
  return (await db.deals.get(id)) ?? refuse('dealNotFound');
}

export async function requireFollowUp(db: AppDB, id: Id): Promise<FollowUp> {
  return (await db.followUps.get(id)) ?? refuse('followUpNotFound');
}

export async function requireStage(db: AppDB, id: Id): Promise<Stage> {
  return (await db.stages.get(id)) ?? refuse('stageNotFound');
}

export async function requireCadence(db: AppDB, id: Id): Promise<Cadence> {
  return (await db.cadences.get(id)) ?? refuse('cadenceNotFound');
}

export async function requireTemplate(db: AppDB, id: Id): Promise<Template> {
  return (await db.templates.get(id)) ?? refuse('templateNotFound');
}
