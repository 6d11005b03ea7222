import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../defaults';
import { type Deal, type FollowUp, withIndexKeys } from '../model';
import { BOM, DEAL_COLUMNS, dealsToCsv, followUpsToCsv } from './csv';
import { dealsCalendar } from './deal-calendar';

const NOW = Date.UTC(2026, 2, 3, 9, 0);

const deal: Deal = withIndexKeys({
  id: 'd1',
  threads: [
    {
      provider: 'gmail',
      threadId: 't1',
      url: 'https://mail.google.com/mail/u/0/#inbox/t1',
      subject: 'Re: "Audit", phase 2',
      account: 'jordan@acme.test',
    },
  ],
  contact: { name: 'Dana "DW" Whitfield', email: 'dana@northwind.test', phone: '=1+2' },
  company: 'Northwind, Labs',
  companyGuessed: false,
  offer: 'Audit\nline two',
  value: { amount: 12500.5, currency: 'EUR' },
  stageId: 'meeting',
  stageEnteredAt: NOW,
  doneActionIds: [],
  nextStep: {
    at: Date.UTC(2026, 2, 5, 13, 30),
    channel: 'phone',
    repAction: 'Prepare the quote; bring specs',
    prospectAction: '',
    reason: '',
  },
  cadence: null,
  status: 'active',
  pausedAt: null,
  pauseReason: null,
  pausedUntil: null,
  replyLikely: null,
  seenMessageCount: 2,
  createdAt: NOW,
  updatedAt: NOW,
});

const followUp = (id: string, dueAt: number, status: FollowUp['status'] = 'due'): FollowUp => ({
  id,
  dealId: 'd1',
  cadenceId: 'default',
  stepIndex: 1,
  stepCount: 7,
  dueAt,
  channel: 'email',
  templateKind: 'relance',
  status,
  snoozedFrom: null,
  handledAt: null,
  note: 'said, "call me"',
  createdAt: NOW,
});

function parse(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return Papa.parse<string[]>(csv.slice(1)).data;
}

describe('dealsToCsv', () => {
  const csv = dealsToCsv([deal], DEFAULT_STAGES, { lang: 'fr', timeZone: 'Europe/Paris' });

  it('starts with a BOM, uses CRLF, and quotes commas, quotes and line breaks so every value reads back', () => {
    expect(csv).toContain('\r\n');
    const [header, row] = parse(csv);
    expect(header).toEqual(DEAL_COLUMNS);
    const get = (column: string) => row?.[DEAL_COLUMNS.indexOf(column)];
    expect(get('contact_name')).toBe('Dana "DW" Whitfield');
    expect(get('company')).toBe('Northwind, Labs');
    expect(get('offer')).toBe('Audit\nline two');
    expect(get('subject')).toBe('Re: "Audit", phase 2');
    expect(get('stage')).toBe('Rendez-vous');
    expect(get('value')).toBe('12500.5');
    expect(get('next_step_at')).toBe('2026-03-05 14:30');
  });

  it('keeps a value that looks like a formula as text for Excel', () => {
    const [, row] = parse(csv);
    expect(row?.[DEAL_COLUMNS.indexOf('contact_phone')]).toBe("'=1+2");
  });
});

describe('followUpsToCsv', () => {
  it('lists follow-ups by due date with their deal', () => {
    const csv = followUpsToCsv([followUp('b', NOW + 2000), followUp('a', NOW + 1000)], [deal], {
      lang: 'en',
      timeZone: 'UTC',
    });
    const [, first, second] = parse(csv);
    expect(first?.[0]).toBe('a');
    expect(second?.[0]).toBe('b');
    expect(first).toContain('Dana "DW" Whitfield');
    expect(first).toContain('said, "call me"');
  });
});

describe('dealsCalendar', () => {
  it('has the next step and the due follow-ups, not the handled ones', () => {
    const ics = dealsCalendar(
      [{ deal, followUps: [followUp('f1', NOW + 1000), followUp('f2', NOW + 2000, 'done')] }],
      NOW,
    );
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('UID:next-step-d1@relance');
    expect(ics).toContain('UID:follow-up-f1@relance');
    expect(ics).not.toContain('f2@relance');
    expect(ics.replace(/\r\n /g, '')).toContain('Prepare the quote\\; bring specs');
  });
});
