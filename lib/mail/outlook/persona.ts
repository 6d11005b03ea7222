// People as Outlook shows them: a persona's title is "Name <address>" or a bare address, its text
// the display name (sometimes followed by "<address>"), an avatar's aria-label the name alone.
// Only attributes and textContent are read, so a name that looks like markup stays text.
import type { Person } from '../adapter';
import { clean, parseNameAddress } from '../people';
import { queryAny } from './dom';
import { PERSONA, TITLED_ADDRESS } from './selectors';

export { parseNameAddress };

/** "From: sender@example.com" → "sender@example.com": a label's leading "Word:" is not a name. */
export function withoutLabel(text: string | null | undefined): string {
  const cleaned = clean(text);
  const colon = cleaned.indexOf(':');
  return colon > 0 && !cleaned.slice(0, colon).includes('@') ? cleaned.slice(colon + 1) : cleaned;
}

/** The person an element stands for: its title, its text, an address-bearing aria-label, then a
 *  persona nested in it. */
export function readPersona(el: Element): Person {
  const fromTitle = parseNameAddress(el.getAttribute('title'));
  const fromText = parseNameAddress(el.textContent);
  const label = el.getAttribute('aria-label') ?? '';
  const labelled = label.includes('@') ? parseNameAddress(withoutLabel(label)) : null;
  // A label counts only as an address ("From: dana@x.test"), never as a name on its own.
  const fromLabel = labelled?.email ? labelled : { name: '', email: '' };
  let name = fromTitle.email ? fromTitle.name : '';
  let email = fromTitle.email || fromText.email || fromLabel.email;
  if (!name) name = fromText.name || fromLabel.name;
  if (!name || !email) {
    const inner = queryAny(el, [...TITLED_ADDRESS, ...PERSONA])[0];
    if (inner) {
      const nested = readPersona(inner);
      name ||= nested.name;
      email ||= nested.email;
    }
  }
  return { name, email };
}
