// The two catalogs must say the same things: same keys, same substitutions, names Chrome accepts.
import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

// Chrome's predefined @@ messages come with every parse; only ours are checked.
const load = async (lang: string) =>
  (await parseMessagesFile(`locales/${lang}.yml`)).filter((m) => !m.key[0]?.startsWith('@@'));
const keyOf = (m: ParsedMessage) => m.key.join('_');

describe('locales', async () => {
  const en = await load('en');
  const fr = await load('fr');

  it('has the same keys in English and French', () => {
    expect(fr.map(keyOf).sort()).toEqual(en.map(keyOf).sort());
  });

  it('uses only message names Chrome accepts ([A-Za-z0-9_])', () => {
    for (const m of [...en, ...fr]) expect(keyOf(m)).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('has the same substitutions in both languages', () => {
    const subs = new Map(en.map((m) => [keyOf(m), m.substitutions]));
    for (const m of fr) expect([keyOf(m), m.substitutions]).toEqual([keyOf(m), subs.get(keyOf(m))]);
  });

  it('leaves no message empty', () => {
    for (const m of [...en, ...fr]) if (m.type === 'simple') expect(m.message.trim()).not.toBe('');
  });
});
