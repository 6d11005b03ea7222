// The time zone as a searchable select: every zone the browser knows, found by city, zone name or
// offset in the rep's language (lib/intl/time-zones.ts). For the welcome page now, the options
// page's settings next.
import { type ReactNode, useMemo } from 'react';
import { i18n } from '#i18n';
import {
  filterTimeZones,
  type TimeZoneOption,
  timeZoneIds,
  timeZoneLabel,
  timeZoneOptions,
} from '../../lib/intl/time-zones';
import type { EpochMs, Lang } from '../../lib/model';
import { Combobox, type ComboboxOption } from './Combobox';

type ZoneOption = ComboboxOption & { zone: TimeZoneOption };

export interface TimeZoneComboboxProps {
  label: string;
  lang: Lang;
  /** The offsets shown are those at this instant. */
  now: EpochMs;
  /** An IANA id. */
  value: string;
  onChange: (zone: string) => void;
  hint?: ReactNode;
  testId?: string;
}

const filterZones = (options: readonly ZoneOption[], query: string): ZoneOption[] => {
  const byId = new Map(options.map((o) => [o.id, o]));
  return filterTimeZones(
    options.map((o) => o.zone),
    query,
  ).flatMap((zone) => byId.get(zone.id) ?? []);
};

export function TimeZoneCombobox({ label, lang, now, value, onChange, hint, testId }: TimeZoneComboboxProps) {
  // The hour is enough for the offsets; recomputing on every render of `now` would cost ~400 formats.
  const hour = Math.floor(now / 3_600_000) * 3_600_000;
  const options = useMemo<ZoneOption[]>(
    () =>
      timeZoneOptions(timeZoneIds([value]), lang, hour).map((zone) => ({
        id: zone.id,
        label: timeZoneLabel(zone),
        detail: zone.region ? `${zone.region} · ${zone.id}` : zone.id,
        zone,
      })),
    [lang, hour, value],
  );
  return (
    <Combobox
      label={label}
      options={options}
      value={value}
      onChange={onChange}
      filter={filterZones}
      noMatch={(query) => i18n.t('ui.timeZone.noMatch', [query])}
      placeholder={i18n.t('ui.timeZone.placeholder')}
      hint={hint}
      testId={testId}
    />
  );
}
