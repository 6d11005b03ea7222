// What the Outlook adapter reads on a page, field by field (MailAdapter.diagnose): the same readers
// as readThread and findAnchor (readTraced, locateAnchor), reporting sources, never content.
import type { Diagnosis } from '../adapter';
import { threadFields } from '../diagnose';
import { locateAnchor } from './find-anchor';
import { readTraced } from './read-thread';

export function diagnose(doc: Document, url: URL): Diagnosis {
  try {
    const { snapshot, trace } = readTraced(doc, url);
    const pane = { field: 'reading pane', read: trace.pane !== null, source: trace.pane };
    if (!snapshot) {
      const url = { field: 'URL', read: false, source: null, detail: 'names no conversation' };
      return { provider: 'outlook', thread: false, fields: [pane, url] };
    }
    return {
      provider: 'outlook',
      thread: true,
      fields: [pane, ...threadFields(snapshot, trace, locateAnchor(doc))],
    };
  } catch {
    const page = { field: 'page', read: false, source: null, detail: 'could not be read' };
    return { provider: 'outlook', thread: false, fields: [page] };
  }
}
