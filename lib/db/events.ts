// The activity log of a deal: one DealEvent per state change that matters.
import { Dexie } from 'dexie';
import type { DealEvent, EventDataMap, EventType, Id } from '../model';
import type { AppDB } from './schema';

/**
 * Appends an event without checking its deal: for use cases that already hold the deal inside their
 * own transaction (which must include db.events).
 */
export async function appendEvent<T extends EventType>(
  db: AppDB,
  dealId: Id,
  type: T,
  data: EventDataMap[T],
  now: number,
): Promise<DealEvent> {
  const event = { id: crypto.randomUUID(), dealId, type, at: now, data } as DealEvent;
  await db.events.add(event);
  return event;
}

/**
 * Events one operation writes together share their instant; this rank puts them in the order they
 * happened (tracked, then its stage; a stage, then won or lost; the old cadence cancelled, then the
 * new one started). The primary key, a random id, would order them at random.
 */
const SAME_INSTANT_RANK: Partial<Record<EventType, number>> = {
  tracked: 0,
  'stage-changed': 1,
  'cadence-cancelled': 2,
};
const OTHER_RANK = 3;

/** A deal's events, oldest first. */
export async function eventsForDeal(db: AppDB, dealId: Id): Promise<DealEvent[]> {
  const events = await db.events
    .where('[dealId+at]')
    .between([dealId, Dexie.minKey], [dealId, Dexie.maxKey])
    .toArray();
  const rank = (e: DealEvent) => SAME_INSTANT_RANK[e.type] ?? OTHER_RANK;
  return events.sort((a, b) => a.at - b.at || rank(a) - rank(b));
}
