// @vitest-environment happy-dom
// The shared fields under happy-dom: what the rep types becomes an instant or a zone, in Relance's
// language whatever the browser's, and the combobox answers the keyboard as the ARIA pattern says.
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DateField, DateTimeField, TimeField } from './DateTimeField';
import { TimeZoneCombobox } from './TimeZoneCombobox';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Tuesday 3 March 2026, 10:00 in Paris. */
const NOW = Date.UTC(2026, 2, 3, 9, 0);
let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  (globalThis as { __relanceUiLanguage?: string }).__relanceUiLanguage = undefined;
});

const $ = <T extends Element = HTMLInputElement>(selector: string) => {
  const element = container.querySelector<T>(selector as never);
  if (!element) throw new Error(`nothing matches ${selector}`);
  return element as T;
};

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const press = (input: HTMLElement, key: string) =>
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
const leave = (input: HTMLElement) =>
  act(() => {
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });

function WhenHarness({
  onChange,
  initial,
}: {
  onChange: (v: number | null) => void;
  initial: number | null;
}) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateTimeField
        label="Prochaine étape"
        lang="fr"
        timeZone="Europe/Paris"
        now={NOW}
        value={value}
        onChange={(v) => {
          setValue(v);
          onChange(v);
        }}
        testId="when"
      />
      <button type="button" data-testid="preset" onClick={() => setValue(Date.UTC(2026, 2, 9, 8, 0))}>
        preset
      </button>
    </>
  );
}

function ZoneHarness({ onChange }: { onChange: (zone: string) => void }) {
  const [zone, setZone] = useState('Europe/Paris');
  return (
    <TimeZoneCombobox
      label="Time zone"
      lang="en"
      now={NOW}
      value={zone}
      onChange={(z) => {
        setZone(z);
        onChange(z);
      }}
      testId="zone"
    />
  );
}

describe('DateTimeField', () => {
  it('shows the instant as a French rep reads it: dd/mm/yyyy and a 24-hour clock, in the rep’s zone', () => {
    (globalThis as { __relanceUiLanguage?: string }).__relanceUiLanguage = 'fr';
    act(() => root.render(<WhenHarness onChange={() => {}} initial={Date.UTC(2026, 6, 16, 13, 30)} />));
    expect($('[data-testid=when-date]').value).toBe('16/07/2026');
    expect($('[data-testid=when-time]').value).toBe('15:30');
    expect($('[data-testid=when-date]').placeholder).toBe('jj/mm/aaaa');
    expect($('[data-testid=when] legend').textContent).toBe('Prochaine étape');
  });

  it('reads what the rep types, and writes it back in the language’s form on leaving', () => {
    const onChange = vi.fn();
    act(() => root.render(<WhenHarness onChange={onChange} initial={null} />));
    type($('[data-testid=when-date]'), '17 juillet');
    expect(onChange).not.toHaveBeenCalled(); // no time yet
    type($('[data-testid=when-time]'), '14h30');
    expect(onChange).toHaveBeenLastCalledWith(Date.UTC(2026, 6, 17, 12, 30));
    leave($('[data-testid=when-date]'));
    expect($('[data-testid=when-date]').value).toBe('17/07/2026');
  });

  it('says what to type once the rep leaves a field that is no date, and gives no instant', () => {
    (globalThis as { __relanceUiLanguage?: string }).__relanceUiLanguage = 'fr';
    const onChange = vi.fn();
    act(() => root.render(<WhenHarness onChange={onChange} initial={Date.UTC(2026, 6, 16, 8, 0)} />));
    type($('[data-testid=when-date]'), '31/02/2026');
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(container.querySelector('[role=alert]')).toBeNull();
    leave($('[data-testid=when-date]'));
    expect($('[role=alert]').textContent).toBe('Saisissez une date comme 03/03/2026.');
    expect($('[data-testid=when-date]').getAttribute('aria-invalid')).toBe('true');
  });

  it('follows a value set from outside (a preset)', () => {
    act(() => root.render(<WhenHarness onChange={() => {}} initial={null} />));
    act(() => $<HTMLButtonElement>('[data-testid=preset]').click());
    expect($('[data-testid=when-date]').value).toBe('09/03/2026');
    expect($('[data-testid=when-time]').value).toBe('09:00');
  });
});

describe('TimeField', () => {
  it('gives HH:mm for what the rep types, null for what is no time', () => {
    const onChange = vi.fn();
    act(() => root.render(<TimeField label="À" lang="fr" value="09:00" onChange={onChange} testId="t" />));
    expect($('[data-testid=t]').value).toBe('09:00');
    type($('[data-testid=t]'), '8h');
    expect(onChange).toHaveBeenLastCalledWith('08:00');
    type($('[data-testid=t]'), '25:00');
    expect(onChange).toHaveBeenLastCalledWith(null);
  });
});

describe('DateField', () => {
  it('gives yyyy-MM-dd for a day typed in French, the next one when the year is left out', () => {
    const onChange = vi.fn();
    const today = { year: 2026, month: 3, day: 3 };
    act(() =>
      root.render(<DateField label="Jour" lang="fr" today={today} value="" onChange={onChange} testId="d" />),
    );
    type($('[data-testid=d]'), '25 déc.');
    expect(onChange).toHaveBeenLastCalledWith('2026-12-25');
    type($('[data-testid=d]'), '01/02');
    expect(onChange).toHaveBeenLastCalledWith('2027-02-01');
    leave($('[data-testid=d]'));
    expect($('[data-testid=d]').value).toBe('01/02/2027');
    expect(container.querySelector('input[type=date]')?.getAttribute('value')).toBe('2027-02-01');
  });
});

describe('TimeZoneCombobox', () => {
  const input = () => $('[data-testid=zone] input');
  const active = () => container.querySelector('[role=option][aria-selected=true]');

  it('shows the picked zone, closed', () => {
    act(() => root.render(<ZoneHarness onChange={() => {}} />));
    expect(input().value).toBe('Paris — Central European Time (GMT+1)');
    expect(input().getAttribute('role')).toBe('combobox');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('[role=listbox]')?.hasAttribute('hidden')).toBe(true);
  });

  it('narrows as the rep types, moves with the arrows, picks with Enter', () => {
    const onChange = vi.fn();
    act(() => root.render(<ZoneHarness onChange={onChange} />));
    type(input(), 'new york');
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(active()?.getAttribute('data-option-id')).toBe('America/New_York');
    expect(input().getAttribute('aria-activedescendant')).toBe(active()?.id);
    type(input(), 'to');
    const first = active()?.getAttribute('data-option-id');
    press(input(), 'ArrowDown');
    expect(active()?.getAttribute('data-option-id')).not.toBe(first);
    press(input(), 'ArrowUp');
    expect(active()?.getAttribute('data-option-id')).toBe(first);
    press(input(), 'Enter');
    expect(onChange).toHaveBeenCalledWith(first);
    expect(input().getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape puts the picked zone back, and leaving the field picks nothing', () => {
    const onChange = vi.fn();
    act(() => root.render(<ZoneHarness onChange={onChange} />));
    type(input(), 'tokyo');
    press(input(), 'Escape');
    expect(input().value).toBe('Paris — Central European Time (GMT+1)');
    type(input(), 'tokyo');
    leave(input());
    expect(input().value).toBe('Paris — Central European Time (GMT+1)');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says when nothing matches', () => {
    act(() => root.render(<ZoneHarness onChange={() => {}} />));
    type(input(), 'atlantis');
    expect(container.querySelector('[aria-live=polite]')?.textContent).toBe(
      'No time zone matches “atlantis”.',
    );
    press(input(), 'Enter');
    expect(input().getAttribute('aria-expanded')).toBe('true');
  });
});
