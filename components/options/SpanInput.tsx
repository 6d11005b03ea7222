// A cadence delay as one number and one unit (a Span with several units shows its largest).
import { i18n } from '#i18n';
import type { Span } from '../../lib/model';

const UNITS = ['months', 'weeks', 'days', 'hours'] as const;
type Unit = (typeof UNITS)[number];

function unitLabel(unit: Unit): string {
  switch (unit) {
    case 'months':
      return i18n.t('options.cadences.unitMonths');
    case 'weeks':
      return i18n.t('options.cadences.unitWeeks');
    case 'days':
      return i18n.t('options.cadences.unitDays');
    case 'hours':
      return i18n.t('options.cadences.unitHours');
  }
}

export function SpanInput({
  label,
  span,
  onChange,
}: {
  label: string;
  span: Span;
  onChange: (span: Span) => void;
}) {
  const unit: Unit = UNITS.find((u) => span[u]) ?? 'days';
  const amount = span[unit] ?? 0;
  return (
    <span className="row">
      <label>
        {label}
        <input
          type="number"
          min={0}
          step={1}
          value={amount}
          onChange={(e) => onChange({ [unit]: Math.max(0, Math.floor(Number(e.target.value))) })}
        />
      </label>
      <label>
        {i18n.t('options.cadences.unit')}
        <select value={unit} onChange={(e) => onChange({ [e.target.value]: amount })}>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {unitLabel(u)}
            </option>
          ))}
        </select>
      </label>
    </span>
  );
}
