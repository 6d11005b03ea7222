// Small, throw-free DOM helpers shared by the Outlook readers. Selector lists come from selectors.ts
// and are tried in order; an invalid selector (an engine without some syntax) counts as no match.

/** The first element matching the first alternative that matches anything. */
export function queryFirst(root: ParentNode, alternatives: readonly string[]): Element | null {
  for (const selector of alternatives) {
    const found = queryAll(root, selector)[0];
    if (found) return found;
  }
  return null;
}

/** Every element matching one selector (or a comma list), in document order; [] on a bad selector. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Every element matching any alternative, in document order, without duplicates. */
export function queryAny(root: ParentNode, alternatives: readonly string[]): Element[] {
  return queryAll(root, alternatives.join(', '));
}

/** True when `el` has an ancestor (itself included, `stop` excluded) matching `selector`. */
export function isInside(el: Element, selector: string, stop: Element | null): boolean {
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    if (matches(node, selector)) return true;
  }
  return false;
}

/** True when an ancestor of `el` (itself excluded, `stop` excluded) matches `selector`. */
export function hasAncestor(el: Element, selector: string, stop: Element | null): boolean {
  return el.parentElement !== null && isInside(el.parentElement, selector, stop);
}

export function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Hidden by the page itself (hidden attribute or inline display:none) between `el` and `stop`.
 *  Only markup is read, never computed style, so a saved page reads the same as the live one. */
export function isHidden(el: Element, stop: Element | null): boolean {
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    const style = node.getAttribute('style') ?? '';
    if (/(^|;)\s*display\s*:\s*none/i.test(style)) return true;
  }
  return false;
}

/** Whitespace collapsed and trimmed (one home: ../people.ts). */
export { clean } from '../people';
