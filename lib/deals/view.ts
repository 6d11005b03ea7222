// The deals page's view of the pipeline, pure (runs in Node): one row per deal with what its table
// and board show, the filters, the search, the sort, and the view kept in the page's query string
// (a bookmarkable view). The reads: ./queries.ts.
import type { FunnelFilter } from '../funnel/filter';
import { DRILL_KINDS, type FunnelDrill } from '../funnel/funnel';
import {
  DEAL_STATUSES,
  type Deal,
  type DealStatus,
  dealSubject,
  dealWho,
  type FollowUp,
  type Stage,
} from '../model';
import { DEAL_PARAM } from './page-url';

export interface DealRow {
  deal: Deal;
  who: string;
  /** The first pending follow-up (due or paused), by due instant; null when none. */
  nextFollowUp: Pick<FollowUp, 'dueAt' | 'stepIndex' | 'stepCount' | 'status'> | null;
  overdue: boolean;
  noNextStep: boolean;
  replyToConfirm: boolean;
  /** The last follow-up done (or the answer), null when there was none yet (filled after the first rows). */
  lastContactAt: number | null;
  /** Lower-cased: name, email, company, every thread's subject, offer. */
  haystack: string;
}

export const SORT_KEYS = [
  'contact',
  'company',
  'stage',
  'value',
  'nextStep',
  'nextFollowUp',
  'lastContact',
  'created',
  'timeInStage',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const FLAGS = ['overdue', 'no-next-step', 'reply-to-confirm'] as const;
export type Flag = (typeof FLAGS)[number];

export const VIEWS = ['table', 'board'] as const;
export type View = (typeof VIEWS)[number];

export interface DealsQuery {
  view: View;
  q: string;
  stages: string[];
  statuses: DealStatus[];
  flags: Flag[];
  /** The mailboxes (a thread's account) whose deals are shown; none: every deal. */
  mailboxes: string[];
  sort: SortKey;
  dir: 'asc' | 'desc';
  /** The deal open in the drawer. */
  deal: string | null;
  /** One number of the Pipeline tab: exactly its deals (lib/funnel funnelMembers), with its period and cadence. */
  drill: DealsDrill | null;
}

export type DealsDrill = FunnelDrill & FunnelFilter;

export const DEFAULT_QUERY: DealsQuery = {
  view: 'table',
  q: '',
  stages: [],
  statuses: [],
  flags: [],
  mailboxes: [],
  sort: 'nextFollowUp',
  dir: 'asc',
  deal: null,
  drill: null,
};

const INSTANT = /^\d{1,15}$/;

/** `funnel=reached:meeting&from=…&to=…&cadence=…` → the drill; null when malformed. */
function parseDrill(p: URLSearchParams): DealsDrill | null {
  const raw = p.get('funnel');
  if (!raw) return null;
  const at = raw.indexOf(':');
  const kind = at < 0 ? raw : raw.slice(0, at);
  const stageId = at < 0 ? '' : raw.slice(at + 1);
  if (!(DRILL_KINDS as readonly string[]).includes(kind)) return null;
  const from = p.get('from') ?? '';
  const to = p.get('to') ?? '';
  const period = INSTANT.test(from) && INSTANT.test(to) ? { from: Number(from), to: Number(to) } : null;
  const filter: FunnelFilter = { period, cadenceId: p.get('cadence') || null };
  if (kind === 'overdue' || kind === 'no-next-step') return { kind, ...filter };
  if (stageId === '') return null;
  return { kind: kind as 'reached' | 'lost-here' | 'current', stageId, ...filter };
}

const MAX_QUERY_TEXT = 200;

/** The view a query string describes; anything unknown falls back to the default (a shared link never breaks). */
export function parseQuery(search: string): DealsQuery {
  const p = new URLSearchParams(search);
  const list = (name: string) => (p.get(name) ?? '').split(',').filter((v) => v !== '');
  const oneOf = <T extends string>(values: readonly T[], v: string | null, fallback: T): T =>
    values.includes(v as T) ? (v as T) : fallback;
  return {
    view: oneOf(VIEWS, p.get('view'), DEFAULT_QUERY.view),
    q: (p.get('q') ?? '').slice(0, MAX_QUERY_TEXT),
    stages: list('stage').slice(0, 100),
    statuses: list('status').filter((s): s is DealStatus => (DEAL_STATUSES as readonly string[]).includes(s)),
    flags: list('flag').filter((f): f is Flag => (FLAGS as readonly string[]).includes(f)),
    mailboxes: list('mailbox').slice(0, 20),
    sort: oneOf(SORT_KEYS, p.get('sort'), DEFAULT_QUERY.sort),
    dir: p.get('dir') === 'desc' ? 'desc' : 'asc',
    deal: p.get(DEAL_PARAM) || null,
    drill: parseDrill(p),
  };
}

/** The query string of a view: only what differs from the default, in a stable order. */
export function toSearch(query: DealsQuery): string {
  const p = new URLSearchParams();
  if (query.view !== DEFAULT_QUERY.view) p.set('view', query.view);
  if (query.q !== '') p.set('q', query.q);
  if (query.stages.length > 0) p.set('stage', query.stages.join(','));
  if (query.statuses.length > 0) p.set('status', query.statuses.join(','));
  if (query.flags.length > 0) p.set('flag', query.flags.join(','));
  if (query.mailboxes.length > 0) p.set('mailbox', query.mailboxes.join(','));
  if (query.sort !== DEFAULT_QUERY.sort) p.set('sort', query.sort);
  if (query.dir !== DEFAULT_QUERY.dir) p.set('dir', query.dir);
  if (query.deal) p.set(DEAL_PARAM, query.deal);
  const { drill } = query;
  if (drill) {
    p.set('funnel', 'stageId' in drill ? `${drill.kind}:${drill.stageId}` : drill.kind);
    if (drill.period) {
      p.set('from', String(drill.period.from));
      p.set('to', String(drill.period.to));
    }
    if (drill.cadenceId) p.set('cadence', drill.cadenceId);
  }
  const s = p.toString();
  return s === '' ? '' : `?${s}`;
}

/** A deal's row. `pending`: its pending follow-ups (any order). */
export function dealRow(
  deal: Deal,
  pending: readonly FollowUp[],
  now: number,
  lastContactAt: number | null = null,
): DealRow {
  let next: FollowUp | null = null;
  for (const f of pending) if (next === null || f.dueAt < next.dueAt) next = f;
  const open = deal.status === 'active' || deal.status === 'paused';
  return {
    deal,
    who: dealWho(deal),
    nextFollowUp: next && {
      dueAt: next.dueAt,
      stepIndex: next.stepIndex,
      stepCount: next.stepCount,
      status: next.status,
    },
    overdue: pending.some((f) => f.status === 'due' && f.dueAt < now),
    noNextStep: open && (deal.nextStep === null || deal.nextStep.at < now),
    replyToConfirm: deal.status === 'paused' && deal.replyLikely !== null,
    lastContactAt,
    haystack: [
      deal.contact.name,
      deal.contact.email,
      deal.company,
      deal.offer,
      ...deal.threads.map((t) => t.subject),
      dealSubject(deal),
    ]
      .join('\n')
      .toLowerCase(),
  };
}

/** Text search is plain text: regex characters and markup are just characters. */
export function matchesText(row: DealRow, q: string): boolean {
  const words = q
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  return words.every((w) => row.haystack.includes(w));
}

/** The rows a view shows; `only`: the drill-down's deals (funnelMembers), every row when null. */
export function filterRows(
  rows: readonly DealRow[],
  query: DealsQuery,
  only: ReadonlySet<string> | null = null,
): DealRow[] {
  const stages = new Set(query.stages);
  const statuses = new Set<string>(query.statuses);
  const mailboxes = new Set(query.mailboxes);
  return rows.filter(
    (r) =>
      (only === null || only.has(r.deal.id)) &&
      (mailboxes.size === 0 || r.deal.threads.some((t) => t.account !== null && mailboxes.has(t.account))) &&
      (stages.size === 0 || stages.has(r.deal.stageId)) &&
      (statuses.size === 0 || statuses.has(r.deal.status)) &&
      (!query.flags.includes('overdue') || r.overdue) &&
      (!query.flags.includes('no-next-step') || r.noNextStep) &&
      (!query.flags.includes('reply-to-confirm') || r.replyToConfirm) &&
      (query.q === '' || matchesText(r, query.q)),
  );
}

/** Sorts by a column; a missing value (no next step, no value…) always goes last, whatever the direction. */
export function sortRows(
  rows: readonly DealRow[],
  sort: SortKey,
  dir: 'asc' | 'desc',
  stageOrder: ReadonlyMap<string, number>,
  now: number,
): DealRow[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const keyOf = (r: DealRow): string | number | null => {
    const d = r.deal;
    switch (sort) {
      case 'contact':
        return r.who || null;
      case 'company':
        return d.company || null;
      case 'stage':
        return stageOrder.get(d.stageId) ?? null;
      case 'value':
        return d.value ? d.value.amount : null;
      case 'nextStep':
        return d.nextStep ? d.nextStep.at : null;
      case 'nextFollowUp':
        return r.nextFollowUp ? r.nextFollowUp.dueAt : null;
      case 'lastContact':
        return r.lastContactAt;
      case 'created':
        return d.createdAt;
      case 'timeInStage':
        return now - d.stageEnteredAt;
    }
  };
  const sign = dir === 'asc' ? 1 : -1;
  const keyed = rows.map((r) => ({ r, k: keyOf(r) }));
  keyed.sort((a, b) => {
    // Two missing values: by id, as ties are, so the order never depends on how the rows were read.
    if (a.k === null || b.k === null)
      return a.k === b.k ? a.r.deal.id.localeCompare(b.r.deal.id) : a.k === null ? 1 : -1;
    const c =
      typeof a.k === 'string' && typeof b.k === 'string'
        ? collator.compare(a.k, b.k)
        : Number(a.k) - Number(b.k);
    return c * sign || a.r.deal.id.localeCompare(b.r.deal.id);
  });
  return keyed.map((x) => x.r);
}

/** The board's columns: every stage in order; signed, lost and after-sale ones start collapsed. */
export function boardColumns(
  rows: readonly DealRow[],
  stages: readonly Stage[],
): { stage: Stage; rows: DealRow[] }[] {
  const byStage = new Map<string, DealRow[]>(stages.map((s) => [s.id, []]));
  for (const r of rows) byStage.get(r.deal.stageId)?.push(r);
  return [...stages]
    .sort((a, b) => a.order - b.order)
    .map((stage) => ({ stage, rows: byStage.get(stage.id) ?? [] }));
}

/** The mailboxes the deals' threads were tracked from, sorted: the mailbox filter's choices. */
export function mailboxesOf(rows: readonly DealRow[]): string[] {
  const all = new Set<string>();
  for (const r of rows) for (const t of r.deal.threads) if (t.account) all.add(t.account);
  return [...all].sort();
}

export function collapsedByDefault(stage: Stage): boolean {
  return stage.kind !== 'open';
}
