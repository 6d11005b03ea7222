// The bench's code that runs INSIDE an extension page (bundled by bundle.ts into one script and
// evaluated there through the DevTools protocol): a two-year pipeline lived through the product's
// own use cases (lib/services), copied into the extension's database until it holds the scale's
// number of deals; and the product's own queries timed where the popup and the worker run them.
// Nothing here re-implements a query, a cadence or a day boundary.
//
// The use cases live the pipeline in a database kept in memory (fake-indexeddb, the unit tests'
// IndexedDB), not in the extension's own: they write every follow-up two or three times (scheduled,
// then done, skipped or cancelled), and a burst of 300,000 rewrites leaves Chromium's IndexedDB full
// of deleted index entries for a long while — countDue then took a second at 100,000 follow-ups
// instead of milliseconds, a cost two years of real use never pile up. Copied, each record is
// written once, as on a database that has had time to compact. Living is slow (~80 ms a deal on
// this machine), so a few hundred deals are lived and the larger scales are copies of them
// (writeCopies: their own ids, their instants an hour apart).
import { IDBKeyRange as FakeKeyRange, IDBFactory } from 'fake-indexeddb';
import { endOfLocalDay, resolveTimeZone } from '../../lib/cadence';
import { countReplyLikely } from '../../lib/db/deals';
import { countDue, dueFollowUps, nextDueAfter } from '../../lib/db/queries';
import { AppDB } from '../../lib/db/schema';
import { seedDefaults } from '../../lib/db/seed';
import { getSettings } from '../../lib/db/settings';
import type { FollowUpStatus, Id } from '../../lib/model';
import { FOLLOW_UP_STATUSES, withThreads } from '../../lib/model';
import { loadAppointments, loadPopupData, loadSectionFollowUps, PAGE_SIZE } from '../../lib/popup/queries';
import { popupWindow } from '../../lib/popup/sections';
import { reminderPlan } from '../../lib/reminders';
import { setNextStep, trackThread, updateDeal } from '../../lib/services/deals';
import { completeFollowUp, scheduleCadence, skipFollowUp } from '../../lib/services/follow-ups';
import { markLost, markWon, pauseDeal, setStage } from '../../lib/services/lifecycle';
import { rememberThread, reportMessages } from '../../lib/services/replies';
import { type Result, unwrap } from '../../lib/services/result';

// fake-indexeddb runs each request's callbacks in a later task (globalThis.setImmediate when there
// is one, else scheduler.postTask or setTimeout). A page has no setImmediate: a MessageChannel gives
// the same "next task, no delay", without the scheduler's or the timers' pacing.
const scope = globalThis as { setImmediate?: (fn: () => void) => void };
if (!scope.setImmediate) {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  scope.setImmediate = (fn) => {
    queue.push(fn);
    channel.port2.postMessage(0);
  };
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

let opened: AppDB | null = null;
/** The extension's database, as every page of it opens it. */
function database(): AppDB {
  opened ??= new AppDB();
  return opened;
}

let memory: AppDB | null = null;
/** Where the use cases live the pipeline: the same schema and defaults, in memory. */
async function memoryDatabase(now: number): Promise<AppDB> {
  if (!memory) {
    memory = new AppDB('relance-bench', { indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
    await seedDefaults(memory, now);
  }
  return memory;
}

/** A deterministic generator (mulberry32): the same pipeline on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A use case that must work while seeding (a failure is a bug of the bench or of the product). */
const must = <T>(result: Result<T>): T => unwrap(result);

type DealFate = 'active' | 'paused' | 'replied' | 'won' | 'lost';

/** Every random choice of one deal's life, drawn in order before it is lived. */
interface DealPlan {
  i: number;
  createdAt: number;
  fate: DealFate;
  closedAt: number | null;
  /** Per step of its cadence: left waiting (recent, active deals), and done rather than skipped. */
  leave: boolean[];
  done: boolean[];
  /** A next step then (active deals, half of them). */
  nextStepAt: number | null;
}

const MAX_STEPS = 20;

function planDeal(i: number, rand: () => number, now: number): DealPlan {
  const createdAt = now - Math.floor(rand() * 730 * DAY);
  const r = rand();
  // 40% active, 5% paused, 10% replied, 15% won, 30% lost.
  const fate: DealFate =
    r < 0.4 ? 'active' : r < 0.45 ? 'paused' : r < 0.55 ? 'replied' : r < 0.7 ? 'won' : 'lost';
  const closedAt =
    fate === 'active' || fate === 'paused' ? null : Math.min(now, createdAt + Math.floor(rand() * 90 * DAY));
  const leave = Array.from({ length: MAX_STEPS }, () => rand() < 0.6);
  const done = Array.from({ length: MAX_STEPS }, () => rand() < 0.9);
  const nextStepAt = fate === 'active' && rand() < 0.5 ? now + Math.floor((rand() * 20 - 5) * DAY) : null;
  return { i, createdAt, fate, closedAt, leave, done, nextStepAt };
}

/**
 * Deal `plan.i` of a two-year pipeline, lived through the use cases at the moments it happened:
 * tracked, moved to an open stage, valued, its stage's cadence scheduled (the product's dates), the
 * steps that fell due handled (or left overdue, for recent active deals), then answered, won, lost
 * or paused; half of the active ones have a next step.
 */
async function liveDeal(db: AppDB, plan: DealPlan, openStages: Id[], now: number): Promise<void> {
  const { i, createdAt, fate, closedAt } = plan;
  const gmail = i % 3 !== 0;
  const email = `prospect${i}@company${i % 700}.example`;
  const { deal } = must(
    await trackThread(
      db,
      {
        provider: gmail ? 'gmail' : 'outlook',
        threadId: `bench-thread-${i}`,
        url: gmail
          ? `https://mail.google.com/mail/u/0/#inbox/FMfcgzBench${i}`
          : `https://outlook.office.com/mail/inbox/id/AAQkBench${i}`,
        subject: `Proposal for Company ${i % 700} (${i})`,
        account: 'rep@bench.example',
        contact: { name: `Prospect ${i}`, email },
        seenMessageCount: 2,
      },
      createdAt,
    ),
  );
  const stageId = openStages[i % openStages.length];
  if (stageId) must(await setStage(db, { dealId: deal.id, stageId }, createdAt));
  must(
    await updateDeal(
      db,
      {
        dealId: deal.id,
        patch: {
          offer: 'Help desk, 20 agents',
          value: { amount: 5_000 + (i % 40) * 1_000, currency: 'EUR' },
        },
      },
      createdAt,
    ),
  );
  const followUps = must(await scheduleCadence(db, { dealId: deal.id }, createdAt));
  const until = closedAt ?? now;
  for (const [k, f] of [...followUps].sort((a, b) => a.dueAt - b.dueAt).entries()) {
    if (f.dueAt >= until) break;
    // A recent step of an active deal is often still waiting: overdue.
    if (fate === 'active' && now - f.dueAt < 6 * DAY && plan.leave[k % MAX_STEPS]) continue;
    const at = Math.min(now, f.dueAt + HOUR);
    if (plan.done[k % MAX_STEPS]) must(await completeFollowUp(db, { followUpId: f.id }, at));
    else must(await skipFollowUp(db, { followUpId: f.id }, at));
  }
  if (closedAt !== null) {
    if (fate === 'won') must(await markWon(db, { dealId: deal.id }, closedAt));
    else if (fate === 'lost')
      must(await markLost(db, { dealId: deal.id, reason: 'No budget this year' }, closedAt));
    else {
      // The prospect's answer, seen in the thread as the panel reports it (after the two messages
      // the thread showed when it was tracked).
      const [tracked] = deal.threads;
      if (!tracked) throw new Error('a tracked deal has its thread');
      const person = (name: string, address: string, key: string) => ({
        from: { name, email: address },
        to: [],
        cc: [],
        key,
      });
      const thread = (messages: ReturnType<typeof person>[]) => ({
        provider: tracked.provider,
        threadId: tracked.threadId,
        subject: tracked.subject,
        account: 'rep@bench.example',
        messages,
        lastMessageFromAccount: false,
        hasCompose: false,
      });
      const seen = [person('Rep', 'rep@bench.example', 'id:m1'), person(deal.contact.name, email, 'id:m2')];
      must(await rememberThread(db, { dealId: deal.id, snapshot: thread(seen) }, createdAt));
      must(
        await reportMessages(
          db,
          {
            dealId: deal.id,
            snapshot: thread([...seen, person(deal.contact.name, email, 'id:m3')]),
            texts: ['', '', 'Thanks, Thursday works for a call.'],
          },
          closedAt,
        ),
      );
    }
  } else if (fate === 'paused') {
    must(await pauseDeal(db, { dealId: deal.id, reason: 'On leave' }, now - 2 * DAY));
  } else if (plan.nextStepAt !== null) {
    const at = plan.nextStepAt;
    must(
      await setNextStep(
        db,
        {
          dealId: deal.id,
          nextStep: {
            at,
            channel: 'phone',
            repAction: 'Prepare the pilot terms',
            prospectAction: 'Ask the operations manager',
            reason: '',
          },
        },
        Math.min(now, at - HOUR),
      ),
    );
  }
}

export interface SeedCounts {
  deals: number;
  followUps: number;
  overdue: number;
  byStatus: Record<FollowUpStatus, number>;
}

/** What a database holds, counted on its indexes. */
async function countsOf(db: AppDB, now: number): Promise<SeedCounts> {
  const byStatus = {} as Record<FollowUpStatus, number>;
  for (const status of FOLLOW_UP_STATUSES) {
    byStatus[status] = await db.followUps
      .where('[status+dueAt]')
      .between([status, -Infinity], [status, Infinity])
      .count();
  }
  return {
    deals: await db.deals.count(),
    followUps: await db.followUps.count(),
    overdue: await db.followUps
      .where('[status+dueAt]')
      .between(['due', -Infinity], ['due', now], true, false)
      .count(),
    byStatus,
  };
}

/**
 * Lives deals [0, count) at `now` in the memory database (once; a second call with a larger count
 * lives the rest): `batch` deals per transaction (the use cases nest in it, one after the other:
 * Dexie keeps a transaction's zone through one chain of awaits, not through several at once). Each
 * deal's choices are drawn beforehand, in order, so the pipeline is the same on every run.
 */
let lived = 0;
export async function live(options: { count: number; now: number; batch: number }): Promise<SeedCounts> {
  const db = await memoryDatabase(options.now);
  const stages = await db.stages.orderBy('order').toArray();
  const openStages = stages.filter((s) => s.kind === 'open').map((s) => s.id);
  const rand = random(lived + 1);
  for (let start = lived; start < options.count; start += options.batch) {
    const plans: DealPlan[] = [];
    for (let i = start; i < Math.min(options.count, start + options.batch); i += 1)
      plans.push(planDeal(i, rand, options.now));
    // Every table: the use cases reach whatever they need (seenMessages since schema v4).
    await db.transaction('rw', db.tables, async () => {
      for (const plan of plans) await liveDeal(db, plan, openStages, options.now);
    });
  }
  lived = Math.max(lived, options.count);
  return countsOf(db, options.now);
}

/** How far apart in time two copies of the lived deals are (so their dates do not all coincide). */
const COPY_SHIFT_MS = 61 * 60_000;
const TIME_KEY = /(At|Until|From)$|^at$/;

/** `value` with every instant (a number under a key such as dueAt, at, pausedUntil) moved back by `by`. */
function shifted<T>(value: T, by: number): T {
  if (by === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => shifted(v, by)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>))
    out[key] = typeof v === 'number' && TIME_KEY.test(key) ? v - by : shifted(v, by);
  return out as T;
}

/**
 * The extension's database made to hold `deals` deals: copies of the deals lived in memory (their
 * follow-ups and events with them), each copy with its own ids and thread keys and its instants
 * `COPY_SHIFT_MS` earlier than the copy before, written in one transaction with bulkAdd over
 * cleared tables (the defaults — stages, cadences, templates, settings — are the memory
 * database's). Living 10,000 deals through the use cases in fake-indexeddb took ~15 minutes on a
 * 2-core machine and restoring them through importBackup (every record validated) minutes more: the
 * copies keep each record as the use cases wrote it, and the bench under ~6 minutes.
 */
export async function writeCopies(options: {
  deals: number;
  now: number;
}): Promise<{ ms: number; copies: number; counts: SeedCounts }> {
  const memory = await memoryDatabase(options.now);
  const [deals, followUps, events] = await Promise.all([
    memory.deals.toArray(),
    memory.followUps.toArray(),
    memory.events.toArray(),
  ]);
  if (deals.length === 0) throw new Error('writeCopies: live() some deals first');
  const byDeal = <T extends { dealId: Id }>(records: T[]) => {
    const map = new Map<Id, T[]>();
    for (const r of records) map.set(r.dealId, [...(map.get(r.dealId) ?? []), r]);
    return map;
  };
  const followUpsOf = byDeal(followUps);
  const eventsOf = byDeal(events);
  const db = database();
  const copies = Math.ceil(options.deals / deals.length);
  const started = performance.now();
  const defaults = await Promise.all([
    memory.stages.toArray(),
    memory.cadences.toArray(),
    memory.templates.toArray(),
    memory.settings.toArray(),
  ]);
  await db.transaction(
    'rw',
    [db.deals, db.followUps, db.events, db.stages, db.cadences, db.templates, db.settings],
    async () => {
      await Promise.all([db.deals, db.followUps, db.events].map((t) => t.clear()));
      await Promise.all([
        db.stages.clear().then(() => db.stages.bulkAdd(defaults[0])),
        db.cadences.clear().then(() => db.cadences.bulkAdd(defaults[1])),
        db.templates.clear().then(() => db.templates.bulkAdd(defaults[2])),
        db.settings.clear().then(() => db.settings.bulkAdd(defaults[3])),
      ]);
      let written = 0;
      for (let copy = 0; copy < copies && written < options.deals; copy += 1) {
        const by = copy * COPY_SHIFT_MS;
        const id = (original: string) => (copy === 0 ? original : `${original}~${copy}`);
        const batch = deals.slice(0, options.deals - written).map((deal) => {
          const threads = deal.threads.map((t) => ({ ...t, threadId: id(t.threadId) }));
          return {
            deal: withThreads({ ...shifted(deal, by), id: id(deal.id) }, threads),
            followUps: (followUpsOf.get(deal.id) ?? []).map((f) => ({
              ...shifted(f, by),
              id: id(f.id),
              dealId: id(deal.id),
            })),
            events: (eventsOf.get(deal.id) ?? []).map((e) => ({
              ...shifted(e, by),
              id: id(e.id),
              dealId: id(deal.id),
            })),
          };
        });
        await Promise.all([
          db.deals.bulkAdd(batch.map((b) => b.deal)),
          db.followUps.bulkAdd(batch.flatMap((b) => b.followUps)),
          db.events.bulkAdd(batch.flatMap((b) => b.events)),
        ]);
        written += batch.length;
      }
    },
  );
  return { ms: performance.now() - started, copies, counts: await countsOf(db, options.now) };
}

/** The first `count` due follow-ups' ids (for the writes the bench times). */
export async function dueIds(count: number): Promise<Id[]> {
  const keys = await database()
    .followUps.where('[status+dueAt]')
    .between(['due', -Infinity], ['due', Infinity])
    .limit(count)
    .primaryKeys();
  return keys;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.ceil(values.length / 2) - 1] ?? Number.NaN;

/**
 * The product's reads, timed here (median of `runs`): the badge's count, the popup's first page of
 * Overdue and its first rows, the worker's due records and each recompute's reads, today's
 * appointments; and the write under "Skip" (the skipFollowUp use case) on `skipIds`.
 */
export async function timeQueries(options: {
  runs: number;
  now: number;
  skipIds: Id[];
}): Promise<Record<string, { ms: number; answer: number }>> {
  const db = database();
  const { now } = options;
  const zone = resolveTimeZone(await getSettings(db));
  const w = popupWindow(now, zone);
  const size = (v: unknown) => (Array.isArray(v) ? v.length : typeof v === 'number' ? v : 1);
  const queries: Record<string, (run: number) => Promise<unknown>> = {
    countDueToday: () => countDue(db, endOfLocalDay(now, zone)),
    firstOverduePage: async () => (await loadSectionFollowUps(db, 'overdue', w, PAGE_SIZE)).followUps,
    popupFirstRows: async () => {
      const data = await loadPopupData(db, now, 'en');
      return (
        data.sections.overdue.rows.length +
        data.sections.today.rows.length +
        data.sections.upcoming.rows.length
      );
    },
    allDueRecords: () => dueFollowUps(db, now),
    countReplyLikely: () => countReplyLikely(db),
    nextDue: async () => ((await nextDueAfter(db, now)) ? 1 : 0),
    reminderPlan: async () => (await reminderPlan(db, now)).badgeCount,
    appointments: () => loadAppointments(db, now),
    skipFollowUp: async (run) => {
      const id = options.skipIds[run];
      return id ? (await skipFollowUp(db, { followUpId: id }, now)).ok : 0;
    },
  };
  const out: Record<string, { ms: number; answer: number }> = {};
  for (const [name, query] of Object.entries(queries)) {
    const times: number[] = [];
    let answer = 0;
    for (let run = 0; run < options.runs; run += 1) {
      const t0 = performance.now();
      const value = await query(run);
      times.push(performance.now() - t0);
      answer = size(value);
    }
    out[name] = { ms: median(times), answer };
  }
  return out;
}
