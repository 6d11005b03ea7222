// "Not interested", "remove me", "do not contact me again": the prospect asks the rep to stop.
// Precision first: only an unqualified refusal counts. A refusal with a way forward in the same
// message ("not interested in the basic plan, but the pro one sounds good", "not right now, maybe
// next quarter", a question) is an answer the rep reads and answers.
import { ownText, phrases } from './language';

/** Why the prospect asked to stop: the lead turns it into the "lost" reason to confirm. */
export const OPT_OUT_REASONS = ['not-interested', 'unsubscribe', 'do-not-contact'] as const;
export type OptOutReason = (typeof OPT_OUT_REASONS)[number];

export interface OptOutSign {
  reason: OptOutReason;
  /** The phrase matched, as written (nothing else of the mail). */
  cue: string;
}

const SIGNS: readonly [OptOutReason, RegExp][] = [
  [
    'do-not-contact',
    phrases([
      // en
      'stop (?:e-?mailing|contacting|writing to|sending (?:me|us)(?: e-?mails)?|calling|messaging) (?:me|us)?',
      "(?:do not|don't|never|please don't) (?:contact|e-?mail|call|write to) (?:me|us)(?: again| anymore| any more)?",
      'leave (?:me|us) alone',
      'no (?:more|further) (?:e-?mails|messages|follow[- ]ups)',
      // fr
      'ne (?:plus|pas) (?:me|nous) (?:contacter|écrire|relancer|solliciter|appeler)',
      'ne (?:me|nous) (?:contactez|écrivez|relancez|sollicitez|appelez) plus',
      '(?:cessez|arrêtez) de (?:me|nous) (?:contacter|écrire|relancer|solliciter)',
      // de
      'nicht mehr (?:kontaktieren|anschreiben|anrufen|kontaktiert werden)',
      '(?:kontaktieren|schreiben|mailen) sie (?:mich|mir|uns) (?:bitte )?nicht mehr',
      'keine (?:weiteren )?(?:e-?mails|nachrichten|anrufe) mehr',
      // es
      'no (?:me|nos) (?:contacte|contacten|escriba|escriban|llamen?|envíen?) más',
      'dej(?:e|en|a) de (?:escribirme|contactarme|enviarme|escribirnos|contactarnos|llamarme)',
      'no (?:vuelva|vuelvan) a (?:contactarme|escribirme|contactarnos|escribirnos)',
      // it, pt, nl
      'non (?:mi|ci) (?:contatti|contattate|scriva|scrivete) più',
      'não (?:me|nos) (?:contate|contatem|contacte|contactem|escreva|escrevam) mais',
      'neem geen contact meer (?:met mij |met ons )?op',
    ]),
  ],
  [
    'unsubscribe',
    phrases([
      // en: a request, never a newsletter footer's "click here to unsubscribe"
      '^\\W*unsubscribe(?: me| us)?\\W*$',
      '(?:please )?unsubscribe (?:me|us)',
      '(?:want|like|wish|need) to unsubscribe',
      '(?:please )?(?:remove|delete|take) (?:me|us|my (?:e-?mail|address|name|details)) (?:from|off)',
      'opt (?:me |us )?out',
      // fr
      '(?:me|nous) (?:désinscrire|désabonner|retirer de)',
      '(?:désinscrivez|désabonnez|retirez|supprimez)-(?:moi|nous)',
      // de
      '(?:mich|uns) (?:bitte )?(?:aus (?:ihrem|dem|ihrer|der) (?:verteiler|liste|mailingliste|newsletter|datenbank) )?(?:abmelden|austragen|entfernen|streichen|löschen)',
      '(?:nehmen|tragen|streichen|löschen|entfernen) sie (?:mich|uns) (?:bitte )?(?:aus|von)',
      'melden sie (?:mich|uns) (?:bitte )?ab',
      // es
      '(?:darme|darnos|denme|deme) de baja',
      '(?:elimíneme|elimínenme|elimínenos|bórreme|bórrenme|sáquenme|quítenme)',
      '(?:eliminarme|borrarme|sacarme|quitarme) de (?:su|la|vuestra) (?:lista|base de datos)',
      // it, pt, nl
      '(?:cancellarmi|rimuovermi|disiscrivermi)',
      '(?:me descadastrar|descadastrar-me|me remover|remover-me)',
      '(?:uitschrijven|afmelden|verwijder (?:mij|me|ons))',
    ]),
  ],
  [
    'not-interested',
    phrases([
      // en
      '(?:not|no longer|not really) interested',
      '(?:have|has) no (?:interest|need)',
      // fr
      '(?:pas|plus) (?:du tout )?intéressée?s?',
      "ne (?:m'|nous )intéresse (?:pas|plus)",
      "(?:ça|cela) ne (?:m'|nous )intéresse",
      'aucun intérêt',
      // de
      'kein(?:erlei)? (?:interesse|bedarf)',
      'nicht (?:mehr )?interessiert',
      // es
      '(?:ya )?no (?:me|nos) interesa',
      'no (?:estoy|estamos) interesad[oa]s?',
      'no (?:tengo|tenemos) interés',
      // it, pt, nl
      'non (?:sono|siamo) interessat[oaie]',
      'non (?:mi|ci) interessa',
      'não (?:tenho|temos) interesse',
      'não (?:estou|estamos) interessad[oa]s?',
      'não (?:me|nos) interessa',
      'geen interesse',
      'niet geïnteresseerd',
    ]),
  ],
];

// A way forward in the same message: then it is an answer, not a refusal.
const CONTRAST = phrases([
  'but',
  'however',
  'though',
  'although',
  'instead',
  'mais',
  'cependant',
  'par contre',
  'en revanche',
  'aber',
  'jedoch',
  'sondern',
  'allerdings',
  'pero',
  'sin embargo',
  'sino',
  'en cambio',
  'però',
  'invece',
  'porém',
  'maar',
]);
const LATER = phrases([
  'maybe',
  'perhaps',
  'later',
  'next (?:year|quarter|month|spring|summer|autumn|fall|winter)',
  'in (?:a few|some|a couple of|two|three|six) (?:weeks|months)',
  'peut-être',
  'plus tard',
  "l'(?:année|an) prochaine?",
  'le (?:trimestre|mois) prochain',
  'dans (?:quelques|deux|trois|six) mois',
  'vielleicht',
  'später',
  'nächstes jahr',
  'nächsten (?:monat|quartal)',
  'quizás?',
  'tal vez',
  'más adelante',
  'el (?:año|trimestre|mes) que viene',
  'el próximo (?:año|trimestre|mes)',
  'forse',
  'più avanti',
  'talvez',
  'mais tarde',
  'misschien',
  'volgend jaar',
]);
/** "If you're not interested, …" — the rep's own words, or a condition: no refusal. */
const CONDITION = phrases(['if', 'si', 'wenn', 'falls', 'whether', 'ob']);
const QUESTION = /[?¿]/;

/**
 * The refusal in `text` (the start of a message), when it is a plain one; null otherwise. A
 * question, a contrast ("but…") or a "later" keeps a "not interested" an answer; a contrast keeps
 * any of them an answer.
 */
export function optOutSign(text: string): OptOutSign | null {
  const own = ownText(text);
  if (!own) return null;
  for (const [reason, re] of SIGNS) {
    const m = re.exec(own);
    if (!m) continue;
    const clauseStart = Math.max(
      own.lastIndexOf('.', m.index),
      own.lastIndexOf('!', m.index),
      own.lastIndexOf(';', m.index),
    );
    const before = own.slice(clauseStart + 1, m.index);
    if (CONDITION.test(before)) continue;
    if (CONTRAST.test(own.slice(m.index + m[0].length))) return null;
    if (reason === 'not-interested' && (QUESTION.test(own) || LATER.test(own))) return null;
    return { reason, cue: m[0].trim() };
  }
  return null;
}
