// The rep's week (working days and hours, time zone), days off and vacations (with "shift my
// follow-ups"), the rep (signature, addresses, language), and how follow-ups behave — each group
// with one line saying what it changes. One Save for the page; nothing is written before it.

import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { resolveTimeZone } from '../../lib/cadence';
import { instantToDayTime } from '../../lib/intl/date-time-text';
import { detectedTimeZone } from '../../lib/intl/time-zones';
import type { DateRange, Settings } from '../../lib/model';
import { saveSettings, shiftVacation } from '../../lib/services/settings';
import { DateField, TimeField } from '../ui/DateTimeField';
import { TimeZoneCombobox } from '../ui/TimeZoneCombobox';
import { useLiveQuery } from '../use-live-query';
import { StatusLine } from './StatusLine';
import { db, uiLang, useSettings, useWrite } from './use-options';

const DAYS = [1, 2, 3, 4, 5, 6, 0] as const;

function dayName(day: number): string {
  switch (day) {
    case 0:
      return i18n.t('options.day.d0');
    case 1:
      return i18n.t('options.day.d1');
    case 2:
      return i18n.t('options.day.d2');
    case 3:
      return i18n.t('options.day.d3');
    case 4:
      return i18n.t('options.day.d4');
    case 5:
      return i18n.t('options.day.d5');
    default:
      return i18n.t('options.day.d6');
  }
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** A titled group of settings with its one line of explanation. */
export function Group({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  children: ReactNode;
}) {
  return (
    <section className="op-group" aria-labelledby={`${id}-title`} data-testid={`group-${id}`}>
      <div className="op-group__head">
        <h2 id={`${id}-title`}>{title}</h2>
        <p>{hint}</p>
      </div>
      {children}
    </section>
  );
}

export function SettingsSection() {
  const settings = useSettings();
  // Kept here: the form re-mounts after a save, and "Saved." must outlive it.
  const saving = useWrite();
  const shifting = useWrite();
  if (!settings) return <p>{i18n.t('options.loading')}</p>;
  // Re-mounts with fresh values after an import or another window's save.
  return <SettingsForm key={settings.updatedAt} settings={settings} saving={saving} shifting={shifting} />;
}

interface FormProps {
  settings: Settings;
  saving: ReturnType<typeof useWrite>;
  shifting: ReturnType<typeof useWrite>;
}

/** A day list edited row by row: a key per row, so typing in one never remounts another. */
interface Keyed<T> {
  key: number;
  value: T;
}
let nextKey = 0;
const keyed = <T,>(value: T): Keyed<T> => ({ key: nextKey++, value });

function SettingsForm({ settings, saving, shifting }: FormProps) {
  const cadences = useLiveQuery(() => db.cadences.toArray(), []);
  const [now] = useState(() => Date.now());
  const [draft, setDraft] = useState(settings);
  const [holidays, setHolidays] = useState(() => settings.holidays.map(keyed));
  const [vacations, setVacations] = useState(() => settings.vacations.map(keyed));
  const [addresses, setAddresses] = useState(settings.ownAddresses.join('\n'));
  /** Fields whose text means nothing yet: Save waits for them. */
  const [unreadable, setUnreadable] = useState<ReadonlySet<string>>(new Set());
  const [status, write] = saving;
  const [shiftStatus, shiftWrite] = shifting;
  const lang = uiLang(settings);
  const browserZone = useMemo(() => detectedTimeZone(), []);
  const zone = resolveTimeZone(draft);
  const today = instantToDayTime(now, zone).day;
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const readable = (field: string, ok: boolean) =>
    setUnreadable((u) => {
      const next = new Set(u);
      if (ok) next.delete(field);
      else next.add(field);
      return next;
    });
  const setVacation = (key: number, patch: Partial<DateRange>) =>
    setVacations((all) => all.map((v) => (v.key === key ? { key, value: { ...v.value, ...patch } } : v)));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (unreadable.size > 0) return;
    const { id: _id, updatedAt: _updatedAt, ...patch } = draft;
    await write((db, now) =>
      saveSettings(
        db,
        {
          ...patch,
          holidays: [...new Set(holidays.map((h) => h.value).filter((d) => d !== ''))].sort(),
          vacations: vacations.map((v) => v.value).filter((v) => v.from !== '' || v.to !== ''),
          ownAddresses: lines(addresses),
        },
        now,
      ),
    );
  }

  /** Moves the pending follow-ups that fall in this vacation after it, in the working time shown. */
  async function shift(vacation: DateRange) {
    await shiftWrite(
      (db, now) => shiftVacation(db, { vacation, workingTime: draft }, now),
      ({ moved }) => i18n.t('options.settings.shifted', [String(moved)]),
    );
  }

  return (
    <form onSubmit={onSubmit} data-testid="settings-form">
      <Group id="week" title={i18n.t('options.groups.week')} hint={i18n.t('options.groups.weekHint')}>
        <fieldset className="op-days">
          <legend>{i18n.t('options.settings.workingDays')}</legend>
          {DAYS.map((day) => (
            <label key={day} className="op-day">
              <input
                type="checkbox"
                checked={draft.workingDays.includes(day)}
                onChange={(e) =>
                  set(
                    'workingDays',
                    e.target.checked
                      ? [...draft.workingDays, day]
                      : draft.workingDays.filter((d) => d !== day),
                  )
                }
              />
              <span>{dayName(day)}</span>
            </label>
          ))}
        </fieldset>
        <div className="op-grid">
          <TimeField
            label={i18n.t('options.settings.followUpTime')}
            lang={lang}
            name="followUpTime"
            value={draft.followUpTime}
            onChange={(t) => {
              readable('followUpTime', t !== null);
              if (t !== null) set('followUpTime', t);
            }}
          />
          <TimeField
            label={i18n.t('options.settings.dayEndTime')}
            lang={lang}
            name="dayEndTime"
            value={draft.dayEndTime}
            onChange={(t) => {
              readable('dayEndTime', t !== null);
              if (t !== null) set('dayEndTime', t);
            }}
          />
        </div>
        <div className="op-grid">
          <TimeZoneCombobox
            label={i18n.t('options.settings.timeZone')}
            lang={lang}
            now={now}
            value={zone}
            onChange={(z) => set('timeZone', z === browserZone ? '' : z)}
            testId="time-zone"
            hint={
              draft.timeZone === '' || draft.timeZone === browserZone
                ? i18n.t('options.settings.timeZoneBrowser')
                : i18n.t('options.settings.timeZoneHint', [browserZone])
            }
          />
        </div>
      </Group>

      <Group id="off" title={i18n.t('options.groups.off')} hint={i18n.t('options.groups.offHint')}>
        <div className="stack">
          <h3 className="op-subtitle">{i18n.t('options.settings.holidays')}</h3>
          {holidays.length === 0 ? (
            <p className="op-empty" data-testid="holidays-empty">
              {i18n.t('options.settings.holidaysEmpty')}
            </p>
          ) : (
            <ul className="op-dates" data-testid="holidays">
              {holidays.map((h, i) => (
                <li key={h.key}>
                  <DateField
                    label={i18n.t('options.settings.holiday', [String(i + 1)])}
                    lang={lang}
                    today={today}
                    value={h.value}
                    onChange={(day) => {
                      readable(`holiday-${h.key}`, day !== null);
                      if (day !== null)
                        setHolidays((all) => all.map((x) => (x.key === h.key ? { ...x, value: day } : x)));
                    }}
                  />
                  <button
                    type="button"
                    className="quiet"
                    onClick={() => {
                      readable(`holiday-${h.key}`, true);
                      setHolidays((all) => all.filter((x) => x.key !== h.key));
                    }}
                  >
                    {i18n.t('options.settings.removeHoliday')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="actions">
            <button
              type="button"
              onClick={() => setHolidays((all) => [...all, keyed('')])}
              data-testid="add-holiday"
            >
              {i18n.t('options.settings.addHoliday')}
            </button>
          </div>
        </div>
        <div className="stack">
          <h3 className="op-subtitle">{i18n.t('options.settings.vacations')}</h3>
          {vacations.length === 0 ? (
            <p className="op-empty">{i18n.t('options.settings.vacationsEmpty')}</p>
          ) : (
            <ul className="op-dates">
              {vacations.map(({ key, value: v }) => (
                <li key={key}>
                  <DateField
                    label={i18n.t('options.settings.vacationFrom')}
                    lang={lang}
                    today={today}
                    value={v.from}
                    onChange={(day) => {
                      readable(`from-${key}`, day !== null);
                      if (day !== null) setVacation(key, { from: day });
                    }}
                  />
                  <DateField
                    label={i18n.t('options.settings.vacationTo')}
                    lang={lang}
                    today={today}
                    value={v.to}
                    onChange={(day) => {
                      readable(`to-${key}`, day !== null);
                      if (day !== null) setVacation(key, { to: day });
                    }}
                  />
                  <button type="button" onClick={() => void shift(v)} disabled={!v.from || !v.to}>
                    {i18n.t('options.settings.shift')}
                  </button>
                  <button
                    type="button"
                    className="quiet"
                    onClick={() => setVacations((all) => all.filter((x) => x.key !== key))}
                  >
                    {i18n.t('options.settings.removeVacation')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="actions">
            <button
              type="button"
              onClick={() => setVacations((all) => [...all, keyed({ from: '', to: '' })])}
            >
              {i18n.t('options.settings.addVacation')}
            </button>
            <StatusLine status={shiftStatus} />
          </div>
        </div>
      </Group>

      <Group id="you" title={i18n.t('options.groups.you')} hint={i18n.t('options.groups.youHint')}>
        <div className="op-grid">
          <label>
            {i18n.t('options.settings.senderName')}
            <input
              type="text"
              name="senderName"
              value={draft.senderName}
              onChange={(e) => set('senderName', e.target.value)}
            />
          </label>
          <label>
            {i18n.t('options.settings.language')}
            <select
              value={draft.language}
              onChange={(e) => set('language', e.target.value as Settings['language'])}
            >
              <option value="browser">{i18n.t('options.settings.languageBrowser')}</option>
              <option value="en">{i18n.t('options.settings.languageEn')}</option>
              <option value="fr">{i18n.t('options.settings.languageFr')}</option>
            </select>
          </label>
        </div>
        <label className="check">
          <input
            type="checkbox"
            name="webmailAddsSignature"
            checked={draft.webmailAddsSignature}
            onChange={(e) => set('webmailAddsSignature', e.target.checked)}
          />
          {i18n.t('options.settings.webmailAddsSignature')}
        </label>
        <label>
          {i18n.t('options.settings.ownAddresses')}
          <textarea rows={3} value={addresses} onChange={(e) => setAddresses(e.target.value)} />
          <small>{i18n.t('options.settings.ownAddressesHint')}</small>
        </label>
      </Group>

      <Group
        id="follow-ups"
        title={i18n.t('options.groups.followUps')}
        hint={i18n.t('options.groups.followUpsHint')}
      >
        <div className="op-grid">
          <label>
            {i18n.t('options.settings.defaultCadence')}
            <select value={draft.defaultCadenceId} onChange={(e) => set('defaultCadenceId', e.target.value)}>
              {(cadences ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name[lang]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {i18n.t('options.settings.breakupWaitDays')}
            <input
              type="number"
              min={0}
              step={1}
              value={draft.breakupWaitDays}
              onChange={(e) => set('breakupWaitDays', Number(e.target.value))}
            />
          </label>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.notifications}
            onChange={(e) => set('notifications', e.target.checked)}
          />
          {i18n.t('options.settings.notifications')}
        </label>
      </Group>

      <div className="op-savebar">
        <button type="submit" className="primary" data-testid="settings-save" disabled={unreadable.size > 0}>
          {i18n.t('options.save')}
        </button>
        <StatusLine status={status} testId="settings-status" />
        {unreadable.size > 0 && <p className="muted">{i18n.t('options.settings.fixFirst')}</p>}
      </div>
    </form>
  );
}
