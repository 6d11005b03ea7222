// @vitest-environment happy-dom
// useLiveQuery (components/use-live-query.ts), the hook every page reads the database through: the
// default until the first result, a new render when what the querier read changes, the deps
// starting a new query, and a failed query thrown in render.
import { Dexie, type EntityTable } from 'dexie';
import { act, Component, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLiveQuery } from './use-live-query';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Item {
  id: string;
  kind: string;
}
const db = new Dexie('use-live-query-test') as Dexie & { items: EntityTable<Item, 'id'> };
db.version(1).stores({ items: 'id, kind' });

let container: HTMLElement;
let root: Root;

beforeEach(async () => {
  await db.items.clear();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

/** Waits (in act) until the container reads `text`. */
async function until(text: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (container.textContent === text) return;
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  expect(container.textContent).toBe(text);
}

function Count({ kind }: { kind: string }) {
  const n = useLiveQuery(() => db.items.where('kind').equals(kind).count(), [kind], 'loading');
  return <p>{String(n)}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  override render() {
    return this.state.error ? <p>{`failed: ${this.state.error}`}</p> : this.props.children;
  }
}

function Failing() {
  const value = useLiveQuery(async (): Promise<string> => {
    throw new Error('no table');
  }, []);
  return <p>{value ?? 'none yet'}</p>;
}

describe('useLiveQuery', () => {
  it('answers the default, then the result, then each change of what it read', async () => {
    await db.items.bulkAdd([
      { id: 'a', kind: 'x' },
      { id: 'b', kind: 'y' },
    ]);
    act(() => root.render(<Count kind="x" />));
    expect(container.textContent).toBe('loading');
    await until('1');
    await act(() => db.items.add({ id: 'c', kind: 'x' }));
    await until('2');
  });

  it('starts a new query when its deps change', async () => {
    await db.items.bulkAdd([
      { id: 'a', kind: 'x' },
      { id: 'b', kind: 'y' },
      { id: 'c', kind: 'y' },
    ]);
    act(() => root.render(<Count kind="x" />));
    await until('1');
    act(() => root.render(<Count kind="y" />));
    await until('2');
  });

  it('throws a failed query in render, for an error boundary', async () => {
    const consoleError = console.error;
    console.error = () => {};
    try {
      act(() =>
        root.render(
          <Boundary>
            <Failing />
          </Boundary>,
        ),
      );
      await until('failed: no table');
    } finally {
      console.error = consoleError;
    }
  });
});
