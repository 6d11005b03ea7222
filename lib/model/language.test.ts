import { describe, expect, it } from 'vitest';
import { resolveLanguage } from './language';

describe('resolveLanguage', () => {
  it('takes the settings’ language, else the browser’s', () => {
    expect(resolveLanguage('fr', 'en-US')).toBe('fr');
    expect(resolveLanguage('en', 'fr-FR')).toBe('en');
    expect(resolveLanguage('browser', 'fr-CA')).toBe('fr');
    expect(resolveLanguage('browser', 'FR')).toBe('fr');
    expect(resolveLanguage('browser', 'de')).toBe('en');
  });
});
