// Date and time fields that follow Relance's language, whatever the browser's locale: a native
// <input type="datetime-local"> shows mm/dd and AM/PM in an American browser even to a French rep.
// These are text inputs that read what the rep types (lib/intl/date-time-text.ts: 16/07/2026,
// 16 juillet, 14:30, 14h30) and write it back in the language's own form when the field is left.
// A calendar button opens the browser's date picker on a hidden native input, for those who prefer
// to click. Intl only (no date-fns), so the thread panel can use them in the webmail page.
//
//   <DateTimeField label="Next step" lang={lang} timeZone={zone} now={now} value={at} onChange={setAt} />
//   <TimeField label="Follow-ups fall due at" lang={lang} value="09:00" onChange={setTime} />
//   <DateField label="Day off" lang={lang} today={today} value="2026-12-25" onChange={setDay} />
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import {
  type CalendarDay,
  type ClockTime,
  datePattern,
  dayTimeToInstant,
  formatDateText,
  formatTimeText,
  instantToDayTime,
  parseDateText,
  parseTimeText,
} from '../../lib/intl/date-time-text';
import type { EpochMs, Lang } from '../../lib/model';

const two = (n: number) => String(n).padStart(2, '0');
/** 'yyyy-MM-dd', as settings store a day and a native date input reads one. */
export const isoDay = (d: CalendarDay) => `${String(d.year).padStart(4, '0')}-${two(d.month)}-${two(d.day)}`;
const fromIsoDay = (text: string): CalendarDay | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
};
const isoTime = (t: ClockTime) => `${two(t.hour)}:${two(t.minute)}`;
const fromIsoTime = (text: string): ClockTime | null => {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
};

/** "dd/mm/yyyy" / "jj/mm/aaaa": the date pattern with the language's letters. */
export function datePlaceholder(lang: Lang): string {
  const letters = {
    day: i18n.t('ui.dateField.dayLetters'),
    month: i18n.t('ui.dateField.monthLetters'),
    year: i18n.t('ui.dateField.yearLetters'),
  };
  const { order, separator } = datePattern(lang);
  return order.map((part) => letters[part]).join(separator);
}

interface TextPartProps {
  id: string;
  /** What the field shows when it is not being edited; null while its text is not valid. */
  text: string;
  onText: (text: string) => void;
  onBlur: () => void;
  invalid: boolean;
  describedBy: string | undefined;
  ariaLabel?: string;
  ariaLabelledBy?: string;
  name?: string;
  testId?: string;
  placeholder: string;
  className: string;
}

function TextPart(props: TextPartProps) {
  return (
    <input
      id={props.id}
      className={`rl-input ${props.className}`}
      type="text"
      autoComplete="off"
      spellCheck={false}
      name={props.name}
      value={props.text}
      placeholder={props.placeholder}
      aria-label={props.ariaLabel}
      aria-labelledby={props.ariaLabelledBy}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      data-testid={props.testId}
      onChange={(e) => props.onText(e.currentTarget.value)}
      onBlur={props.onBlur}
    />
  );
}

/** A calendar button over a hidden native date input: the browser's picker, our text. */
function CalendarButton({
  value,
  onPick,
}: {
  value: CalendarDay | null;
  onPick: (day: CalendarDay) => void;
}) {
  const native = useRef<HTMLInputElement>(null);
  return (
    <span className="rl-dtf__calendar">
      <button
        type="button"
        className="rl-icon-button"
        aria-label={i18n.t('ui.dateField.pick')}
        title={i18n.t('ui.dateField.pick')}
        onClick={() => {
          const input = native.current;
          if (!input) return;
          try {
            input.showPicker();
          } catch {
            input.focus();
          }
        }}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <rect
            x="2"
            y="3"
            width="12"
            height="11"
            rx="2"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
          <path
            d="M2 7h12M5.5 1.5v3M10.5 1.5v3"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
      </button>
      <input
        ref={native}
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        className="rl-dtf__native"
        value={value ? isoDay(value) : ''}
        onChange={(e) => {
          const day = fromIsoDay(e.currentTarget.value);
          if (day) onPick(day);
        }}
      />
    </span>
  );
}

interface FieldFrameProps {
  labelId: string;
  label: string;
  hint?: ReactNode;
  hintId: string;
  error: string | null;
  errorId: string;
  children: ReactNode;
  testId?: string;
}

function FieldFrame({ labelId, label, hint, hintId, error, errorId, children, testId }: FieldFrameProps) {
  return (
    <fieldset className="rl-field rl-fieldset" aria-labelledby={labelId} data-testid={testId}>
      <legend id={labelId} className="rl-field__label">
        {label}
      </legend>
      <div className="rl-dtf">{children}</div>
      {hint && (
        <p id={hintId} className="rl-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="rl-field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/**
 * A text the rep types and what it means: the parsed value (null while it means nothing), whether
 * to say so (only once the rep has left the field), and the text written back in the language's
 * form on leaving.
 */
function useTyped<T>(initial: T | null, parse: (text: string) => T | null, format: (value: T) => string) {
  const [text, setText] = useState(initial === null ? '' : format(initial));
  const [touched, setTouched] = useState(false);
  const value = parse(text);
  return {
    text,
    value,
    invalid: touched && text.trim() !== '' && value === null,
    /** The rep typed `next`: what it means. */
    change(next: string): T | null {
      setText(next);
      return parse(next);
    },
    /** The rep left the field (or picked from the calendar). */
    leave(picked: T | null = value) {
      setTouched(true);
      if (picked !== null) setText(format(picked));
    },
    /** A value set from outside. */
    show(next: T) {
      setText(format(next));
    },
  };
}

const EXAMPLE_TIME: ClockTime = { hour: 14, minute: 30 };

export interface DateTimeFieldProps {
  label: string;
  lang: Lang;
  /** The rep's resolved IANA zone: the fields show and read its wall clock. */
  timeZone: string;
  /** For a date typed without its year: the next time that day comes from now. */
  now: EpochMs;
  value: EpochMs | null;
  /** The instant, or null while the texts are not a date and a time. */
  onChange: (value: EpochMs | null) => void;
  hint?: ReactNode;
  name?: string;
  testId?: string;
}

/** A date and a time, typed in the rep's language, read in the rep's zone. */
export function DateTimeField({
  label,
  lang,
  timeZone,
  now,
  value,
  onChange,
  hint,
  name,
  testId,
}: DateTimeFieldProps) {
  const id = useId();
  const today = instantToDayTime(now, timeZone).day;
  const shown = value === null ? null : instantToDayTime(value, timeZone);
  const date = useTyped(
    shown?.day ?? null,
    (text) => parseDateText(text, lang, today),
    (d) => formatDateText(d, lang),
  );
  const time = useTyped(
    shown?.time ?? null,
    (text) => parseTimeText(text, lang),
    (t) => formatTimeText(t, lang),
  );
  const emitted = useRef<EpochMs | null>(value);

  // A value set from outside (a preset, a reset) replaces the texts.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new value from outside matters
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    if (value === null) return;
    const next = instantToDayTime(value, timeZone);
    date.show(next.day);
    time.show(next.time);
  }, [value, timeZone, lang]);

  const emit = (d: CalendarDay | null, t: ClockTime | null) => {
    const next = d && t ? dayTimeToInstant(d, t, timeZone) : null;
    if (next === emitted.current) return;
    emitted.current = next;
    onChange(next);
  };
  const error = date.invalid
    ? i18n.t('ui.dateField.invalid', [formatDateText(today, lang)])
    : time.invalid
      ? i18n.t('ui.timeField.invalid', [formatTimeText(EXAMPLE_TIME, lang)])
      : null;
  const described = describedBy(hint !== undefined && `${id}-hint`, error !== null && `${id}-error`);

  return (
    <FieldFrame
      labelId={`${id}-label`}
      label={label}
      hint={hint}
      hintId={`${id}-hint`}
      error={error}
      errorId={`${id}-error`}
      testId={testId}
    >
      <TextPart
        id={`${id}-date`}
        className="rl-dtf__date"
        name={name ? `${name}-date` : undefined}
        testId={testId ? `${testId}-date` : undefined}
        text={date.text}
        placeholder={datePlaceholder(lang)}
        ariaLabel={`${label} — ${i18n.t('ui.dateField.date')}`}
        invalid={date.invalid}
        describedBy={described}
        onText={(text) => emit(date.change(text), time.value)}
        onBlur={() => date.leave()}
      />
      <CalendarButton
        value={date.value}
        onPick={(picked) => {
          date.leave(picked);
          emit(picked, time.value);
        }}
      />
      <TextPart
        id={`${id}-time`}
        className="rl-dtf__time"
        name={name ? `${name}-time` : undefined}
        testId={testId ? `${testId}-time` : undefined}
        text={time.text}
        placeholder={i18n.t('ui.timeField.placeholder')}
        ariaLabel={`${label} — ${i18n.t('ui.timeField.time')}`}
        invalid={time.invalid}
        describedBy={described}
        onText={(text) => emit(date.value, time.change(text))}
        onBlur={() => time.leave()}
      />
    </FieldFrame>
  );
}

interface SingleFieldProps {
  label: string;
  lang: Lang;
  /** As settings store it: 'HH:mm' for a time, 'yyyy-MM-dd' for a day ('' for none). */
  value: string;
  /** The same form, or null while the text means nothing. */
  onChange: (value: string | null) => void;
  hint?: ReactNode;
  name?: string;
  testId?: string;
}

/** One typed text in its frame: a time, or a day with its calendar button. */
function TypedField<T>({
  label,
  hint,
  name,
  testId,
  typed,
  kind,
  placeholder,
  error,
  onText,
  onPick,
}: Omit<SingleFieldProps, 'value' | 'onChange' | 'lang'> & {
  typed: ReturnType<typeof useTyped<T>>;
  kind: 'date' | 'time';
  placeholder: string;
  error: string | null;
  onText: (text: string) => void;
  /** A day picked on the calendar (date fields only). */
  onPick?: (day: CalendarDay) => void;
}) {
  const id = useId();
  return (
    <FieldFrame
      labelId={`${id}-label`}
      label={label}
      hint={hint}
      hintId={`${id}-hint`}
      error={error}
      errorId={`${id}-error`}
    >
      <TextPart
        id={`${id}-${kind}`}
        className={`rl-dtf__${kind}`}
        name={name}
        testId={testId}
        text={typed.text}
        placeholder={placeholder}
        ariaLabelledBy={`${id}-label`}
        invalid={typed.invalid}
        describedBy={describedBy(hint !== undefined && `${id}-hint`, error !== null && `${id}-error`)}
        onText={onText}
        onBlur={() => typed.leave()}
      />
      {onPick && <CalendarButton value={typed.value as CalendarDay | null} onPick={onPick} />}
    </FieldFrame>
  );
}

export type TimeFieldProps = SingleFieldProps;

/** A time of day on the 24-hour clock ("09:00"), typed as the rep likes ("9", "9h", "9:00 am"). */
export function TimeField({ lang, value, onChange, ...field }: TimeFieldProps) {
  const time = useTyped(
    fromIsoTime(value),
    (text) => parseTimeText(text, lang),
    (t) => formatTimeText(t, lang),
  );
  return (
    <TypedField
      {...field}
      typed={time}
      kind="time"
      placeholder={i18n.t('ui.timeField.placeholder')}
      error={time.invalid ? i18n.t('ui.timeField.invalid', [formatTimeText(EXAMPLE_TIME, lang)]) : null}
      onText={(next) => {
        const parsed = time.change(next);
        onChange(parsed ? isoTime(parsed) : null);
      }}
    />
  );
}

export interface DateFieldProps extends SingleFieldProps {
  /** Today in the rep's zone, for a date typed without its year. */
  today: CalendarDay;
}

/** A calendar day ("25/12/2026", "25 déc."), with the browser's date picker one click away. */
export function DateField({ lang, today, value, onChange, ...field }: DateFieldProps) {
  const day = useTyped(
    fromIsoDay(value),
    (text) => parseDateText(text, lang, today),
    (d) => formatDateText(d, lang),
  );
  return (
    <TypedField
      {...field}
      typed={day}
      kind="date"
      placeholder={datePlaceholder(lang)}
      error={day.invalid ? i18n.t('ui.dateField.invalid', [formatDateText(today, lang)]) : null}
      onText={(next) => {
        const parsed = day.change(next);
        onChange(parsed ? isoDay(parsed) : null);
      }}
      onPick={(picked) => {
        day.leave(picked);
        onChange(isoDay(picked));
      }}
    />
  );
}
