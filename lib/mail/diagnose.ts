// "What Relance reads here" (issue 20): the adapters' diagnose() says, field by field, whether it was
// read and by which selector alternative; this turns it into plain text a rep pastes into a report.
// Nothing of the mail goes in: no name, address, subject or text, and the page's address only as the
// shape of its route (ids replaced). The wording is for whoever fixes the adapter, so it stays in
// English like a stack trace; the panel's menu around it is translated. Pure.
import type { Diagnosis, FieldDiagnosis, PanelAnchor, Provider, ThreadSnapshot } from './adapter';
import type { Direction } from './message-order';

/** Where each part of a message was read: `name[index]` of the provider's selectors.ts, null when nowhere. */
export interface MessageTrace {
  /** folded: one of Gmail's "N older messages", shown nothing of. */
  state: 'collapsed' | 'expanded' | 'folded';
  sender: string | null;
  id: string | null;
  date: string | null;
  recipients: string | null;
}

const WEBMAILS: Record<Provider, string> = { gmail: 'Gmail', outlook: 'Outlook on the web' };

/** `https://mail.google.com/mail/u/1/#search/acme/FMfcg…` → `mail.google.com /mail/u/1/ #search/…/<id>`:
 *  the host and the route's shape; thread ids, message ids and search words are not kept. */
export function describeRoute(url: URL): string {
  const shape = (segment: string, i: number, all: string[]) => {
    if (segment === '' || /^\d{1,2}$/.test(segment)) return segment; // /u/0/, /mail/0/
    if (i > 0 && ['search', 'label'].includes(all[i - 1] ?? '')) return '…';
    return /^[a-z][a-z-]{0,20}$/.test(segment) ? segment : '<id>';
  };
  const path = url.pathname.split('/').map(shape).join('/');
  const route = url.hash.replace(/^#/, '').split('?')[0] ?? '';
  const hash = route ? ` #${route.split('/').map(shape).join('/')}` : '';
  return `${url.host} ${path}${hash}`;
}

/** Where an adapter's readTraced found each field of the thread (each adds where it found the view). */
export interface ThreadTrace {
  /** The order the messages' dates say the page shows them in. */
  order: Direction;
  threadId: string | null;
  subject: string | null;
  account: string | null;
  compose: string | null;
  messages: MessageTrace[];
}

/** The fields of an open thread, the same for every webmail. */
export function threadFields(
  snapshot: ThreadSnapshot,
  trace: ThreadTrace,
  anchor: { anchor: PanelAnchor | null; source: string | null },
): FieldDiagnosis[] {
  const count = snapshot.messages.length;
  const folded = trace.messages.filter((m) => m.state === 'folded').length;
  const counted = `${count}${folded > 0 ? `, ${folded} folded` : ''}`;
  return [
    { field: 'threadId', read: snapshot.threadId !== '', source: trace.threadId },
    { field: 'subject', read: trace.subject !== null, source: trace.subject },
    { field: 'account', read: snapshot.account !== null, source: trace.account },
    {
      field: 'messages',
      read: count > 0,
      source: null,
      detail: count > 1 ? `${counted}, ${orderDetail(trace.order)}` : counted,
    },
    ...snapshot.messages.map((m, i) => messageField(i, trace.messages[i], m.key)),
    {
      field: 'reply box',
      read: snapshot.hasCompose,
      source: trace.compose,
      ...(snapshot.hasCompose ? {} : { nothingThere: true, detail: 'none open' }),
    },
    {
      field: 'panel place',
      read: anchor.anchor !== null,
      source: anchor.source,
      detail: anchor.anchor ? undefined : 'floating',
    },
  ];
}

/** The order line of a diagnosis. */
export function orderDetail(direction: Direction): string {
  if (direction === 'newest-first') return 'shown newest first (read in reverse)';
  if (direction === 'oldest-first') return 'shown oldest first';
  return 'order not readable from the dates (page order taken)';
}

/** One line per message: its state, and where its sender, date and key came from. */
export function messageField(
  index: number,
  trace: MessageTrace | undefined,
  key: string | undefined,
): FieldDiagnosis {
  const kind = !key ? 'none' : key.startsWith('id:') ? 'id' : 'fingerprint';
  if (!trace || trace.state === 'folded') {
    return {
      field: `message ${index + 1}`,
      read: false,
      nothingThere: true,
      source: null,
      detail: 'folded into "older messages": nothing shown',
    };
  }
  const parts = [
    trace.state,
    `date ${trace.date ?? 'none'}`,
    `key ${kind}${trace.id ? ` (${trace.id})` : ''}`,
  ];
  if (trace.state === 'expanded') parts.push(`recipients ${trace.recipients ?? 'none'}`);
  return {
    field: `message ${index + 1}`,
    read: trace.sender !== null,
    source: trace.sender,
    detail: parts.join(' · '),
  };
}

/** The diagnosis as plain text, one field a line. */
export function formatDiagnosis(diagnosis: Diagnosis, context: { url: URL; version?: string }): string {
  const width = Math.max(12, ...diagnosis.fields.map((f) => f.field.length)) + 2;
  const lines = [
    'Relance: what it reads on this page',
    `Webmail: ${WEBMAILS[diagnosis.provider]} · ${describeRoute(context.url)}`,
    ...(context.version ? [`Relance version: ${context.version}`] : []),
    `Thread: ${diagnosis.thread ? 'open' : 'none seen (no panel)'}`,
    '',
    ...diagnosis.fields.map((f) => {
      const status = f.read ? 'read' : f.nothingThere ? 'nothing there' : 'NOT READ';
      const source = f.source ? ` by ${f.source}` : '';
      const detail = f.detail ? ` (${f.detail})` : '';
      return `${f.field.padEnd(width, '.')} ${status}${source}${detail}`;
    }),
  ];
  return lines.join('\n');
}
