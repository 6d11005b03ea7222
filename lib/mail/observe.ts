// Shared by the adapters: a MutationObserver (leading and trailing debounce) plus the history events a single-page
// webmail fires, torn down by an AbortSignal. No polling loop.

export interface ObserveOptions {
  /** Quiet time before onChange fires after the last mutation. */
  debounceMs?: number;
  /** The subtree to watch; defaults to the document's body. */
  root?: (doc: Document) => Node | null;
}

export function observeDom(
  win: Window,
  signal: AbortSignal,
  onChange: () => void,
  { debounceMs = 120, root }: ObserveOptions = {},
): void {
  if (signal.aborted) return;
  // Leading and trailing: the first change after a quiet spell is answered at once — in a
  // microtask after the observer's callback, so one task's burst of mutations (delivered together)
  // is one call, and before the browser lays out and paints the new thread: the panel is in the
  // same frame. (A timer of 0 ms ran after that layout: 20–35 ms after a navigation on a busy
  // 2-core machine, issue 23.) Changes during the following busy spell are answered once it has
  // been quiet for debounceMs, so a webmail re-rendering all the time costs one call per spell.
  let timer: number | undefined;
  let leading = false;
  let dirty = false;
  const run = () => {
    if (!signal.aborted) onChange();
  };
  const fire = () => {
    if (timer === undefined && !leading) {
      leading = true;
      queueMicrotask(() => {
        leading = false;
        run();
      });
    } else if (!leading) {
      dirty = true;
    }
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      timer = undefined;
      if (dirty) {
        dirty = false;
        run();
      }
    }, debounceMs);
  };
  const target = root?.(win.document) ?? win.document.body ?? win.document.documentElement;
  // The window's own constructor, so the observer belongs to the page's realm (and to a test's DOM).
  const Observer = (win as Window & typeof globalThis).MutationObserver;
  const observer = new Observer(fire);
  observer.observe(target, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['style', 'hidden', 'aria-hidden', 'class'],
  });
  win.addEventListener('hashchange', fire, { signal });
  win.addEventListener('popstate', fire, { signal });
  // WXT's content-script context fires this on history.pushState navigations.
  win.addEventListener('wxt:locationchange', fire, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
  });
}
