// The deals page's reads, by index: the first rows (a screen and a half, in the view's order where an
// index gives it), then every deal with its pending follow-ups and the last contact of each (the
// follow-ups done).
import { Dexie } from 'dexie';
import { recentDeals } from '../db/deals';
import { pendingFollowUps } from '../db/queries';
import type { AppDB } from '../db/schema';
import { funnelMembers } from '../funnel/funnel';
import { type Deal, type FollowUp, type Id, isPending, type Stage } from '../model';
import { type DealRow, type DealsDrill, type DealsQuery, dealRow } from './view';

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

/** Pending follow-ups of one status, soonest first, at most `limit` (one getAll on the [status+dueAt] index). */
function pendingPrefix(db: AppDB, status: 'due' | 'paused', limit: number): Promise<FollowUp[]> {
  return db.followUps
    .where('[status+dueAt]')
    .between([status, Dexie.minKey], [status, Dexie.maxKey])
    .limit(limit)
    .toArray();
}

/**
 * The deals whose next follow-up comes first (the page's default sort), from the [status+dueAt]
 * index: the soonest pending follow-ups are read (a few per deal), and each deal is placed by its
 * first one — its next follow-up. Both lists are read further until `limit` deals are placed or
 * they end. Each placed deal's pending follow-ups, as far as they were read, come with it; a deal
 * whose overdue state the read cannot tell (placed by a paused one, the due list cut before now)
 * has its own read by the dealId index.
 */
async function dealsByNextFollowUp(
  db: AppDB,
  limit: number,
  now: number,
): Promise<{ ids: Id[]; pending: Map<Id, FollowUp[]>; exhausted: boolean }> {
  // Mostly one follow-up per deal at the head of the index (a deal's next one): a little more than
  // `limit` first, four times more each time that was not enough.
  let read = Math.ceil(limit * 1.5);
  for (;;) {
    const [due, paused] = await Promise.all([
      pendingPrefix(db, 'due', read),
      pendingPrefix(db, 'paused', read),
    ]);
    const dueCut = due.length === read ? (due.at(-1)?.dueAt ?? Number.NEGATIVE_INFINITY) : null;
    const pausedCut = paused.length === read ? (paused.at(-1)?.dueAt ?? Number.NEGATIVE_INFINITY) : null;
    // Past the earlier cut, a follow-up not read yet could come first.
    const placedBefore = Math.min(dueCut ?? Number.POSITIVE_INFINITY, pausedCut ?? Number.POSITIVE_INFINITY);
    const exhausted = dueCut === null && pausedCut === null;
    const merged = [...due, ...paused].sort((a, b) => a.dueAt - b.dueAt);
    const ids: Id[] = [];
    const placed = new Set<Id>();
    // The next follow-up of the last deal placed: another deal's at the same instant may sort
    // before it (the page breaks ties by id), so ties come too.
    let lastAt = Number.NEGATIVE_INFINITY;
    for (const f of merged) {
      if (!exhausted && f.dueAt >= placedBefore) break;
      if (ids.length >= limit && f.dueAt !== lastAt) break;
      if (!placed.has(f.dealId)) {
        placed.add(f.dealId);
        ids.push(f.dealId);
        lastAt = f.dueAt;
      }
    }
    const enough = ids.length >= limit && (exhausted || lastAt < placedBefore);
    if (enough || exhausted || read >= MAX_FIRST_READ) {
      const pending = groupByDeal(merged.filter((f) => placed.has(f.dealId)));
      const dueKnown = dueCut === null || dueCut >= now;
      const unsure = ids.filter((id) => !dueKnown && !pending.get(id)?.some((f) => f.status === 'due'));
      const own = await Promise.all(unsure.map((id) => db.followUps.where('dealId').equals(id).toArray()));
      unsure.forEach((id, i) => {
        pending.set(id, (own[i] ?? []).filter(isPending));
      });
      return { ids, pending, exhausted };
    }
    read *= 4;
  }
}

/** The most follow-ups of one status the first rows read before giving up on placing `limit` deals. */
const MAX_FIRST_READ = 20_000;

/**
 * The first `limit` rows to show at once, in the order of the view's sort where an index gives it
 * (the next follow-up, ascending: the page's default), else the most recently changed deals; the
 * page sorts and filters them as it will every row, and replaces them once every row is read
 * (loadAllRows). The last contact is not known yet.
 */
export async function loadFirstRows(
  db: AppDB,
  view: Pick<DealsQuery, 'sort' | 'dir'>,
  limit: number,
  now: number,
): Promise<DealsData> {
  return db.transaction('r', [db.deals, db.followUps, db.stages], async () => {
    const stagesRead = db.stages.orderBy('order').toArray();
    let deals: Deal[];
    let pending: Map<Id, FollowUp[]>;
    if (view.sort === 'nextFollowUp' && view.dir === 'asc') {
      const first = await dealsByNextFollowUp(db, limit, now);
      deals = (await db.deals.bulkGet(first.ids)).filter((d): d is Deal => d !== undefined);
      pending = first.pending;
      // Fewer deals with a follow-up than a screen: the others follow (no next follow-up: last).
      if (deals.length < limit && first.exhausted) {
        const placed = new Set(first.ids);
        const more = await recentDeals(db, limit * 2);
        deals.push(...more.filter((d) => !placed.has(d.id)).slice(0, limit - deals.length));
      }
    } else {
      deals = await recentDeals(db, limit);
      // One read per deal by the dealId index, all at once (a single cursor hopping over the
      // index with anyOf took ~125 ms for 60 deals at 10,000 deals; these ~30 ms).
      const own = await Promise.all(deals.map((d) => db.followUps.where('dealId').equals(d.id).toArray()));
      pending = groupByDeal(own.flat().filter(isPending));
    }
    const stages = await stagesRead;
    return { stages, rows: deals.map((d) => dealRow(d, pending.get(d.id) ?? [], now)), complete: false };
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
