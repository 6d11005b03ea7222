// A searchable select, after the WAI-ARIA combobox pattern with list autocomplete
// (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): the rep types to narrow the list; arrows
// move through it (focus stays in the input, aria-activedescendant names the option), Enter picks,
// Escape closes and puts the picked value back. Nothing is picked by leaving the field: the value
// changes only on Enter or a click.
//
//   <Combobox label="Time zone" options={zones} value="Europe/Paris" onChange={setZone}
//             filter={filterZones} noMatch={(q) => `No time zone matches “${q}”.`} />
import { type KeyboardEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { i18n } from '#i18n';

export interface ComboboxOption {
  id: string;
  /** What the input shows once picked, and the option's first line. */
  label: string;
  /** A second, quieter line. */
  detail?: string;
}

export interface ComboboxProps<T extends ComboboxOption> {
  label: string;
  options: readonly T[];
  /** The picked option's id (null: none). */
  value: string | null;
  onChange: (id: string) => void;
  /** The options matching what the rep typed, best first. */
  filter: (options: readonly T[], query: string) => T[];
  noMatch: (query: string) => string;
  hint?: ReactNode;
  placeholder?: string;
  testId?: string;
}

const PAGE = 10;

export function Combobox<T extends ComboboxOption>({
  label,
  options,
  value,
  onChange,
  filter,
  noMatch,
  hint,
  placeholder,
  testId,
}: ComboboxProps<T>) {
  const id = useId();
  const listId = `${id}-list`;
  const picked = options.find((o) => o.id === value) ?? null;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null); // null: show the picked label
  const [active, setActive] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  const shown = useMemo(
    () => (query === null ? [...options] : filter(options, query)),
    [options, filter, query],
  );
  const activeOption = open ? shown[active] : undefined;

  useEffect(() => {
    if (!open || !activeOption) return;
    list.current?.children.item(active)?.scrollIntoView?.({ block: 'nearest' });
  }, [open, activeOption, active]);

  const openList = (startAt: 'picked' | 'first') => {
    setOpen(true);
    const index = startAt === 'picked' && query === null ? shown.findIndex((o) => o.id === value) : 0;
    setActive(Math.max(0, index));
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const pick = (option: T) => {
    onChange(option.id);
    close();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    const move = (to: number) => {
      e.preventDefault();
      if (!open) return openList('picked');
      setActive(Math.min(Math.max(0, to), Math.max(0, last)));
    };
    switch (e.key) {
      case 'ArrowDown':
        if (!e.altKey) return move(active + 1);
        e.preventDefault();
        return openList('picked');
      case 'ArrowUp':
        return move(active - 1);
      case 'PageDown':
        return move(active + PAGE);
      case 'PageUp':
        return move(active - PAGE);
      case 'Enter':
        if (open && activeOption) {
          e.preventDefault();
          pick(activeOption);
        }
        return;
      case 'Escape':
        if (open || query !== null) {
          e.preventDefault();
          close();
        }
        return;
    }
  };

  const text = query ?? picked?.label ?? '';
  const status = open
    ? shown.length === 0
      ? noMatch(query ?? '')
      : i18n.t('ui.combobox.count', [String(shown.length)])
    : '';

  return (
    <div className="rl-field rl-combobox" data-testid={testId}>
      <label className="rl-field__label" htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="rl-combobox__control">
        <input
          ref={input}
          id={`${id}-input`}
          className="rl-input rl-combobox__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? `${id}-option-${activeOption.id}` : undefined}
          aria-describedby={hint ? `${id}-hint` : undefined}
          placeholder={placeholder}
          value={text}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={(e) => e.currentTarget.select()}
          onClick={() => !open && openList('picked')}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <button
          type="button"
          tabIndex={-1}
          className="rl-combobox__toggle"
          aria-label={i18n.t('ui.combobox.toggle')}
          // Keep the focus in the input: the list is its popup.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            if (open) close();
            else {
              input.current?.focus();
              openList('picked');
            }
          }}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path
              d="M4 6l4 4 4-4"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinecap="round"
            />
          </svg>
        </button>
        <div
          ref={list}
          id={listId}
          role="listbox"
          aria-label={label}
          className="rl-combobox__list"
          hidden={!open || shown.length === 0}
        >
          {open &&
            shown.map((option, index) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the input owns the keyboard (aria-activedescendant)
              <div
                key={option.id}
                tabIndex={-1}
                id={`${id}-option-${option.id}`}
                data-option-id={option.id}
                role="option"
                aria-selected={index === active}
                className={`rl-combobox__option${option.id === value ? ' rl-combobox__option--picked' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => index !== active && setActive(index)}
                onClick={() => pick(option)}
              >
                <span className="rl-combobox__option-label">{option.label}</span>
                {option.detail && <span className="rl-combobox__option-detail">{option.detail}</span>}
              </div>
            ))}
        </div>
      </div>
      <p className="rl-visually-hidden" aria-live="polite">
        {status}
      </p>
      {open && shown.length === 0 && (
        <p className="rl-combobox__empty" aria-hidden="true">
          {status}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="rl-field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
