import { describe, expect, it } from 'vitest';
import { makeDeal } from '../funnel/test-support';
import type { FollowUp } from '../model';
import { dealPageUrl } from './page-url';
import { DEFAULT_QUERY, dealRow, filterRows, mailboxesOf, parseQuery, sortRows, toSearch } from './view';

const NOW = Date.UTC(2026, 2, 3, 9, 0);
const fu = (dealId: string, dueAt: number, status: FollowUp['status'] = 'due') =>
  ({ id: `${dealId}-${dueAt}`, dealId, dueAt, status, stepIndex: 2, stepCount: 7 }) as FollowUp;

describe('the deals view', () => {
  const a = dealRow(
    makeDeal('Alpha', { company: 'Northwind', offer: 'Audit (a+b)*' }),
    [fu('Alpha', NOW - 1)],
    NOW,
  );
  const b = dealRow(makeDeal('Beta', { company: 'Contoso', nextStep: null }), [fu('Beta', NOW + 5)], NOW);
  const c = dealRow(
    makeDeal('Gamma', {
      company: '',
      status: 'paused',
      replyLikely: { at: NOW, from: 'g@x.test', source: 'gmail-feed' },
    }),
    [],
    NOW,
  );

  it('keeps a Pipeline drill-down in the query string: its number, stage, period and cadence', () => {
    const drills = [
      {
        kind: 'reached' as const,
        stageId: 'meeting',
        period: { from: 1, to: 2_000_000_000_000 },
        cadenceId: 'default',
      },
      { kind: 'lost-here' as const, stageId: 'a:b', period: null, cadenceId: null },
      { kind: 'current' as const, stageId: 'lead', period: null, cadenceId: null },
      { kind: 'overdue' as const, period: null, cadenceId: 'c1' },
      { kind: 'no-next-step' as const, period: null, cadenceId: null },
    ];
    for (const drill of drills)
      expect(parseQuery(toSearch({ ...DEFAULT_QUERY, drill })).drill).toEqual(drill);
    expect(toSearch({ ...DEFAULT_QUERY, drill: drills[0] ?? null })).toBe(
      '?funnel=reached%3Ameeting&from=1&to=2000000000000&cadence=default',
    );
    // Malformed: an unknown number, a stage missing, a period that is no instants (ignored, not the drill).
    expect(parseQuery('?funnel=everything').drill).toBeNull();
    expect(parseQuery('?funnel=reached').drill).toBeNull();
    expect(parseQuery('?funnel=reached:').drill).toBeNull();
    expect(parseQuery('?funnel=overdue&from=yesterday&to=1').drill).toEqual({
      kind: 'overdue',
      period: null,
      cadenceId: null,
    });
  });

  it('filters by mailbox: the deals with a thread tracked from it', () => {
    const thread = (account: string | null) => ({
      provider: 'gmail' as const,
      threadId: `t-${account}`,
      url: 'https://mail.google.com/',
      subject: '',
      account,
    });
    const work = dealRow(makeDeal('Work', { threads: [thread('me@acme.test')] }), [], NOW);
    const both = dealRow(makeDeal('Both', { threads: [thread(null), thread('perso@gmail.com')] }), [], NOW);
    const none = dealRow(makeDeal('None', { threads: [] }), [], NOW);
    const query = parseQuery(toSearch({ ...DEFAULT_QUERY, mailboxes: ['perso@gmail.com'] }));
    expect(query.mailboxes).toEqual(['perso@gmail.com']);
    expect(filterRows([work, both, none], query).map((r) => r.deal.id)).toEqual(['Both']);
    expect(mailboxesOf([work, both, none])).toEqual(['me@acme.test', 'perso@gmail.com']);
  });

  it('opens the deals page on one deal', () => {
    expect(dealPageUrl('a b&c')).toBe('/deals.html?deal=a+b%26c');
    expect(parseQuery(dealPageUrl('a b&c').slice('/deals.html'.length)).deal).toBe('a b&c');
  });

  it('shows only the drill-down’s deals when it has them', () => {
    expect(filterRows([a, b, c], DEFAULT_QUERY, new Set(['Beta'])).map((r) => r.deal.id)).toEqual(['Beta']);
    expect(filterRows([a, b, c], DEFAULT_QUERY, new Set())).toEqual([]);
    expect(filterRows([a, b, c], DEFAULT_QUERY, null)).toHaveLength(3);
  });

  it('reads a view back from its query string, and ignores what it does not know', () => {
    const q = {
      ...DEFAULT_QUERY,
      q: 'north',
      stages: ['lead'],
      flags: ['overdue' as const],
      sort: 'company' as const,
      dir: 'desc' as const,
      view: 'board' as const,
    };
    expect(parseQuery(toSearch(q))).toEqual(q);
    expect(toSearch(DEFAULT_QUERY)).toBe('');
    expect(parseQuery('?view=nope&sort=x&flag=overdue,evil&status=won,zzz')).toMatchObject({
      view: 'table',
      sort: 'nextFollowUp',
      flags: ['overdue'],
      statuses: ['won'],
    });
  });

  it('searches as text: regex characters and markup are characters', () => {
    const rows = [a, b, c];
    expect(filterRows(rows, { ...DEFAULT_QUERY, q: '(a+b)*' }).map((r) => r.deal.id)).toEqual(['Alpha']);
    expect(filterRows(rows, { ...DEFAULT_QUERY, q: '.*' })).toEqual([]);
    expect(filterRows(rows, { ...DEFAULT_QUERY, q: 'CONTOSO' }).map((r) => r.deal.id)).toEqual(['Beta']);
  });

  it('filters overdue, no next step and reply to confirm', () => {
    const rows = [a, b, c];
    expect(filterRows(rows, { ...DEFAULT_QUERY, flags: ['overdue'] }).map((r) => r.deal.id)).toEqual([
      'Alpha',
    ]);
    expect(filterRows(rows, { ...DEFAULT_QUERY, flags: ['reply-to-confirm'] }).map((r) => r.deal.id)).toEqual(
      ['Gamma'],
    );
    expect(filterRows(rows, { ...DEFAULT_QUERY, statuses: ['paused'] }).map((r) => r.deal.id)).toEqual([
      'Gamma',
    ]);
  });

  it('sorts both ways, a missing value always last', () => {
    const order = new Map<string, number>();
    expect(sortRows([c, b, a], 'company', 'asc', order, NOW).map((r) => r.deal.id)).toEqual([
      'Beta',
      'Alpha',
      'Gamma',
    ]);
    expect(sortRows([c, b, a], 'company', 'desc', order, NOW).map((r) => r.deal.id)).toEqual([
      'Alpha',
      'Beta',
      'Gamma',
    ]);
    expect(sortRows([c, b, a], 'nextFollowUp', 'asc', order, NOW).map((r) => r.deal.id)).toEqual([
      'Alpha',
      'Beta',
      'Gamma',
    ]);
  });
});
