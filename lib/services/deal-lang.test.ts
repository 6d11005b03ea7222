import { describe, expect, it } from 'vitest';
import { guessDealLang } from './deal-lang';

describe('guessDealLang', () => {
  it('reads French or English from the thread, else the rep’s language', () => {
    expect(
      guessDealLang(['Bonjour, merci pour votre message. Je vous rappelle la semaine prochaine.'], 'en'),
    ).toBe('fr');
    expect(guessDealLang(['Hi, thanks for your message. I will call you next week.'], 'fr')).toBe('en');
    expect(guessDealLang(['12345'], 'fr-FR')).toBe('fr');
    expect(guessDealLang([''], 'en-US')).toBe('en');
  });
});
