// Out-of-office and other automatic replies, in English, French, German, Spanish, Italian,
// Portuguese and Dutch: they pause the cadence until the prospect is back, and are never taken for
// an answer — nor is an answer ever taken for one. Precision first: a message is automatic only on
// a strong sign —
//   1. the subject prefix a webmail's automatic reply puts ("Automatic reply: …", "Réponse
//      automatique : …", "Abwesenheitsnotiz", "Fuera de la oficina", "Afwezig: …");
//   2. text that says it is automatic ("this is an automatic reply", "message automatique",
//      "automatisch generiert", "respuesta automática");
//   3. an out-of-office notice: the writer says they are away now ("I am out of the office", "je
//      suis en congés", "ich bin … nicht im Büro", "estoy de vacaciones") together with what notices
//      say (an "until"/"back on", "thank you for your message", "limited access to email", "for
//      urgent matters contact …"), and nothing a person answering would write: no question, no
//      request or answer to the rep ("please send the contract", "pouvez-vous", "bitte schicken Sie
//      mir", "envíeme", "yes"), no absence already over ("I was out of the office last week"), no
//      apology for a slow reply, no refusal ("not interested").
// When unsure, it is an answer.
import { detectLanguage, ownText, phrases, type ReplyLanguage } from './language';
import { optOutSign } from './opt-out';

/** @deprecated the languages are ReplyLanguage now (lib/replies/language.ts); kept for callers. */
export type AutoReplyLanguage = ReplyLanguage;

export interface AutoReplySign {
  /** Where the sign is: the message's subject, or its text. */
  evidence: 'subject' | 'text';
  /** The sign as written (the prefix, or the phrase), and nothing else of the mail. */
  cue: string;
  /**
   * Read from a notice's wording (sign 3) that speaks of the absence in the future ("I will be
   * away", "je serai absente"): a weaker sign, which a start date after today overturns
   * (classify.ts) — an automatic reply is sent while one is away, not before.
   */
  announced: boolean;
}

// 1. Subject prefixes, each followed by a colon, a bracket, " - ", " (" or the subject's end, so
//    "Absent-minded pricing question" or "Out of office next week?" are not one.
const SUBJECT_PREFIX = new RegExp(
  `^\\s*\\[?\\s*(${[
    // en (Outlook, Exchange, Gmail add-ons, helpdesks)
    'automatic reply',
    'automatic response',
    'automated (?:reply|response)',
    'auto[- ]?reply',
    'auto[- ]?response',
    'out of (?:the )?office(?: auto[- ]?reply| reply| response)?',
    'ooo',
    'away from (?:the )?office',
    // fr
    "r[ée]ponse automatique(?: d'absence(?: du bureau)?)?",
    'absente? du bureau',
    'absence du bureau',
    "message d'absence",
    'absente?',
    'absence',
    // de
    'automatische (?:antwort|r[üu]ckantwort)',
    'abwesenheitsnotiz',
    'abwesenheit',
    'abwesend',
    'nicht im b[üu]ro',
    'au(?:ß|ss)er haus',
    // es
    'respuesta autom[áa]tica(?: de ausencia)?',
    'respuesta de fuera de la oficina',
    'fuera de la oficina',
    'ausente',
    'ausencia',
    // it
    'risposta automatica',
    'risposta di fuori sede',
    'fuori sede',
    "fuori (?:dall')?ufficio",
    'assente',
    // pt
    'resposta autom[áa]tica',
    'aus[êe]ncia tempor[áa]ria',
    'fora do escrit[óo]rio',
    // nl
    'automatisch antwoord',
    'afwezigheidsbericht',
    'afwezig',
    'niet aanwezig',
    'buiten kantoor',
  ].join('|')})\\s*(?::|\\]|$|\\s[-–]\\s|\\()`,
  'iu',
);

// 2. Text that says it is automatic. Not "your automatic reply" (a person talking about one).
const NOT_YOURS = '(?<!(?:your|my|votre|ton|vos|mon|ma|ihre|deine|meine|su|tu|mi|sua|tua|uw|je) )';
const AUTOMATIC = phrases([
  // en
  'this is an? (?:automatic|automated|auto-generated|automatically generated|auto)[- ]?(?:reply|response|message|e-?mail|notification|answer)',
  '(?:this|the) (?:message|e-?mail|reply|response) (?:is|was|has been) (?:sent |generated )?automatically(?: generated| sent)?',
  'automatically generated (?:message|e-?mail|reply|response)',
  'this is an out[- ]of[- ]office (?:reply|response|message|notification)',
  '^(?:automatic|automated|auto)[- ]?(?:reply|response) ?:',
  // fr
  "(?:ceci est|c'est|il s'agit d') ?(?:un|une) (?:message|réponse|courriel|e-?mail|mail) (?:automatique|d'absence)",
  '(?:message|réponse|courriel|mail|e-?mail) (?:généré|générée|envoyé|envoyée) automatiquement',
  `${NOT_YOURS}(?:réponse|message) automatique`,
  `${NOT_YOURS}message d'absence`,
  // de
  'automatisch (?:generiert|erstellt|versandt|versendet|gesendet|verschickt)',
  `${NOT_YOURS}automatische (?:antwort|nachricht|abwesenheitsnotiz|rückantwort|e-?mail|benachrichtigung)`,
  `${NOT_YOURS}abwesenheitsnotiz`,
  // es
  `${NOT_YOURS}(?:respuesta|mensaje|correo) (?:automática|automático|automatica|automatico)`,
  '(?:generado|generada|enviado|enviada) automáticamente',
  // it
  `${NOT_YOURS}(?:risposta|messaggio) automatic[oa]`,
  '(?:generato|generata|inviato|inviata) automaticamente',
  // pt
  `${NOT_YOURS}(?:resposta|mensagem) automática`,
  '(?:gerada|gerado|enviada|enviado) automaticamente',
  // nl
  `${NOT_YOURS}automatisch (?:antwoord|bericht)`,
  'automatisch (?:gegenereerd|verzonden|verstuurd)',
  `${NOT_YOURS}afwezigheidsbericht`,
]);

// 3a. The writer (or the person the mailbox belongs to) is away now, or will be until a date.
const AWAY = phrases([
  // en
  "(?:i am|i'm|i will be|i'll be|i shall be|we are|we're|we will be)(?: currently| presently| now| still)? (?:out of (?:the )?office|ooo|away(?: from (?:the|my) (?:office|desk))?|on (?:annual |parental |maternity |paternity |sick |medical |study |garden |bereavement |compassionate |personal )?leave|on (?:vacation|holiday|holidays|sabbatical|a business trip|business travel|a trip|pto|the road)|off(?: work| sick)?|travell?ing|unavailable|out(?: sick)?|attending|at (?:a|an|the) (?:conference|trade show|training|event|offsite)|not in the office|in training)",
  // someone else's mailbox ("Dana is on leave"): only states that are a person's
  '(?:is|are|will be)(?: currently| presently)? (?:out of (?:the )?office|away from (?:the|her|his) (?:office|desk)|on (?:annual |parental |maternity |paternity |sick |medical )?leave|on (?:vacation|holiday|holidays|sabbatical))',
  'out of (?:the )?office',
  // fr
  '(?:je suis|je serai|je me trouve|nous sommes|nous serons)(?: actuellement| en ce moment)? (?:absente?s?|en (?:congés?|vacances|déplacement|arrêt(?: maladie)?|formation|séminaire|congé (?:maternité|paternité|parental|maladie|sabbatique))|hors (?:du|de mon) bureau|en dehors du bureau|indisponibles?)',
  'est(?: actuellement)? (?:absente?|en (?:congés?|vacances|déplacement|arrêt maladie|congé (?:maternité|paternité|parental|maladie|sabbatique)))',
  'absente? du bureau',
  'absence du bureau',
  // de
  '(?:ich bin|ich befinde mich|ich werde|bin ich|wir sind|sind wir)[^;!?]{0,60}? (?:nicht im büro|nicht am arbeitsplatz|abwesend|im urlaub|in urlaub|außer haus|ausser haus|auf (?:geschäftsreise|dienstreise|reisen|einer messe|einer konferenz|schulung|fortbildung)|in elternzeit|im mutterschutz|krankgeschrieben|nicht erreichbar|unterwegs|nicht im hause)',
  'ist[^;!?]{0,40}? (?:nicht im büro|abwesend|im urlaub|außer haus|in elternzeit|im mutterschutz)',
  // es
  '(?:estoy|estaré|me encuentro|estamos|estaremos)(?: actualmente| temporalmente)? (?:fuera(?: de la oficina| de mi oficina| del despacho)?|ausentes?|de vacaciones|de viaje|de baja(?: médica| por maternidad| por paternidad)?|de permiso|de licencia|en una conferencia|en formación)',
  '(?:está|se encuentra)(?: actualmente)? (?:fuera de la oficina|ausente|de vacaciones|de baja|de permiso)',
  'fuera de la oficina',
  // it
  '(?:sono|sarò|è|siamo)(?: attualmente)? (?:fuori (?:ufficio|sede)|assente|in ferie|in vacanza|in trasferta|in maternità)',
  // pt
  '(?:estou|estarei|estamos)(?: atualmente)? (?:fora do escritório|ausente|de férias|em viagem|de licença|fora)',
  'está(?: atualmente)? (?:fora do escritório|ausente|de férias|de licença)',
  // nl
  '(?:ik ben|ben ik|is|zijn wij|wij zijn)(?: momenteel| op dit moment| tijdelijk)? (?:afwezig|op vakantie|met vakantie|niet op kantoor|niet aanwezig|op reis|buiten kantoor)',
  'buiten kantoor',
]);

// 3b. The writer says when they are back (an absence the notice implies).
const RETURN = phrases([
  "(?:i will be|i'll be|i shall be|will be) back",
  "(?:i will|i'll|i shall) (?:return|be returning)",
  "(?:i am|i'm) (?:back|returning)(?: in the office)? on",
  'returning (?:on|to the office)',
  'je serai de retour',
  'de retour (?:le|au bureau|à partir|dès|à compter|lundi|mardi|mercredi|jeudi|vendredi)',
  'je (?:rentre|reviens) le',
  '(?:bin ich|ich bin|ich werde)[^;!?]{0,40}? wieder (?:im büro|erreichbar|da|am arbeitsplatz|zurück|für sie)',
  '(?:regresaré|volveré|estaré de vuelta|me reincorporo|me reincorporaré|regreso el|vuelvo el)',
  '(?:rientrerò|sarò di ritorno|rientro il|tornerò)',
  '(?:voltarei|estarei de volta|retorno (?:no|em|dia))',
  '(?:ben ik (?:weer|terug)|ik ben (?:weer|terug) (?:op|aanwezig))',
]);

// 3c. What notices say, and people rarely do.
const NOTICE = phrases([
  // en
  'thank(?:s| you) for (?:your|the) (?:e-?mail|message|note|mail)',
  '(?:limited|no|intermittent|restricted|little|occasional|sporadic) access to (?:my )?(?:e-?mail|emails|the internet|my inbox)',
  "(?:for|in case of|if you have an?|if this is an?|if your (?:matter|request|enquiry|inquiry) is|if it is|if it's) urgent",
  'urgent (?:matters|issues|requests|enquiries|inquiries|queries|questions)',
  '(?:please )?(?:contact|reach out to|get in touch with) (?:my colleague|my team|our team|the team|support|[a-z.]+@)',
  '(?:upon|on|after) my return',
  "your (?:e-?mail|message) (?:will not|won't) be (?:forwarded|read)",
  'not (?:be )?(?:checking|monitoring|reading) (?:my )?e-?mails?',
  // fr
  'merci (?:pour|de) votre (?:message|e-?mail|courriel|mail)',
  "en cas d'urgence",
  'pour (?:toute|les) (?:demandes?|questions?|affaires?) urgentes?',
  '(?:à|dès) mon retour',
  'accès (?:limité|restreint|réduit) (?:à|aux) (?:mes )?(?:e-?mails|courriels|messagerie|mails)',
  'sans accès (?:à|aux) (?:mes )?(?:e-?mails|courriels|ma messagerie|mails)',
  'votre (?:message|e-?mail|courriel) ne sera pas (?:transféré|lu)',
  '(?:veuillez|merci de|vous pouvez) (?:contacter|joindre|vous adresser|écrire à)',
  // de
  '(?:vielen |herzlichen )?dank für ihre (?:nachricht|e-?mail|mail|anfrage)',
  'in dringenden fällen',
  'bei dringenden (?:anliegen|fragen|angelegenheiten|fällen)',
  'wenden sie sich (?:bitte |gerne )?(?:direkt )?an',
  '(?:keinen|eingeschränkten|begrenzten|nur eingeschränkten|nur begrenzten) zugriff auf (?:meine )?(?:e-?mails|mails)',
  'wird nicht weitergeleitet',
  'nach meiner rückkehr',
  // es
  'gracias por (?:su|tu) (?:mensaje|correo|e-?mail)',
  '(?:para|en caso de) (?:asuntos|temas|consultas|cuestiones) urgentes',
  'en caso de urgencia',
  '(?:póngase en contacto|comuníquese|contacte|diríjase) con',
  '(?:a|tras) mi (?:regreso|vuelta|retorno)',
  'cuando (?:regrese|vuelva)',
  'acceso limitado (?:al|a mi) correo',
  'sin acceso al correo',
  // it
  'grazie per (?:il suo|la sua|il tuo|la tua) (?:messaggio|e-?mail|mail)',
  'per (?:questioni|richieste|comunicazioni) urgenti',
  'al mio rientro',
  // pt
  'obrigad[oa] pela sua (?:mensagem|e-?mail)',
  '(?:para|em caso de) (?:assuntos )?urgen(?:tes|te|cia)',
  '(?:no|após o|ao) meu (?:regresso|retorno)',
  // nl
  'bedankt voor (?:uw|je) (?:bericht|e-?mail|mail)',
  '(?:voor|bij) dringende (?:zaken|vragen)',
  '(?:na|bij) mijn terugkomst',
]);

/** A date the notice gives: "until", "through", "back on", "from … to …", in any language. */
const RETURN_CUE = phrases([
  'until',
  'till',
  'through',
  'thru',
  'back',
  'return(?:ing)?',
  "jusqu'(?:au|à|a|aux)",
  'retour',
  'bis',
  'wieder',
  'zurück',
  'hasta',
  'regreso',
  'vuelvo',
  'fino (?:al|a|alla)',
  'rientro',
  'até',
  'tot',
  'terug',
  '(?:from|du|vom|del|dal|van) [^;!?]{1,40}? (?:to|au|bis|al|tot|-|–)',
]);

// Signs of a person answering: any of them keeps a message mentioning an absence an answer.
const ANSWER = phrases([
  // past absence: they are back and writing
  "(?:i was|i've been|i have been|i had been)(?: [a-z]+)? (?:out|away|off|on (?:[a-z]+ )?leave|on (?:vacation|holiday|holidays)|travell?ing|sick|out of (?:the )?office)",
  '(?:just )?(?:got|came|now) back',
  "(?<!(?:be|will|'ll) )back from (?:my |the |a )?(?:vacation|holidays?|leave|trip|travels?|time off|pto|conference|business trip)",
  "j'étais (?:absente?|en (?:congés?|vacances|déplacement|arrêt|formation))",
  "j'ai été (?:absente?|en congés?|en vacances|malade)",
  "(?<!(?:serai|sera|serons) )(?:rentrée?|de retour) (?:de|d') ?(?:mes |mon |ma )?(?:congés?|vacances|déplacement|voyage)",
  'ich war[^;!?]{0,30}? (?:im urlaub|abwesend|nicht im büro|krank|unterwegs|auf (?:geschäftsreise|dienstreise|reisen))',
  '(?:zurück|wieder da) (?:aus dem|vom) urlaub',
  'estuve (?:fuera|de vacaciones|ausente|de viaje|de baja|enferm[oa])',
  'estaba (?:fuera|de vacaciones|ausente|de viaje|de baja)',
  '(?:acabo de|recién) (?:volver|regresar|llegar)',
  'ero (?:fuori|in ferie|assente|in vacanza)',
  'estive (?:fora|de férias|ausente)',
  'ik was (?:afwezig|op vakantie|ziek)',
  // an apology for answering late
  '(?:sorry|apologies|i apologi[sz]e) (?:for|about) (?:the|my) (?:slow |late |delayed |belated |tardy )?(?:reply|response|delay|answer)',
  '(?:sorry|apologies) for (?:the )?delay',
  '(?:désolée?|pardon|excusez(?:-moi)?) (?:pour|de) (?:le|mon|ce|la|ma) (?:retard|délai|réponse tardive)',
  '(?:entschuldigen sie|entschuldigung für|sorry für|verzeihen sie) (?:die |meine )?(?:späte |verspätete )?(?:antwort|rückmeldung|verspätung)',
  '(?:perdón|disculpe|disculpa|disculpen|lamento|siento) (?:por )?(?:la|el|mi) (?:demora|retraso|tardanza|respuesta tardía)',
  'scus(?:a|ate|i|ami) (?:per )?il ritardo',
  'desculpe (?:a|pela) demora',
  'sorry voor (?:de|mijn) late reactie',
  // a request or an answer to the rep
  'can you',
  'could you',
  'would you',
  'can we',
  'could we',
  'shall we',
  "let's",
  'let me know',
  'send (?:me|us|over)',
  'please send (?:the|it|me|us)',
  'go ahead',
  'sounds good',
  'works for (?:me|us)',
  'yes',
  'agreed',
  "(?:i|we)(?:'d| would) like",
  "(?:i am|i'm|we are|we're) interested",
  'please proceed',
  'thanks for (?:the|your) (?:proposal|offer|quote|deck|call|demo|update|contract)',
  'please find attached',
  'noted',
  "(?:i will|i'll) (?:review|look at|check|read|sign|forward) (?:it|this|that|them)",
  'pouvez-vous',
  'pourriez-vous',
  'pouvons-nous',
  'pourrions-nous',
  'envoyez-(?:moi|nous)',
  "(?:m|nous)'envoyer",
  "merci de (?:m|nous)'(?:envoyer|adresser|transmettre)",
  'oui',
  "d'accord",
  'ça me va',
  'cela me convient',
  'ça marche',
  'je suis intéressée?',
  'nous sommes intéressés',
  'je veux bien',
  'ci-joint',
  'können sie',
  'könnten sie',
  'können wir',
  'könnten wir',
  '(?:schicken|senden|übermitteln|mailen) sie (?:mir|uns)',
  'einverstanden',
  'klingt gut',
  'passt (?:mir|uns|gut|für)',
  '(?:^|[.!] )ja[,.! ]',
  'anbei',
  'envíe(?:me|nos)',
  'envía(?:me|nos)',
  'mánde(?:me|nos)',
  'mánda(?:me|nos)',
  'puedes? (?:enviar|mandar)',
  'sí',
  'de acuerdo',
  'me parece bien',
  'adelante',
  'può (?:inviar|mandar)',
  'va bene',
  'pode (?:enviar|mandar)',
  'akkoord',
]);

const QUESTION = /[?¿]/;
const FUTURE = phrases([
  'i will be',
  "i'll be",
  'i shall be',
  'we will be',
  'will be',
  'je serai',
  'nous serons',
  'ich werde',
  'wir werden',
  'estaré',
  'estaremos',
  'sarò',
  'saremo',
  'estarei',
  'ik zal',
]);

function signOf(re: RegExp, text: string): string | null {
  const m = re.exec(text);
  return m ? m[0].trim() : null;
}

/** The subject prefix of a webmail's automatic reply, as written; null when there is none. */
export function subjectSign(subject: string): string | null {
  const m = SUBJECT_PREFIX.exec(subject.replace(/[\u00a0\u202f]/g, ' ').replace(/[’]/g, "'"));
  return m?.[1]?.trim() ?? null;
}

/** The words of an answer that mentions an absence ("I was out of the office"), for the UI. */
export function absenceMention(text: string): string | null {
  const own = ownText(text);
  return signOf(AWAY, own) ?? signOf(RETURN, own);
}

/** Why a message is automatic — its strong sign — or null when it is not (or may not be). */
export function autoReplySign(subject: string, text: string): AutoReplySign | null {
  const prefix = subjectSign(subject);
  if (prefix) return { evidence: 'subject', cue: prefix, announced: false };
  const own = ownText(text);
  const automatic = signOf(AUTOMATIC, own);
  if (automatic) return { evidence: 'text', cue: automatic, announced: false };
  const away = signOf(AWAY, own);
  const back = signOf(RETURN, own);
  if (!away && !back) return null;
  if (ANSWER.test(own) || QUESTION.test(own) || optOutSign(own)) return null;
  const notice = NOTICE.test(own);
  if (away && (notice || RETURN_CUE.test(own)))
    return { evidence: 'text', cue: away, announced: FUTURE.test(away) };
  if (back && notice) return { evidence: 'text', cue: back, announced: FUTURE.test(back) };
  return null;
}

/** Whether a message is an automatic reply, from its subject (when known) and its text's start. */
export function isAutoReply(subject: string, text: string): boolean {
  return autoReplySign(subject, text) !== null;
}

/** The language an automatic reply is written in, for reading its dates; English by default. */
export function autoReplyLanguage(text: string, fallback: ReplyLanguage = 'en'): ReplyLanguage {
  return detectLanguage(text, fallback);
}

/** Where the absence is said in `text` (normalized): the return date nearest to it wins. */
export function absenceCueSpans(normalized: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of [AWAY, RETURN]) {
    const global = new RegExp(re.source, `${re.flags}g`);
    for (const m of normalized.matchAll(global)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
