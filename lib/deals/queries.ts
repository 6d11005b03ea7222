// The deals page's reads, by index: the first rows (the most recently changed deals), then every
// deal with its pending follow-ups, then the last contact of each (the follow-ups done).
import { Dexie } from 'dexie';
import { recentDeals } from '../db/deals';
import { pendingFollowUps } from '../db/queries';
import type { AppDB } from '../db/schema';
import { funnelMembers } from '../funnel/funnel';
import type { FollowUp, Id, Stage } from '../model';
import { type DealRow, type DealsDrill, dealRow } from './view';

export interface DealsData {
  stages: Stage[];
  rows: DealRow[];
  /** False while only the first rows are read. */
  complete: boolean;
}

function groupByDeal(followUps: readonly FollowUp[]): Map<Id, FollowUp[]> {
  const by = new Map<Id, FollowUp[]>();
  for (const f of followUps) {
    const list = by.get(f.dealId);
    if (list) list.push(f);
    else by.set(f.dealId, [f]);
  }
  return by;
}

/** The first `limit` rows to show at once (the most recently changed deals), with their pending follow-ups. */
export async function loadFirstRows(db: AppDB, limit: number, now: number): Promise<DealsData> {
  return db.transaction('r', [db.deals, db.followUps, db.stages], async () => {
    const [stages, deals] = await Promise.all([db.stages.orderBy('order').toArray(), recentDeals(db, limit)]);
    const pending = await db.followUps
      .where('dealId')
      .anyOf(deals.map((d) => d.id))
      .filter((f) => f.status === 'due' || f.status === 'paused')
      .toArray();
    const by = groupByDeal(pending);
    return { stages, rows: deals.map((d) => dealRow(d, by.get(d.id) ?? [], now)), complete: false };
  });
}

/** Every deal's row: pending follow-ups from the [status+dueAt] index, the last contact from the done ones. */
export async function loadAllRows(db: AppDB, now: number): Promise<DealsData> {
  return db.transaction('r', [db.deals, db.followUps, db.stages], async () => {
    const [stages, deals, pending, done] = await Promise.all([
      db.stages.orderBy('order').toArray(),
      db.deals.toArray(),
      pendingFollowUps(db),
      db.followUps.where('[status+dueAt]').between(['done', Dexie.minKey], ['done', Dexie.maxKey]).toArray(),
    ]);
    const by = groupByDeal(pending);
    const last = new Map<Id, number>();
    for (const f of done) {
      const at = f.handledAt ?? f.dueAt;
      if ((last.get(f.dealId) ?? -1) < at) last.set(f.dealId, at);
    }
    const rows = deals.map((d) => {
      const answered = d.status === 'replied' ? d.updatedAt : null;
      const contact = Math.max(last.get(d.id) ?? -1, answered ?? -1);
      return dealRow(d, by.get(d.id) ?? [], now, contact < 0 ? null : contact);
    });
    return { stages, rows, complete: true };
  });
}

/**
 * The deals behind one number of the Pipeline tab: the whole log is read, as the tab reads it, and
 * lib/funnel's own counting rule picks them (funnelMembers).
 */
export async function drillMembers(db: AppDB, drill: DealsDrill, now: number): Promise<Set<Id>> {
  return db.transaction('r', [db.deals, db.events, db.followUps, db.stages], async () => {
    const [deals, events, followUps, stages] = await Promise.all([
      db.deals.toArray(),
      db.events.toArray(),
      db.followUps.toArray(),
      db.stages.orderBy('order').toArray(),
    ]);
    const filter = { period: drill.period, cadenceId: drill.cadenceId };
    return new Set(funnelMembers({ deals, events, followUps, stages, now, filter }, drill));
  });
}
