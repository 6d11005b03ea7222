// Out-of-office and other automatic replies, in English, French, German and Spanish: they pause the
// cadence until the prospect is back, and are never taken for an answer.

/** Subjects automatic replies start with ("Automatic reply: Re: …", "Réponse automatique : …"). */
const SUBJECT = [
  /^\s*(automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|out of (the )?office|ooo)\b/i,
  /^\s*(réponse automatique|reponse automatique|absence|absent|message d[’']absence)\b/i,
  /^\s*(automatische antwort|abwesenheit|abwesenheitsnotiz|abwesend|automatische rückantwort)\b/i,
  /^\s*(respuesta automática|respuesta automatica|fuera de la oficina|ausente|ausencia)\b/i,
];

/** What an out-of-office says in its first lines. */
const BODY = [
  // English
  /\bout of (the )?office\b/i,
  /\bI(?:[’']m| am) (?:currently )?(?:away|on (?:annual |parental |sick )?leave|on vacation|on holiday|travell?ing|out)\b/i,
  /\bI will be (?:away|out|on leave|on vacation|on holiday|back)\b/i,
  /\bwith (?:limited|no) access to (?:my )?e-?mail\b/i,
  /\bthis is an automatic (?:reply|response)\b/i,
  // French
  /\bje suis (?:actuellement )?(?:absente?|en (?:congés?|vacances|déplacement|arrêt))\b/i,
  /\bje serai (?:absente?|de retour|en congés?)\b/i,
  /\bmessage d[’']absence\b/i,
  /\b(?:réponse|message) automatique\b/i,
  // German
  /\bich bin (?:bis|vom|ab|derzeit|zurzeit|momentan)?\b.{0,60}\b(?:nicht im büro|abwesend|im urlaub|außer haus)\b/i,
  /\b(?:nicht im büro|abwesenheitsnotiz|automatische antwort)\b/i,
  // Spanish
  /\bestoy (?:actualmente )?(?:fuera de la oficina|de vacaciones|ausente|de viaje)\b/i,
  /\bestaré (?:fuera|ausente|de vacaciones)\b/i,
  /\b(?:fuera de la oficina|respuesta automática)\b/i,
];

export type AutoReplyLanguage = 'en' | 'fr' | 'de' | 'es';

const LANGUAGE_HINTS: [AutoReplyLanguage, RegExp][] = [
  [
    'fr',
    /\b(je|suis|serai|jusqu|retour|congés?|absente?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/i,
  ],
  ['de', /\b(ich|bin|bis|zum|wieder|büro|urlaub|januar|februar|märz|mai|juni|juli|oktober|dezember)\b/i],
  [
    'es',
    /\b(estoy|estaré|hasta|regreso|vacaciones|oficina|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/i,
  ],
];

/** Whether a message is an automatic reply, from its subject (when known) and its text's start. */
export function isAutoReply(subject: string, text: string): boolean {
  return SUBJECT.some((re) => re.test(subject)) || BODY.some((re) => re.test(text));
}

/** The language an automatic reply is written in, for reading its dates; English by default. */
export function autoReplyLanguage(text: string): AutoReplyLanguage {
  let best: AutoReplyLanguage = 'en';
  let bestCount = 0;
  for (const [lang, re] of LANGUAGE_HINTS) {
    const count = text.match(new RegExp(re.source, 'gi'))?.length ?? 0;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}
