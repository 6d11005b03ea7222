// Look-ups that throw a RelanceError a rep understands instead of returning undefined.
import type { Cadence, Deal, FollowUp, Id, Stage } from '../model';
import { MESSAGES, RelanceError } from './errors';
import type { AppDB } from './schema';

export async function requireDeal(db: AppDB, id: Id): Promise<Deal> {
  const deal = await db.deals.get(id);
  if (!deal) throw new RelanceError('not-found', MESSAGES.dealNotFound);
  return deal;
}

export async function requireFollowUp(db: AppDB, id: Id): Promise<FollowUp> {
  const followUp = await db.followUps.get(id);
  if (!followUp) throw new RelanceError('not-found', MESSAGES.followUpNotFound);
  return followUp;
}

export async function requireStage(db: AppDB, id: Id): Promise<Stage> {
  const stage = await db.stages.get(id);
  if (!stage) throw new RelanceError('not-found', MESSAGES.stageNotFound);
  return stage;
}

export async function requireCadence(db: AppDB, id: Id): Promise<Cadence> {
  const cadence = await db.cadences.get(id);
  if (!cadence) throw new RelanceError('not-found', MESSAGES.cadenceNotFound);
  return cadence;
}
