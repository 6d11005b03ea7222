// What the Gmail adapter reads on a page, field by field (MailAdapter.diagnose): the same readers as
// readThread and findAnchor (readTraced, locateAnchor), reporting sources, never content.
import type { Diagnosis } from '../adapter';
import { threadFields } from '../diagnose';
import { safely } from './dom';
import { locateAnchor } from './find-anchor';
import { readTraced } from './read-thread';

export function diagnose(doc: Document, url: URL): Diagnosis {
  return safely(
    (): Diagnosis => {
      const { snapshot, trace } = readTraced(doc, url);
      const view = trace.view;
      const shown = view ? (view.heading ? 'subject heading and messages' : 'messages (no heading)') : null;
      const found = { field: 'thread view', read: view !== null, source: shown };
      if (!snapshot) {
        const url = { field: 'URL', read: false, source: null, detail: 'names no thread' };
        return { provider: 'gmail', thread: false, fields: [found, url] };
      }
      return {
        provider: 'gmail',
        thread: true,
        fields: [found, ...threadFields(snapshot, trace, locateAnchor(doc))],
      };
    },
    {
      provider: 'gmail',
      thread: false,
      fields: [{ field: 'page', read: false, source: null, detail: 'could not be read' }],
    },
  );
}
