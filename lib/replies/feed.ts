// Gmail's Atom feed of unread inbox mail (https://mail.google.com/mail/u/N/feed/atom), read by the
// background (a service worker has no DOMParser: fast-xml-parser). Hostile or broken XML gives no
// entries, never an exception.
import { XMLParser } from 'fast-xml-parser';

export interface FeedEntry {
  id: string;
  title: string;
  summary: string;
  author: { name: string; email: string };
  /** When the message arrived (epoch ms); 0 when the feed does not say. */
  at: number;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  // Entities stay as text: no DOCTYPE expansion (billion laughs), only the XML predefined ones.
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => name === 'entry',
  parseTagValue: false,
  trimValues: true,
});

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** The feed's entries; [] for anything that is not a Gmail Atom feed (a login page, an error). */
export function parseGmailFeed(xml: string): FeedEntry[] {
  if (xml.length > 2_000_000 || !/<feed[\s>]/.test(xml)) return [];
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch {
    return [];
  }
  const feed = (doc as { feed?: { entry?: unknown[] } } | null)?.feed;
  if (!feed || !Array.isArray(feed.entry)) return [];
  return feed.entry.flatMap((raw) => {
    if (!raw || typeof raw !== 'object') return [];
    const e = raw as Record<string, unknown>;
    const author = (e.author ?? {}) as Record<string, unknown>;
    const email = text(author.email).trim().toLowerCase();
    if (!email) return [];
    const time = Date.parse(text(e.issued) || text(e.modified));
    return [
      {
        id: text(e.id) || `${email}|${text(e.issued)}|${text(e.title)}`,
        title: text(e.title),
        summary: text(e.summary),
        author: { name: text(author.name), email },
        at: Number.isFinite(time) ? time : 0,
      },
    ];
  });
}
