// Deals and follow-ups as CSV for a manager's spreadsheet or a CRM import. Papa Parse writes the
// CSV (RFC 4180 quoting of commas, quotes and line breaks; formula escaping so a contact named
// "=HYPERLINK(…)" stays text in Excel). Column names are stable English keys, as a CRM mapping
// expects; values (stage names, dates) are the rep's. UTF-8 with a byte-order mark and CRLF, so
// Excel opens accents and « » correctly.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import Papa from 'papaparse';
import { type Deal, dealSubject, dealUrl, type FollowUp, type Lang, type Stage } from '../model';

export const BOM = '\uFEFF';

export interface CsvOptions {
  lang: Lang;
  /** IANA zone the dates are written in (resolved: never ''). */
  timeZone: string;
}

/** 2026-03-03 10:00, in the rep's zone; '' for none. */
export function localDateTime(at: number | null | undefined, timeZone: string): string {
  return at === null || at === undefined ? '' : format(new TZDate(at, timeZone), 'yyyy-MM-dd HH:mm');
}

function toCsv(fields: string[], rows: (string | number)[][]): string {
  return BOM + Papa.unparse({ fields, data: rows }, { newline: '\r\n', escapeFormulae: true });
}

export const DEAL_COLUMNS = [
  'id',
  'contact_name',
  'contact_email',
  'contact_phone',
  'company',
  'offer',
  'value',
  'currency',
  'stage',
  'status',
  'next_step_at',
  'next_step_channel',
  'next_step_rep_action',
  'next_step_prospect_action',
  'subject',
  'thread_url',
  'created_at',
  'updated_at',
];

export function dealsToCsv(deals: readonly Deal[], stages: readonly Stage[], options: CsvOptions): string {
  const stageName = new Map(stages.map((s) => [s.id, s.name[options.lang]]));
  const at = (t: number | null | undefined) => localDateTime(t, options.timeZone);
  return toCsv(
    DEAL_COLUMNS,
    deals.map((d) => [
      d.id,
      d.contact.name,
      d.contact.email,
      d.contact.phone,
      d.company,
      d.offer,
      d.value ? d.value.amount : '',
      d.value ? d.value.currency : '',
      stageName.get(d.stageId) ?? d.stageId,
      d.status,
      at(d.nextStep?.at),
      d.nextStep?.channel ?? '',
      d.nextStep?.repAction ?? '',
      d.nextStep?.prospectAction ?? '',
      dealSubject(d),
      dealUrl(d) ?? '',
      at(d.createdAt),
      at(d.updatedAt),
    ]),
  );
}

export const FOLLOW_UP_COLUMNS = [
  'id',
  'deal_id',
  'contact_name',
  'company',
  'due_at',
  'channel',
  'template_kind',
  'status',
  'step',
  'step_count',
  'note',
  'handled_at',
];

export function followUpsToCsv(
  followUps: readonly FollowUp[],
  deals: readonly Deal[],
  options: CsvOptions,
): string {
  const dealOf = new Map(deals.map((d) => [d.id, d]));
  const at = (t: number | null | undefined) => localDateTime(t, options.timeZone);
  const sorted = [...followUps].sort((a, b) => a.dueAt - b.dueAt);
  return toCsv(
    FOLLOW_UP_COLUMNS,
    sorted.map((f) => {
      const deal = dealOf.get(f.dealId);
      return [
        f.id,
        f.dealId,
        deal?.contact.name ?? '',
        deal?.company ?? '',
        at(f.dueAt),
        f.channel,
        f.templateKind ?? '',
        f.status,
        f.stepIndex + 1,
        f.stepCount,
        f.note,
        at(f.handledAt),
      ];
    }),
  );
}
