// Working days and hours, time zone, days off and vacations (with "shift my follow-ups"), the rep's
// addresses and signature, language, notifications, the wait after a breakup, the default cadence.
import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useState } from 'react';
import { i18n } from '#i18n';
import { resolveTimeZone } from '../../lib/cadence';
import type { DateRange, Settings } from '../../lib/model';
import { saveSettings, shiftVacation } from '../../lib/services/settings';
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

function SettingsForm({ settings, saving, shifting }: FormProps) {
  const cadences = useLiveQuery(() => db.cadences.toArray(), []);
  const [draft, setDraft] = useState(settings);
  const [holidays, setHolidays] = useState(settings.holidays.join('\n'));
  const [addresses, setAddresses] = useState(settings.ownAddresses.join('\n'));
  const [status, write] = saving;
  const [shiftStatus, shiftWrite] = shifting;
  const lang = uiLang(settings);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setVacation = (i: number, patch: Partial<DateRange>) =>
    set(
      'vacations',
      draft.vacations.map((v, j) => (j === i ? { ...v, ...patch } : v)),
    );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { id: _id, updatedAt: _updatedAt, ...patch } = draft;
    await write((db, now) =>
      saveSettings(db, { ...patch, holidays: lines(holidays), ownAddresses: lines(addresses) }, now),
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
    <form className="form" onSubmit={onSubmit} data-testid="settings-form">
      <fieldset>
        <legend>{i18n.t('options.settings.workingDays')}</legend>
        <div className="row">
          {DAYS.map((day) => (
            <label key={day} className="check">
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
              {dayName(day)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="row">
        <label>
          {i18n.t('options.settings.followUpTime')}
          <input
            type="time"
            name="followUpTime"
            required
            value={draft.followUpTime}
            onChange={(e) => set('followUpTime', e.target.value)}
          />
        </label>
        <label>
          {i18n.t('options.settings.dayEndTime')}
          <input
            type="time"
            required
            value={draft.dayEndTime}
            onChange={(e) => set('dayEndTime', e.target.value)}
          />
        </label>
        <label>
          {i18n.t('options.settings.timeZone')}
          <input
            type="text"
            value={draft.timeZone}
            placeholder={resolveTimeZone({ ...draft, timeZone: '' })}
            onChange={(e) => set('timeZone', e.target.value.trim())}
          />
          <small>
            {i18n.t('options.settings.timeZoneHint', [resolveTimeZone({ ...draft, timeZone: '' })])}
          </small>
        </label>
      </div>
      <label>
        {i18n.t('options.settings.holidays')}
        <textarea rows={3} value={holidays} onChange={(e) => setHolidays(e.target.value)} />
        <small>{i18n.t('options.settings.holidaysHint')}</small>
      </label>
      <fieldset>
        <legend>{i18n.t('options.settings.vacations')}</legend>
        {draft.vacations.map((v, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a vacation has no id; a key from its dates would remount the inputs while typing
          <div className="row" key={i}>
            <label>
              {i18n.t('options.settings.vacationFrom')}
              <input type="date" value={v.from} onChange={(e) => setVacation(i, { from: e.target.value })} />
            </label>
            <label>
              {i18n.t('options.settings.vacationTo')}
              <input type="date" value={v.to} onChange={(e) => setVacation(i, { to: e.target.value })} />
            </label>
            <button type="button" onClick={() => void shift(v)} disabled={!v.from || !v.to}>
              {i18n.t('options.settings.shift')}
            </button>
            <button
              type="button"
              onClick={() =>
                set(
                  'vacations',
                  draft.vacations.filter((_, j) => j !== i),
                )
              }
            >
              {i18n.t('options.settings.removeVacation')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => set('vacations', [...draft.vacations, { from: '', to: '' }])}>
          {i18n.t('options.settings.addVacation')}
        </button>
        <StatusLine status={shiftStatus} />
      </fieldset>
      <label>
        {i18n.t('options.settings.ownAddresses')}
        <textarea rows={2} value={addresses} onChange={(e) => setAddresses(e.target.value)} />
        <small>{i18n.t('options.settings.ownAddressesHint')}</small>
      </label>
      <div className="row">
        <label>
          {i18n.t('options.settings.senderName')}
          <input type="text" value={draft.senderName} onChange={(e) => set('senderName', e.target.value)} />
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
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.notifications}
          onChange={(e) => set('notifications', e.target.checked)}
        />
        {i18n.t('options.settings.notifications')}
      </label>
      <div className="actions">
        <button type="submit" className="primary" data-testid="settings-save">
          {i18n.t('options.save')}
        </button>
        <StatusLine status={status} testId="settings-status" />
      </div>
    </form>
  );
}
