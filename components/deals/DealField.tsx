// One home for a deal's own fields — the contact, the company, the offer, the value — as the deal
// drawer edits them and "New deal" fills them in: each one's label, input type and limit.
import type { ReactNode } from 'react';
import { i18n } from '#i18n';
import { LIMITS } from '../../lib/model/limits';

interface FieldSpec {
  label: () => string;
  type?: 'email' | 'tel';
  inputMode?: 'decimal';
  maxLength?: number;
  /** Spans both columns of the form's grid. */
  wide?: boolean;
  /** Typed in capitals (a currency code). */
  upper?: boolean;
}

const FIELDS = {
  name: { label: () => i18n.t('deals.name'), maxLength: LIMITS.name },
  email: { label: () => i18n.t('deals.email'), type: 'email', maxLength: LIMITS.email },
  phone: { label: () => i18n.t('deals.phone'), type: 'tel', maxLength: LIMITS.phone },
  company: { label: () => i18n.t('deals.company'), maxLength: LIMITS.name },
  offer: { label: () => i18n.t('deals.offer'), maxLength: LIMITS.offer, wide: true },
  amount: { label: () => i18n.t('deals.value'), inputMode: 'decimal' },
  currency: { label: () => i18n.t('deals.currency'), maxLength: 3, upper: true },
} satisfies Record<string, FieldSpec>;

export type DealFieldName = keyof typeof FIELDS;

export interface DealFieldProps {
  field: DealFieldName;
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
  /** A button beside the input (the company's "Confirm"); null keeps its place empty. */
  action?: ReactNode;
  /** A line under the input. */
  hint?: ReactNode;
}

export function DealField({ field, value, onChange, autoFocus, action, hint }: DealFieldProps) {
  const spec: FieldSpec = FIELDS[field];
  const input = (
    <input
      name={field}
      type={spec.type}
      inputMode={spec.inputMode}
      // biome-ignore lint/a11y/noAutofocus: only "New deal" asks for it, a dialog opened to be filled in.
      autoFocus={autoFocus}
      value={value}
      maxLength={spec.maxLength}
      onChange={(e) => onChange(spec.upper ? e.currentTarget.value.toUpperCase() : e.currentTarget.value)}
    />
  );
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the input is inside it (`input` above).
    <label className={spec.wide ? 'span-2' : undefined}>
      {spec.label()}
      {action === undefined ? (
        input
      ) : (
        <span className="with-action">
          {input}
          {action}
        </span>
      )}
      {hint}
    </label>
  );
}
