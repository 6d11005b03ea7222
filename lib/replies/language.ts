// The language a prospect's message is written in, guessed from its common words, and the text
// helpers every reader of a message shares (one spelling of apostrophes and spaces, word
// boundaries that know accented letters, the quoted history cut off).

/** The languages automatic replies and answers are read in. */
export const REPLY_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

// Words that are frequent in short business mail and rare in the other six languages ("de", "a",
// "la" are shared, so they are left out).
const HINTS: Record<ReplyLanguage, readonly string[]> = {
  en: [
    'the',
    'and',
    'i',
    'am',
    'you',
    'your',
    'will',
    'be',
    'until',
    'back',
    'with',
    'office',
    'thank',
    'thanks',
    'please',
    'email',
    'leave',
    'from',
    'to',
    'on',
    'is',
    'my',
    'return',
  ],
  fr: [
    'je',
    'suis',
    'serai',
    'vous',
    'votre',
    'vos',
    'les',
    'et',
    'jusqu',
    'au',
    'du',
    'retour',
    'absent',
    'absente',
    'merci',
    'mon',
    'congés',
    'congé',
    'bureau',
    'pour',
    'mes',
    'avec',
    'pas',
    'est',
  ],
  de: [
    'ich',
    'bin',
    'sie',
    'ihre',
    'ihr',
    'und',
    'der',
    'die',
    'das',
    'bis',
    'zum',
    'wieder',
    'büro',
    'nicht',
    'urlaub',
    'vielen',
    'dank',
    'nachricht',
    'im',
    'ab',
    'mit',
    'mich',
    'bitte',
  ],
  es: [
    'estoy',
    'estaré',
    'hasta',
    'el',
    'los',
    'su',
    'mensaje',
    'gracias',
    'oficina',
    'vacaciones',
    'regreso',
    'fuera',
    'y',
    'con',
    'por',
    'mi',
    'correo',
    'que',
    'del',
    'me',
  ],
  it: [
    'sono',
    'sarò',
    'fino',
    'al',
    'il',
    'grazie',
    'messaggio',
    'ufficio',
    'ferie',
    'rientro',
    'di',
    'e',
    'per',
    'non',
    'mio',
    'lunedì',
    'della',
  ],
  pt: [
    'estou',
    'estarei',
    'até',
    'obrigado',
    'obrigada',
    'mensagem',
    'escritório',
    'férias',
    'com',
    'o',
    'não',
    'retorno',
    'em',
    'meu',
    'para',
    'voltarei',
  ],
  nl: [
    'ik',
    'ben',
    'tot',
    'met',
    'het',
    'een',
    'en',
    'afwezig',
    'kantoor',
    'vakantie',
    'bedankt',
    'uw',
    'bericht',
    'terug',
    'niet',
    'op',
    'van',
    'mijn',
  ],
};

const HINT_SETS = Object.fromEntries(REPLY_LANGUAGES.map((lang) => [lang, new Set(HINTS[lang])])) as Record<
  ReplyLanguage,
  Set<string>
>;

/**
 * The language `text` is most likely written in, by counting its common words; `fallback` (English
 * unless the caller knows better, e.g. the deal's language) when no word tells.
 */
export function detectLanguage(text: string, fallback: ReplyLanguage = 'en'): ReplyLanguage {
  const words =
    normalizeText(text)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  let best = fallback;
  let bestCount = 0;
  for (const lang of REPLY_LANGUAGES) {
    const hints = HINT_SETS[lang];
    const count = words.filter((w) => hints.has(w)).length;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}

/** One apostrophe, plain spaces (French puts narrow no-break spaces before colons), trimmed. */
export function normalizeText(text: string): string {
  return text
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[\u00a0\u202f\u2007\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const L = '\\p{L}\\p{N}';
/**
 * A case-insensitive pattern of alternatives (regex source), bounded by letters rather than `\b`
 * (which does not know "é"), on the normalized text. `flags` adds to `iu`.
 */
export function phrases(alternatives: readonly string[], flags = ''): RegExp {
  return new RegExp(`(?<![${L}])(?:${alternatives.join('|')})(?![${L}])`, `iu${flags}`);
}

// Where the quoted history starts in a reply ("On Fri, Nov 20, 2026 at 2:31 PM, Jordan Lee <…>
// wrote:", Outlook's "From: … Sent: …" header block, "-----Original Message-----"): what follows
// is the rep's own earlier mail, not what the prospect wrote.
const QUOTE_STARTS: readonly RegExp[] = [
  /(?<![\p{L}])On [^?!]{4,160}? wrote ?:/iu,
  /(?<![\p{L}])Le [^?!]{4,160}? a écrit ?:/iu,
  /(?<![\p{L}])Am [^?!]{4,160}? schrieb [^:]{0,120}:/iu,
  /(?<![\p{L}])El [^?!]{4,160}? escribió ?:/iu,
  /(?<![\p{L}])Il giorno [^?!]{4,160}? ha scritto ?:/iu,
  /(?<![\p{L}])Em [^?!]{4,160}? escreveu ?:/iu,
  /(?<![\p{L}])Op [^?!]{4,160}? schreef [^:]{0,120}:/iu,
  /-{2,} ?(?:Original Message|Message d'origine|Ursprüngliche Nachricht|Mensaje original|Messaggio originale|Mensagem original|Oorspronkelijk bericht) ?-*/iu,
  /(?<![\p{L}])(?:From|De|Von|Da|Van) ?: [^:]{1,200}? (?:Sent|Envoyé|Gesendet|Enviado|Inviato|Verzonden) ?:/iu,
];

/** The prospect's own words: the normalized text before any quoted history. */
export function ownText(text: string): string {
  const normalized = normalizeText(text);
  let end = normalized.length;
  for (const re of QUOTE_STARTS) {
    const m = re.exec(normalized);
    if (m && m.index < end) end = m.index;
  }
  return normalized.slice(0, end).trim();
}
