// The language a new deal's emails are written in, guessed from the thread's text (its common
// words, lib/replies detectLanguage): French or English, the rep's own language when nothing tells.
import { LANGS, type Lang } from '../model';
import { detectLanguage } from '../replies/language';

export function guessDealLang(texts: readonly string[], uiLanguage: string): Lang {
  const fallback: Lang = uiLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const guessed = detectLanguage(texts.join('\n'), fallback);
  return (LANGS as readonly string[]).includes(guessed) ? (guessed as Lang) : fallback;
}
