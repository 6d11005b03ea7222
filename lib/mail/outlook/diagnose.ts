// What the Outlook adapter reads on a page, field by field (MailAdapter.diagnose): the same readers
// as readThread and findAnchor (readTraced, locateAnchor), reporting sources, never content.
import type { Diagnosis, FieldDiagnosis } from '../adapter';
import { messageField, orderDetail } from '../diagnose';
import { locateAnchor } from './find-anchor';
import { readTraced } from './read-thread';

export function diagnose(doc: Document, url: URL): Diagnosis {
  try {
    const { snapshot, trace } = readTraced(doc, url);
    const fields: FieldDiagnosis[] = [
      { field: 'reading pane', read: trace.pane !== null, source: trace.pane },
    ];
    if (!snapshot) {
      fields.push({ field: 'URL', read: false, source: null, detail: 'names no conversation' });
      return { provider: 'outlook', thread: false, fields };
    }
    const anchor = locateAnchor(doc);
    fields.push(
      { field: 'threadId', read: snapshot.threadId !== '', source: trace.threadId },
      { field: 'subject', read: trace.subject !== null, source: trace.subject },
      { field: 'account', read: snapshot.account !== null, source: trace.account },
      {
        field: 'messages',
        read: snapshot.messages.length > 0,
        source: null,
        detail:
          snapshot.messages.length > 1
            ? `${snapshot.messages.length}, ${orderDetail(trace.order)}`
            : `${snapshot.messages.length}`,
      },
      ...snapshot.messages.map((m, i) => messageField(i, trace.messages[i], m.key)),
      {
        field: 'reply box',
        read: snapshot.hasCompose,
        source: trace.compose,
        detail: snapshot.hasCompose ? undefined : 'none open',
      },
      {
        field: 'panel place',
        read: anchor.anchor !== null,
        source: anchor.source,
        detail: anchor.anchor ? undefined : 'floating',
      },
    );
    return { provider: 'outlook', thread: true, fields };
  } catch {
    return {
      provider: 'outlook',
      thread: false,
      fields: [{ field: 'page', read: false, source: null, detail: 'could not be read' }],
    };
  }
}
