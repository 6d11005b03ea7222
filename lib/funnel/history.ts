// A deal's way through the stages, read from its event log.
import type { Deal, DealEvent, EpochMs, Id } from '../model';

/** A time a deal spent in one stage: from entering it until leaving it (null: it is still there). */
export interface Stay {
  dealId: Id;
  stageId: Id;
  start: EpochMs;
  end: EpochMs | null;
}

type StageChanged = Extract<DealEvent, { type: 'stage-changed' }>;

/** Events by instant; equal instants keep the log's order (a stage, then won or lost, share one `now`). */
export function byInstant<E extends { at: EpochMs }>(events: readonly E[]): E[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.at - b.event.at || a.index - b.index)
    .map(({ event }) => event);
}

/**
 * The deal's stays, oldest first, from its 'stage-changed' events (`events` holds this deal's own).
 * A log that starts mid-way (the first change has a `from`) gets a first stay in `from` since the
 * deal's creation; a deal with no change at all has one stay in its current stage since it entered it.
 */
export function staysOf(deal: Deal, events: readonly DealEvent[]): Stay[] {
  const changes = byInstant(events.filter((e): e is StageChanged => e.type === 'stage-changed'));
  const first = changes[0];
  if (!first) return [{ dealId: deal.id, stageId: deal.stageId, start: deal.stageEnteredAt, end: null }];
  const stays: Stay[] = [];
  if (first.data.from !== null) {
    stays.push({ dealId: deal.id, stageId: first.data.from, start: deal.createdAt, end: first.at });
  }
  changes.forEach((change, i) => {
    stays.push({
      dealId: deal.id,
      stageId: change.data.to,
      start: change.at,
      end: changes[i + 1]?.at ?? null,
    });
  });
  return stays;
}

/** Events grouped by deal id. */
export function eventsByDeal(events: readonly DealEvent[]): Map<Id, DealEvent[]> {
  const map = new Map<Id, DealEvent[]>();
  for (const event of events) {
    const list = map.get(event.dealId);
    if (list) list.push(event);
    else map.set(event.dealId, [event]);
  }
  return map;
}
