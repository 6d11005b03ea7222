// Reversible DOM edits for the mutation harness (test support, never shipped). Parsing a saved page
// into happy-dom costs ~100 ms and cloning one nearly as much, so a page is parsed once and each
// variant is applied in place through a Journal, read, then undone: hundreds of variants stay fast.

type Undo = () => void;

export class Journal {
  private readonly undos: Undo[] = [];

  setAttribute(element: Element, name: string, value: string): void {
    this.remember(element, name);
    element.setAttribute(name, value);
  }

  removeAttribute(element: Element, name: string): void {
    if (!element.hasAttribute(name)) return;
    this.remember(element, name);
    element.removeAttribute(name);
  }

  /** Rewrites every attribute of the element in the given order (an attribute order is markup, not meaning). */
  reorderAttributes(element: Element, order: (names: string[]) => string[]): void {
    const before = Array.from(element.attributes).map((a) => [a.name, a.value] as const);
    const values = new Map(before);
    const rewrite = (names: readonly string[]) => {
      for (const [name] of before) element.removeAttribute(name);
      for (const name of names) element.setAttribute(name, values.get(name) ?? '');
    };
    rewrite(order(before.map(([name]) => name)));
    this.undos.push(() => rewrite(before.map(([name]) => name)));
  }

  /** Inserts `node` into `parent` before `before` (null: at the end). */
  insert(parent: Node, node: Node, before: Node | null): void {
    parent.insertBefore(node, before);
    this.undos.push(() => node.parentNode?.removeChild(node));
  }

  /** Moves `node` to `parent` before `before`; undo puts it back where it was. */
  move(node: Node, parent: Node, before: Node | null): void {
    const from = node.parentNode;
    const next = node.nextSibling;
    parent.insertBefore(node, before);
    this.undos.push(() => from?.insertBefore(node, next));
  }

  remove(node: Node): void {
    const from = node.parentNode;
    if (!from) return;
    const next = node.nextSibling;
    from.removeChild(node);
    this.undos.push(() => from.insertBefore(node, next));
  }

  /** Puts `wrapper` (a new, empty element) where `element` is and `element` inside it. */
  wrap(element: Element, wrapper: Element): void {
    const parent = element.parentNode;
    if (!parent) return;
    this.insert(parent, wrapper, element);
    this.move(element, wrapper, null);
  }

  /** Moves every child of `element` into `inner` (a new, empty element), which becomes its only child. */
  wrapChildren(element: Element, inner: Element): void {
    for (const child of Array.from(element.childNodes)) this.move(child, inner, null);
    this.insert(element, inner, null);
  }

  /** Replaces `node` by `replacement` (undo restores the original node itself). */
  replace(node: Node, replacement: Node): void {
    const parent = node.parentNode;
    if (!parent) return;
    this.insert(parent, replacement, node);
    this.remove(node);
  }

  /** Undoes every edit, newest first. */
  undo(): void {
    for (let undo = this.undos.pop(); undo; undo = this.undos.pop()) undo();
  }

  private remember(element: Element, name: string): void {
    const had = element.hasAttribute(name);
    const old = element.getAttribute(name) ?? '';
    this.undos.push(() => (had ? element.setAttribute(name, old) : element.removeAttribute(name)));
  }
}
