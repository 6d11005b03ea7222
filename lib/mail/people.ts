// People as webmails print them: "Name <address>", a bare address, or a name alone. Shared by the
// adapters (a sender shown only in a title or in text, Outlook's personas and recipient wells).
// Only text is read, so a name that looks like markup stays text.
import type { Person } from './adapter';

/** Whitespace collapsed (including non-breaking and narrow no-break spaces) and trimmed. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

// Not a full RFC 5322 address: enough to recognise one among names, brackets and punctuation.
export const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+\.[^\s<>()[\]"',;:]+/;
// "Name <address>": the name is everything before the LAST bracketed address.
const NAME_ADDRESS = /^(.*)<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/s;

/** "Dana Whitfield <Dana@X.test>" → { name: 'Dana Whitfield', email: 'dana@x.test' }; a bare address
 *  gives an empty name; text without an address gives the name alone. */
export function parseNameAddress(raw: string | null | undefined): Person {
  const text = clean(raw);
  const bracketed = NAME_ADDRESS.exec(text);
  if (bracketed) return { name: unquote(bracketed[1] ?? ''), email: (bracketed[2] ?? '').toLowerCase() };
  const bare = ADDRESS.exec(text);
  if (bare && bare[0].length === text.replace(/^mailto:/i, '').length) {
    return { name: '', email: bare[0].toLowerCase() };
  }
  return { name: unquote(text), email: '' };
}

/** `"Whitfield, Dana"` → `Whitfield, Dana`; surrounding quotes are address syntax, not the name. */
function unquote(name: string): string {
  const trimmed = clean(name);
  const quoted = /^"(.*)"$/s.exec(trimmed) ?? /^'(.*)'$/s.exec(trimmed);
  return clean(quoted ? quoted[1] : trimmed);
}

/**
 * The person a text names when it holds exactly one address: "Dana Whitfield <dana@x.test>", or
 * "From: dana@x.test". Null for a text with no address or several (a snippet, a list of people).
 */
export function personInText(raw: string | null | undefined): Person | null {
  const text = clean(raw);
  if ((text.match(/@/g)?.length ?? 0) !== 1) return null;
  const person = parseNameAddress(text);
  if (person.email) return person;
  const colon = text.indexOf(':');
  const labelled = colon > 0 ? parseNameAddress(text.slice(colon + 1)) : null;
  return labelled?.email ? labelled : null;
}
