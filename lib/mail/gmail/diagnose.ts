// What the Gmail adapter reads on a page, field by field (MailAdapter.diagnose): the same readers as
// readThread and findAnchor (readTraced, locateAnchor), reporting sources, never content.
import type { Diagnosis, FieldDiagnosis } from '../adapter';
import { messageField, orderDetail } from '../diagnose';
import { safely } from './dom';
import { locateAnchor } from './find-anchor';
import { readTraced } from './read-thread';

export function diagnose(doc: Document, url: URL): Diagnosis {
  return safely(
    () => {
      const { snapshot, trace } = readTraced(doc, url);
      const view = trace.view;
      const fields: FieldDiagnosis[] = [
        {
          field: 'thread view',
          read: view !== null,
          source: view ? (view.heading ? 'subject heading and messages' : 'messages (no heading)') : null,
        },
      ];
      if (!snapshot) {
        fields.push({ field: 'URL', read: false, source: null, detail: 'names no thread' });
        return { provider: 'gmail', thread: false, fields };
      }
      const folded = trace.messages.filter((m) => m.state === 'folded').length;
      const count = `${snapshot.messages.length}${folded > 0 ? `, ${folded} folded` : ''}`;
      const anchor = locateAnchor(doc);
      fields.push(
        { field: 'threadId', read: snapshot.threadId !== '', source: trace.threadId },
        { field: 'subject', read: trace.subject !== null, source: trace.subject },
        { field: 'account', read: snapshot.account !== null, source: trace.account },
        {
          field: 'messages',
          read: snapshot.messages.length > 0,
          source: null,
          detail: snapshot.messages.length > 1 ? `${count}, ${orderDetail(trace.order)}` : `${count}`,
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
      return { provider: 'gmail', thread: true, fields };
    },
    {
      provider: 'gmail',
      thread: false,
      fields: [{ field: 'page', read: false, source: null, detail: 'could not be read' }],
    },
  );
}
