// Dexie's live query as a hook: the same contract as dexie-react-hooks' useLiveQuery (undefined, or
// the given default, until the first result; a new render on every change of what the querier
// read; an error thrown in render for an error boundary), on `react`'s named hooks only.
// dexie-react-hooks reads React through its namespace and default export (React.use, found at run
// time), which keeps the whole of Preact's compat layer in every page's shared chunk, the popup's
// included (issue 23: ≤ 60,000 B gzip).
import { liveQuery } from 'dexie';
import { useEffect, useMemo, useReducer, useRef } from 'react';

export function useLiveQuery<T>(querier: () => Promise<T> | T, deps?: unknown[]): T | undefined;
export function useLiveQuery<T, TDefault>(
  querier: () => Promise<T> | T,
  deps: unknown[],
  defaultResult: TDefault,
): T | TDefault;
export function useLiveQuery<T, TDefault>(
  querier: () => Promise<T> | T,
  deps: unknown[] = [],
  defaultResult?: TDefault,
): T | TDefault | undefined {
  const monitor = useRef<{ result: T | TDefault | undefined; error: unknown }>({
    result: defaultResult,
    error: null,
  });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps, as useMemo's.
  const observable = useMemo(() => liveQuery(querier), deps);
  useEffect(() => {
    const subscription = observable.subscribe(
      (value) => {
        const current = monitor.current;
        if (current.error !== null || current.result !== value) {
          current.error = null;
          current.result = value;
          rerender();
        }
      },
      (error: unknown) => {
        const current = monitor.current;
        if (current.error !== error) {
          current.error = error;
          rerender();
        }
      },
    );
    return () => subscription.unsubscribe();
  }, [observable]);
  if (monitor.current.error) throw monitor.current.error;
  return monitor.current.result;
}
