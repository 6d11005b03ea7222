// Small DOM helpers shared by the Gmail readers. None of them throws: a selector Gmail's page (or an
// older browser) rejects counts as "no match".
import type { Person } from '../adapter';
import { clean } from '../people';

export type Alternatives = readonly string[];

function matchesOf(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Matches of the first alternative that has any accepted match, in document order. */
export function queryAll(
  root: ParentNode,
  alternatives: Alternatives,
  accept: (element: Element) => boolean = () => true,
): Element[] {
  for (const selector of alternatives) {
    const found = matchesOf(root, selector).filter(accept);
    if (found.length > 0) return found;
  }
  return [];
}

/** Matches of every alternative, each element once, in document order. */
export function queryEvery(
  root: ParentNode,
  alternatives: Alternatives,
  accept: (element: Element) => boolean = () => true,
): Element[] {
  return inDocumentOrder(alternatives.flatMap((selector) => matchesOf(root, selector).filter(accept)));
}

/** Elements in document order, each once. */
export function inDocumentOrder(elements: Iterable<Element>): Element[] {
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  return Array.from(new Set(elements)).sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1,
  );
}

export function queryFirst(
  root: ParentNode,
  alternatives: Alternatives,
  accept?: (element: Element) => boolean,
): Element | null {
  return queryAll(root, alternatives, accept)[0] ?? null;
}

/** The first non-null reading over every alternative's matches, tried in order. */
export function firstReading<T>(
  root: ParentNode,
  alternatives: Alternatives,
  read: (element: Element) => T | null,
): T | null {
  return firstOf(root, alternatives, read).value;
}

/** Like firstReading, with the index of the alternative that gave the value (-1: none did). */
export function firstOf<T>(
  root: ParentNode,
  alternatives: Alternatives,
  read: (element: Element) => T | null,
): { value: T | null; index: number } {
  for (const [index, selector] of alternatives.entries()) {
    for (const element of matchesOf(root, selector)) {
      const value = read(element);
      if (value !== null) return { value, index };
    }
  }
  return { value: null, index: -1 };
}

/** The nearest ancestor-or-self matching the first alternative that matches one. */
export function closestAny(element: Element, alternatives: Alternatives): Element | null {
  for (const selector of alternatives) {
    try {
      const found = element.closest(selector);
      if (found) return found;
    } catch {
      // An unsupported selector: try the next alternative.
    }
  }
  return null;
}

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none/i;

/**
 * Whether the element is out of the rendered page: a `hidden` attribute or an inline display:none on
 * it or an ancestor (how Gmail parks older views), or, where the browser can tell, any other
 * display:none. Not visibility:hidden: the "Show details" popup is read while invisible.
 */
export function isHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    if (DISPLAY_NONE.test(node.getAttribute('style') ?? '')) return true;
  }
  try {
    return typeof element.checkVisibility === 'function' && !element.checkVisibility();
  } catch {
    return false;
  }
}

export const isVisible = (element: Element): boolean => !isHidden(element);

/** Drops the elements nested inside another element of the list. */
export function topMost(elements: readonly Element[]): Element[] {
  return elements.filter(
    (element) => !elements.some((other) => other !== element && other.contains(element)),
  );
}

/** Whitespace collapsed and trimmed (one home: ../people.ts). */
export const normalizeSpace = clean;

/** A person from an `<span email="…" name="…">` chip; the name falls back to the chip's text. */
export function readPerson(element: Element): Person | null {
  const email = normalizeSpace(element.getAttribute('email') ?? element.getAttribute('data-hovercard-id'));
  if (!email.includes('@')) return null;
  const name = normalizeSpace(element.getAttribute('name')) || normalizeSpace(element.textContent);
  return { name, email: email.toLowerCase() };
}

/** People in order, each address once. */
export function uniquePeople(people: readonly Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    if (seen.has(person.email)) return false;
    seen.add(person.email);
    return true;
  });
}

/** Runs a reader; an exception means "could not read" and gives the fallback. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
