// The name of a stage or a cadence in each language Relance speaks: one labelled field per language.
import { i18n } from '#i18n';
import type { LocalizedText } from '../../lib/model';

export function NameFields({
  value,
  onChange,
}: {
  value: LocalizedText;
  onChange: (name: LocalizedText) => void;
}) {
  return (
    <>
      <label>
        {i18n.t('options.nameEn')}
        <input
          type="text"
          required
          value={value.en}
          onChange={(e) => onChange({ ...value, en: e.target.value })}
        />
      </label>
      <label>
        {i18n.t('options.nameFr')}
        <input
          type="text"
          required
          value={value.fr}
          onChange={(e) => onChange({ ...value, fr: e.target.value })}
        />
      </label>
    </>
  );
}
