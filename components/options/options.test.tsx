// @vitest-environment happy-dom
// The options page's sections under happy-dom, on the extension's database (fake-indexeddb) with a
// stubbed background: what the rep does lands through lib/services, and what is refused is said in
// the rep's language.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../lib/backup';
import { getSettings } from '../../lib/db';
import { db } from '../../lib/db/instance';
import { seedDefaults } from '../../lib/db/seed';
import { snapshotTables } from '../../lib/db/test-support';
import { onMessage } from '../../lib/messaging/protocol';
import { BackupSection } from './BackupSection';
import { OptionsApp } from './OptionsApp';
import { SettingsSection } from './SettingsSection';
import { StagesSection } from './StagesSection';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
/** The stubbed background: how many times the page told it the data changed. */
let notified: ReturnType<typeof vi.fn<() => void>>;
let stopListening: () => void;

beforeEach(async () => {
  await db.delete();
  await db.open();
  await seedDefaults(db, Date.now());
  notified = vi.fn<() => void>();
  stopListening = onMessage('settingsChanged', () => {
    notified();
    return { ok: true, value: null } as never;
  });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  stopListening();
  act(() => root.unmount());
  container.remove();
  (globalThis as { __relanceUiLanguage?: string }).__relanceUiLanguage = undefined;
});

/** Waits on a fact (live queries and writes are asynchronous), failing after a few seconds. */
async function until<T>(
  read: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  what: string,
): Promise<T> {
  for (let i = 0; i < 1500; i++) {
    const value = await read();
    if (value) return value;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`never happened: ${what}`);
}

const all = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const key = (element: HTMLElement, init: KeyboardEventInit) =>
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });

describe('stages', { timeout: 30_000 }, () => {
  it('Alt+ArrowUp on a stage’s name moves it up through the use case, and says so', async () => {
    act(() => root.render(<StagesSection />));
    const names = () => all('[data-testid=stage-name]').map((b) => b.textContent);
    const before = await until(() => names().length > 3 && names(), 'the stages are listed');
    const second = all('[data-testid=stage-name]')[1];
    if (!second) throw new Error('no second stage');
    key(second, { key: 'ArrowUp', altKey: true });
    await until(() => names()[0] === before[1], 'the second stage is first');
    expect(names().slice(0, 2)).toEqual([before[1], before[0]]);
    const stored = await db.stages.orderBy('order').toArray();
    expect(stored.slice(0, 2).map((s) => s.name.en)).toEqual([before[1], before[0]]);
    expect(container.querySelector('[data-testid=stage-announce]')?.textContent).toBe(
      `“${before[1]}” moved to position 1 of ${before.length}.`,
    );
    await until(() => notified.mock.calls.length === 1, 'the background is told');
    // Without Alt an arrow is only an arrow; the first stage cannot go higher.
    const first = all('[data-testid=stage-name]')[0];
    if (!first) throw new Error('no first stage');
    key(first, { key: 'ArrowDown' });
    key(first, { key: 'ArrowUp', altKey: true });
    // A move that does happen, to wait on: the (now) second stage goes down one.
    const now2 = all('[data-testid=stage-name]')[1];
    if (!now2) throw new Error('no second stage');
    key(now2, { key: 'ArrowDown', altKey: true });
    await until(() => names()[2] === before[0] && notified.mock.calls.length >= 2, 'the stage moved down');
    expect(names()).toEqual([before[1], before[2], before[0], ...before.slice(3)]);
    // Two moves were written (the plain arrow and the move past the top wrote nothing).
    expect(notified).toHaveBeenCalledTimes(2);
  });

  it('edits a stage’s actions in place, one field per language', async () => {
    act(() => root.render(<StagesSection />));
    const first = await until(() => all('[data-testid=stage-name]')[0], 'the stages are listed');
    act(() => first.click());
    const form = await until(() => container.querySelector('[data-testid=stage-editor]'), 'the editor opens');
    const addAction = [...form.querySelectorAll('button')].find((b) => b.textContent === 'Add an action');
    act(() => addAction?.click());
    const inputs = [...form.querySelectorAll<HTMLInputElement>('.op-actions-list input')];
    const [en, fr] = inputs.slice(-2);
    if (!en || !fr) throw new Error('no action fields');
    type(en, 'Call | the buyer');
    type(fr, 'Appeler l’acheteur');
    act(() => form.querySelector<HTMLButtonElement>('[data-testid=stage-save]')?.click());
    const stageId = first.closest('li')?.dataset.testid?.replace(/^stage-/, '') ?? '';
    const stage = await until(async () => {
      const stored = await db.stages.get(stageId);
      return stored?.actions.at(-1)?.label.fr === 'Appeler l’acheteur' && stored;
    }, 'the action is saved');
    // The English text is kept whole: no "English | French" line to split any more.
    expect(stage.actions.at(-1)?.label).toEqual({ en: 'Call | the buyer', fr: 'Appeler l’acheteur' });
  });
});

describe('import', { timeout: 30_000 }, () => {
  it('merges by default, and refuses a file without its export date in French, changing nothing', async () => {
    (globalThis as { __relanceUiLanguage?: string }).__relanceUiLanguage = 'fr';
    act(() => root.render(<BackupSection />));
    const merge = await until(
      () => container.querySelector<HTMLInputElement>('[data-testid=import-mode-merge]'),
      'the import modes are shown',
    );
    expect(merge.checked).toBe(true);
    expect(container.querySelector<HTMLInputElement>('[data-testid=import-mode-replace]')?.checked).toBe(
      false,
    );
    // The mode comes before the file on the page.
    const picker = container.querySelector<HTMLInputElement>('[data-testid=import-backup]');
    if (!picker) throw new Error('no file picker');
    expect(merge.compareDocumentPosition(picker) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const before = await snapshotTables(db);
    const { exportedAt: _gone, ...file } = await exportBackup(db, Date.now());
    Object.defineProperty(picker, 'files', {
      configurable: true,
      value: [new File([JSON.stringify(file)], 'old.json', { type: 'application/json' })],
    });
    act(() => {
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const error = await until(() => container.querySelector('[data-testid=import-error]'), 'the refusal');
    expect(error.textContent).toContain('Ce fichier a été refusé, rien n’a changé');
    expect(error.textContent).toContain(
      'Ce fichier n’est pas une sauvegarde Relance : il n’a pas de date d’export valable.',
    );
    expect(error.textContent).not.toMatch(/Invalid input|expected/);
    expect(container.querySelector('[data-testid=import-plan]')).toBeNull();
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('shows the plan of a valid file in merge mode, and imports it only on confirmation', async () => {
    act(() => root.render(<BackupSection />));
    const picker = await until(
      () => container.querySelector<HTMLInputElement>('[data-testid=import-backup]'),
      'the file picker',
    );
    const file = await exportBackup(db, Date.now());
    await db.templates.clear();
    Object.defineProperty(picker, 'files', {
      configurable: true,
      value: [new File([JSON.stringify(file)], 'backup.json', { type: 'application/json' })],
    });
    act(() => {
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const plan = await until(() => container.querySelector('[data-testid=import-plan]'), 'the plan');
    expect(plan.textContent).toMatch(/Templates: \d+ added/);
    expect(plan.textContent).not.toContain('Built-ins');
    expect(await db.templates.count()).toBe(0);
    act(() => container.querySelector<HTMLButtonElement>('[data-testid=import-confirm]')?.click());
    await until(() => container.querySelector('[data-testid=import-done]'), 'the import is done');
    expect(await db.templates.count()).toBe(file.data.templates.length);
    expect(notified).toHaveBeenCalled();
  });
});

describe('settings', { timeout: 30_000 }, () => {
  it('the time zone is picked from the searchable list and saved through saveSettings', async () => {
    act(() => root.render(<SettingsSection />));
    const zone = await until(
      () => container.querySelector<HTMLInputElement>('[data-testid=time-zone] input'),
      'the zone field',
    );
    type(zone, 'tokyo');
    key(zone, { key: 'Enter' });
    act(() => container.querySelector<HTMLButtonElement>('[data-testid=settings-save]')?.click());
    await until(async () => (await getSettings(db)).timeZone === 'Asia/Tokyo', 'the zone is saved');
    expect(notified).toHaveBeenCalled();
  });

  it('days off are a list of dates typed in the rep’s language', async () => {
    (globalThis as { __relanceUiLanguage?: string }).__relanceUiLanguage = 'fr';
    await db.settings.update('settings', { language: 'fr' });
    act(() => root.render(<SettingsSection />));
    const add = await until(
      () => container.querySelector<HTMLButtonElement>('[data-testid=add-holiday]'),
      'the days off',
    );
    expect(container.querySelector('[data-testid=holidays-empty]')?.textContent).toMatch(/Ajoutez/);
    act(() => add.click());
    const day = await until(
      () => container.querySelector<HTMLInputElement>('[data-testid=holidays] input.rl-dtf__date'),
      'a date field',
    );
    type(day, '25/12/2030');
    act(() => container.querySelector<HTMLButtonElement>('[data-testid=settings-save]')?.click());
    await until(async () => (await getSettings(db)).holidays.includes('2030-12-25'), 'the day off is saved');
  });
});

describe('sections', { timeout: 30_000 }, () => {
  it('opens the section a link asked for while the page was still loading', async () => {
    history.replaceState(null, '', '#');
    // The hash changes after the first render read it, and its hashchange event is over before
    // the page listens (as for a link followed while the page loads): the listener is added late.
    const listen = window.addEventListener.bind(window);
    const spy = vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
      if (type !== 'hashchange') return listen(type, listener, options);
      location.hash = '#backup';
      setTimeout(() => listen(type, listener, options), 100);
    });
    try {
      act(() => root.render(<OptionsApp />));
      await until(
        () => container.querySelector('[data-testid=nav-backup][aria-current=page]'),
        'the backup section',
      );
    } finally {
      spy.mockRestore();
      history.replaceState(null, '', '#');
    }
  });
});
