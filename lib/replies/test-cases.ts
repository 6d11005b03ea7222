// The table reply reading is measured on (classify.test.ts, and the property test's templates):
// automatic replies and answers as prospects write them, in seven languages, each with the day it
// is read on and what a person would understand. Written for Relance (no mail copied), after the
// shapes of Outlook's, Gmail's and Exchange's automatic replies and of public reply-classifier
// test tables. Fridays: 2026-02-20, 2026-03-20, 2026-11-27; 2026-05-11 is a Monday.
import type { ReplyLanguage } from './language';
import type { OptOutReason } from './opt-out';

export type Expected =
  | { kind: 'answer' }
  | { kind: 'auto-reply'; returnDay: string | null }
  | { kind: 'opt-out'; reason: OptOutReason };

export interface ReplyCase {
  lang: ReplyLanguage;
  /** The rep's local date the message is read on. */
  today: string;
  subject?: string;
  text: string;
  expected: Expected;
}

const auto = (returnDay: string | null): Expected => ({ kind: 'auto-reply', returnDay });
const answer: Expected = { kind: 'answer' };
const optOut = (reason: OptOutReason): Expected => ({ kind: 'opt-out', reason });
const FEB20 = '2026-02-20';
const MAR20 = '2026-03-20';

export const REPLY_CASES: readonly ReplyCase[] = [
  // ── English: automatic replies ─────────────────────────────────────────────────────────────
  {
    lang: 'en',
    today: FEB20,
    subject: 'Automatic reply: Proposal for Northwind',
    text: 'I am on leave from 16 February to 27 February. For urgent matters please contact Sam Okafor.',
    expected: auto('2026-02-28'),
  },
  {
    lang: 'en',
    today: FEB20,
    text: 'I am on leave from 16 February to 27 February.',
    expected: auto('2026-02-28'),
  },
  {
    lang: 'en',
    today: FEB20,
    text: 'Thank you for your email. I am out of the office until Thursday with limited access to email.',
    expected: auto('2026-02-26'),
  },
  {
    lang: 'en',
    today: FEB20,
    text: "Hi, thanks for your message. I'm away on a business trip, back next Wednesday. I will reply when I return.",
    expected: auto('2026-02-25'),
  },
  {
    lang: 'en',
    today: FEB20,
    text: 'I am currently out of the office and will be back on the 9th. For anything urgent, please contact support@northwind.test.',
    expected: auto('2026-03-09'),
  },
  {
    lang: 'en',
    today: '2026-05-11',
    text: "I'm on annual leave through 22 May with no access to email.",
    expected: auto('2026-05-23'),
  },
  {
    lang: 'en',
    today: FEB20,
    text: 'I am out of the office until 5 March; the delivery of your order is planned for 20 March. Thank you for your patience.',
    expected: auto('2026-03-05'),
  },
  {
    lang: 'en',
    today: FEB20,
    subject: 'Out of Office: Re: pricing',
    text: "I'm travelling with limited access to email.",
    expected: auto(null),
  },
  { lang: 'en', today: FEB20, subject: 'Auto-Reply: Your proposal', text: '', expected: auto(null) },
  {
    lang: 'en',
    today: FEB20,
    text: 'This is an automatic reply. I am attending a conference and will be back in the office on Monday 2 March.',
    expected: auto('2026-03-02'),
  },
  {
    lang: 'en',
    today: FEB20,
    text: 'I am on holiday and will return next week. I will respond to your message on my return.',
    expected: auto('2026-02-23'),
  },
  {
    lang: 'en',
    today: '2026-12-22',
    text: 'I will be out of the office from 21/12 to 04/01, returning on 5 January.',
    expected: auto('2027-01-05'),
  },
  {
    lang: 'en',
    today: '2026-11-27',
    text: "I'm out of the office on parental leave until 12/14/2026. Please contact Riley Chen for anything urgent.",
    expected: auto('2026-12-14'),
  },
  {
    lang: 'en',
    today: '2026-11-27',
    text: 'Thank you for your email. I am out of the office until Monday, December 14, 2026 with limited access to email.',
    expected: auto('2026-12-14'),
  },
  {
    lang: 'en',
    today: FEB20,
    text: 'Dana is out of the office until 3 March. Your message will not be forwarded.',
    expected: auto('2026-03-03'),
  },
  {
    lang: 'en',
    today: FEB20,
    text: "Thanks for your email. I'm off today, back tomorrow.",
    expected: auto('2026-02-21'),
  },
  {
    lang: 'en',
    today: FEB20,
    text: 'I am out of the office in March and will respond on my return.',
    expected: auto(null),
  },
  {
    lang: 'en',
    today: FEB20,
    text: 'I am away until 5 January. For urgent matters, contact my colleague.',
    expected: auto(null),
  },
  {
    lang: 'en',
    today: FEB20,
    text: 'I am on sabbatical until 14 March 2028. For urgent matters, contact my colleague.',
    expected: auto(null),
  },
  {
    lang: 'en',
    today: FEB20,
    text: 'I am away from the office until the 27th of February inclusive.',
    expected: auto('2026-02-28'),
  },
  {
    lang: 'en',
    today: FEB20,
    text: 'This is an automated response: I am out of the office, returning Tuesday.',
    expected: auto('2026-02-24'),
  },
  {
    lang: 'en',
    today: '2026-11-27',
    text: 'I am out of the office from December 3 until December 14 with no access to email.',
    expected: auto('2026-12-14'),
  },
  {
    lang: 'en',
    today: FEB20,
    text: 'Thank you for your message. I am on maternity leave. For anything urgent please contact Sam Okafor.',
    expected: auto(null),
  },
  {
    lang: 'en',
    today: FEB20,
    subject: 'Automatic reply: Re: Security review',
    text: 'Thanks for your note. I am out of the office until 2026-03-04.',
    expected: auto('2026-03-04'),
  },
  // ── English: answers ───────────────────────────────────────────────────────────────────────
  {
    lang: 'en',
    today: FEB20,
    text: 'Sorry for the slow reply, I was out of the office last week. Yes, please send the contract.',
    expected: answer,
  },
  {
    lang: 'en',
    today: FEB20,
    text: "I'm out of the office until Thursday, but yes, let's do a call on Friday at 10.",
    expected: answer,
  },
  {
    lang: 'en',
    today: FEB20,
    text: "Thanks for the proposal. I'm on leave next week — can we talk on Monday 2 March?",
    expected: answer,
  },
  {
    lang: 'en',
    today: FEB20,
    text: 'Great, we are good to go. Can you send the order form?',
    expected: answer,
  },
  {
    lang: 'en',
    today: FEB20,
    subject: 'Re: Automatic reply: Proposal',
    text: 'Ha, your system sent me an automatic reply. Anyway, Thursday works.',
    expected: answer,
  },
  {
    lang: 'en',
    today: FEB20,
    text: 'Just back from holiday. The pricing looks fine, please go ahead.',
    expected: answer,
  },
  {
    lang: 'en',
    today: FEB20,
    text: "I'll be away Thursday and Friday, so please send the draft before Wednesday.",
    expected: answer,
  },
  {
    lang: 'en',
    today: FEB20,
    subject: 'Re: Absent-minded pricing question',
    text: 'Could you resend the quote?',
    expected: answer,
  },
  {
    lang: 'en',
    today: FEB20,
    text: "Noted, I'll review it when I'm back in the office on Monday.",
    expected: answer,
  },
  { lang: 'en', today: FEB20, text: "I'm off on Thursday. Tuesday at 3 pm works for me.", expected: answer },
  { lang: 'en', today: FEB20, text: 'Sounds good, see you Thursday.', expected: answer },
  {
    lang: 'en',
    today: FEB20,
    text: 'Hi Jordan, I was on leave until yesterday. We would like to move forward with the pro plan.',
    expected: answer,
  },
  {
    lang: 'en',
    today: FEB20,
    text: "I'm not interested in the basic plan but the pro one sounds good. Can you send pricing?",
    expected: answer,
  },
  { lang: 'en', today: FEB20, text: 'Not interested right now, maybe next quarter.', expected: answer },
  // ── English: opt-outs ──────────────────────────────────────────────────────────────────────
  { lang: 'en', today: FEB20, text: 'Not interested, thanks.', expected: optOut('not-interested') },
  {
    lang: 'en',
    today: FEB20,
    text: 'Please remove me from your mailing list.',
    expected: optOut('unsubscribe'),
  },
  { lang: 'en', today: FEB20, text: 'Unsubscribe', expected: optOut('unsubscribe') },
  {
    lang: 'en',
    today: FEB20,
    text: 'We are no longer interested. Please stop emailing me.',
    expected: optOut('do-not-contact'),
  },
  { lang: 'en', today: FEB20, text: "Please don't contact me again.", expected: optOut('do-not-contact') },
  {
    lang: 'en',
    today: FEB20,
    text: "Thanks Jordan, we're not interested at this time.",
    expected: optOut('not-interested'),
  },

  // ── French: automatic replies ──────────────────────────────────────────────────────────────
  {
    lang: 'fr',
    today: FEB20,
    subject: 'Réponse automatique : Proposition Northwind',
    text: "Je suis absente du 16 février au 27 février. En cas d'urgence, contactez Sam.",
    expected: auto('2026-02-28'),
  },
  {
    lang: 'fr',
    today: FEB20,
    text: "Bonjour, je suis absente jusqu'au 10 mars inclus avec un accès limité à mes e-mails.",
    expected: auto('2026-03-11'),
  },
  {
    lang: 'fr',
    today: FEB20,
    text: 'Merci pour votre message. Je suis en congés et serai de retour lundi prochain.',
    expected: auto('2026-02-23'),
  },
  { lang: 'fr', today: FEB20, subject: 'Absence du bureau', text: '', expected: auto(null) },
  {
    lang: 'fr',
    today: FEB20,
    text: "Ceci est un message automatique. Je suis en déplacement jusqu'au 4 mars.",
    expected: auto('2026-03-04'),
  },
  {
    lang: 'fr',
    today: FEB20,
    text: 'Je suis actuellement absent, de retour le 9. Je traiterai votre message dès mon retour.',
    expected: auto('2026-03-09'),
  },
  {
    lang: 'fr',
    today: FEB20,
    text: "Merci pour votre e-mail. Je suis en congés jusqu'au 04/03/2026.",
    expected: auto('2026-03-04'),
  },
  {
    lang: 'fr',
    today: FEB20,
    text: "Je suis en congé maternité jusqu'au 5 mars ; la livraison est prévue le 20 mars.",
    expected: auto('2026-03-05'),
  },
  {
    lang: 'fr',
    today: FEB20,
    text: 'Je suis absent du 23/02 au 02/03 inclus. Pour toute demande urgente, merci de contacter Sam.',
    expected: auto('2026-03-03'),
  },
  {
    lang: 'fr',
    today: FEB20,
    text: "Réponse automatique : je suis en formation jusqu'à jeudi.",
    expected: auto('2026-02-26'),
  },
  {
    lang: 'fr',
    today: FEB20,
    text: 'Je serai de retour la semaine prochaine. Je vous répondrai dès mon retour.',
    expected: auto('2026-02-23'),
  },
  {
    lang: 'fr',
    today: FEB20,
    subject: 'Réponse automatique : Devis',
    text: 'Je suis absent en mars.',
    expected: auto(null),
  },
  {
    lang: 'fr',
    today: '2026-11-27',
    text: "Je suis en vacances jusqu'au 14 décembre 2026. Votre message ne sera pas transféré.",
    expected: auto('2026-12-14'),
  },
  {
    lang: 'fr',
    today: '2026-12-22',
    text: 'Je suis absente du 21 décembre au 4 janvier inclus.',
    expected: auto('2027-01-05'),
  },
  {
    lang: 'fr',
    today: FEB20,
    text: "Bonjour, je suis absente jusqu'au 10 février inclus.",
    expected: auto(null),
  },
  // ── French: answers ────────────────────────────────────────────────────────────────────────
  {
    lang: 'fr',
    today: FEB20,
    text: "je serai absent jeudi, pouvez-vous m'envoyer le contrat aujourd'hui ?",
    expected: answer,
  },
  {
    lang: 'fr',
    today: FEB20,
    text: "Désolée pour le retard, j'étais en congés. Oui, envoyez-moi le devis.",
    expected: answer,
  },
  { lang: 'fr', today: FEB20, text: 'Merci, je reviens vers vous la semaine prochaine.', expected: answer },
  {
    lang: 'fr',
    today: FEB20,
    text: "Je suis absent jusqu'au 5 mars, mais d'accord pour un appel le 6.",
    expected: answer,
  },
  {
    lang: 'fr',
    today: FEB20,
    text: "Je pars en vacances demain : pourriez-vous m'envoyer la proposition ce soir ?",
    expected: answer,
  },
  {
    lang: 'fr',
    today: FEB20,
    text: 'Bien reçu, je regarde ça à mon retour de congés lundi.',
    expected: answer,
  },
  {
    lang: 'fr',
    today: FEB20,
    text: 'De retour de congés, je valide le devis. Vous pouvez lancer la commande.',
    expected: answer,
  },
  {
    lang: 'fr',
    today: FEB20,
    text: "Je ne suis pas intéressé par l'offre de base, mais l'offre pro m'intéresse.",
    expected: answer,
  },
  // ── French: opt-outs ───────────────────────────────────────────────────────────────────────
  { lang: 'fr', today: FEB20, text: 'Pas intéressé, merci.', expected: optOut('not-interested') },
  { lang: 'fr', today: FEB20, text: 'Merci de ne plus me contacter.', expected: optOut('do-not-contact') },
  {
    lang: 'fr',
    today: FEB20,
    text: 'Je souhaite me désinscrire de vos envois.',
    expected: optOut('unsubscribe'),
  },
  {
    lang: 'fr',
    today: FEB20,
    text: 'Cela ne nous intéresse pas pour le moment.',
    expected: optOut('not-interested'),
  },
  {
    lang: 'fr',
    today: FEB20,
    text: 'Nous ne sommes pas intéressés, merci de nous retirer de votre liste.',
    expected: optOut('unsubscribe'),
  },

  // ── German: automatic replies ──────────────────────────────────────────────────────────────
  {
    lang: 'de',
    today: '2026-03-20',
    subject: 'Automatische Antwort: Angebot',
    text: 'Ich bin bis einschließlich 3. April nicht im Büro.',
    expected: auto('2026-04-04'),
  },
  {
    lang: 'de',
    today: '2026-11-27',
    text: 'Vielen Dank für Ihre Nachricht. Ich bin bis zum 14.12.2026 nicht im Büro.',
    expected: auto('2026-12-14'),
  },
  {
    lang: 'de',
    today: FEB20,
    text: 'Ich bin vom 16. bis 27. Februar im Urlaub. In dringenden Fällen wenden Sie sich bitte an Herrn Okafor.',
    expected: auto('2026-02-28'),
  },
  { lang: 'de', today: FEB20, subject: 'Abwesenheitsnotiz: Ihre Anfrage', text: '', expected: auto(null) },
  {
    lang: 'de',
    today: FEB20,
    text: 'Diese Nachricht wurde automatisch generiert. Ich bin ab dem 2. März wieder im Büro.',
    expected: auto('2026-03-02'),
  },
  {
    lang: 'de',
    today: FEB20,
    text: 'Ich bin bis Donnerstag auf Geschäftsreise und habe nur eingeschränkten Zugriff auf meine E-Mails.',
    expected: auto('2026-02-26'),
  },
  {
    lang: 'de',
    today: FEB20,
    text: 'Ich bin derzeit im Urlaub und ab nächsten Mittwoch wieder erreichbar.',
    expected: auto('2026-02-25'),
  },
  {
    lang: 'de',
    today: FEB20,
    text: 'Ich bin bis 5. März abwesend; die Lieferung ist für den 20. März geplant.',
    expected: auto('2026-03-05'),
  },
  {
    lang: 'de',
    today: FEB20,
    text: 'Vielen Dank für Ihre E-Mail. Ich bin bis zum 4.3. nicht im Büro.',
    expected: auto('2026-03-04'),
  },
  {
    lang: 'de',
    today: FEB20,
    text: 'Ich bin bis einschließlich 27. Februar in Elternzeit.',
    expected: auto('2026-02-28'),
  },
  {
    lang: 'de',
    today: FEB20,
    text: 'Ich bin bis morgen nicht erreichbar. Ihre Nachricht wird nicht weitergeleitet.',
    expected: auto('2026-02-21'),
  },
  {
    lang: 'de',
    today: '2026-12-22',
    text: 'Ich bin vom 21.12. bis 04.01. nicht im Büro. Ab dem 05.01. bin ich wieder erreichbar.',
    expected: auto('2027-01-05'),
  },
  {
    lang: 'de',
    today: FEB20,
    subject: 'Automatische Antwort: Re: Angebot',
    text: 'Ich bin ab nächster Woche wieder im Büro.',
    expected: auto('2026-02-23'),
  },
  {
    lang: 'de',
    today: FEB20,
    text: 'Guten Morgen, ich bin im Urlaub bis zum 2.3. und danach wieder für Sie da.',
    expected: auto('2026-03-02'),
  },
  // ── German: answers ────────────────────────────────────────────────────────────────────────
  {
    lang: 'de',
    today: FEB20,
    text: 'ich bin ab Montag im Urlaub, bitte schicken Sie mir den Vertrag vorher',
    expected: answer,
  },
  {
    lang: 'de',
    today: FEB20,
    text: 'Entschuldigen Sie die späte Antwort, ich war im Urlaub. Ja, das Angebot passt.',
    expected: answer,
  },
  {
    lang: 'de',
    today: FEB20,
    text: 'Ich bin bis Donnerstag unterwegs. Können Sie mir das Angebot bis dahin schicken?',
    expected: answer,
  },
  { lang: 'de', today: FEB20, text: 'Danke, ich melde mich nächste Woche.', expected: answer },
  {
    lang: 'de',
    today: FEB20,
    text: 'Ich bin nächste Woche nicht im Büro, aber Dienstag passt für einen Termin.',
    expected: answer,
  },
  {
    lang: 'de',
    today: FEB20,
    text: 'Wir haben kein Interesse am Basispaket, aber das Pro-Paket klingt gut.',
    expected: answer,
  },
  // ── German: opt-outs ───────────────────────────────────────────────────────────────────────
  { lang: 'de', today: FEB20, text: 'Kein Interesse, danke.', expected: optOut('not-interested') },
  {
    lang: 'de',
    today: FEB20,
    text: 'Bitte nehmen Sie mich aus Ihrem Verteiler.',
    expected: optOut('unsubscribe'),
  },
  {
    lang: 'de',
    today: FEB20,
    text: 'Bitte kontaktieren Sie mich nicht mehr.',
    expected: optOut('do-not-contact'),
  },
  { lang: 'de', today: FEB20, text: 'Wir sind nicht interessiert.', expected: optOut('not-interested') },

  // ── Spanish: automatic replies ─────────────────────────────────────────────────────────────
  {
    lang: 'es',
    today: FEB20,
    subject: 'Respuesta automática: Propuesta',
    text: 'Estoy de vacaciones del 16 de febrero al 27 de febrero.',
    expected: auto('2026-02-28'),
  },
  {
    lang: 'es',
    today: FEB20,
    text: 'Gracias por su mensaje. Estoy fuera de la oficina hasta el 5 de marzo inclusive.',
    expected: auto('2026-03-06'),
  },
  {
    lang: 'es',
    today: FEB20,
    text: 'Estoy fuera de la oficina hasta el jueves con acceso limitado al correo.',
    expected: auto('2026-02-26'),
  },
  { lang: 'es', today: FEB20, subject: 'Fuera de la oficina', text: '', expected: auto(null) },
  {
    lang: 'es',
    today: FEB20,
    text: 'Este es un mensaje automático. Estaré de vuelta el lunes 2 de marzo.',
    expected: auto('2026-03-02'),
  },
  {
    lang: 'es',
    today: FEB20,
    text: 'Estoy de viaje hasta el 04/03/2026. Para asuntos urgentes, contacte con Sam.',
    expected: auto('2026-03-04'),
  },
  {
    lang: 'es',
    today: FEB20,
    text: 'Estoy de baja hasta el 5 de marzo; la entrega está prevista para el 20 de marzo.',
    expected: auto('2026-03-05'),
  },
  {
    lang: 'es',
    today: FEB20,
    text: 'Gracias por su correo. Estoy ausente y regreso el próximo lunes.',
    expected: auto('2026-02-23'),
  },
  {
    lang: 'es',
    today: FEB20,
    text: 'Estoy de vacaciones hasta el 27 de febrero incluido.',
    expected: auto('2026-02-28'),
  },
  {
    lang: 'es',
    today: FEB20,
    text: 'Estaré fuera de la oficina hasta mañana. Responderé a su mensaje a mi regreso.',
    expected: auto('2026-02-21'),
  },
  {
    lang: 'es',
    today: FEB20,
    text: 'Gracias por su mensaje. Estoy de vacaciones; vuelvo la semana que viene.',
    expected: auto('2026-02-23'),
  },
  {
    lang: 'es',
    today: FEB20,
    text: 'Estoy fuera de la oficina del 23/02 al 02/03, ambos incluidos. En caso de urgencia, contacte con Sam.',
    expected: auto('2026-03-03'),
  },
  // ── Spanish: answers ───────────────────────────────────────────────────────────────────────
  { lang: 'es', today: FEB20, text: 'estaré fuera el jueves; envíeme el contrato hoy', expected: answer },
  {
    lang: 'es',
    today: FEB20,
    text: 'Perdón por la demora, estuve de vacaciones. Sí, adelante con la propuesta.',
    expected: answer,
  },
  {
    lang: 'es',
    today: FEB20,
    text: '¿Podemos hablar el lunes? Estoy fuera hasta el viernes.',
    expected: answer,
  },
  {
    lang: 'es',
    today: FEB20,
    text: 'Gracias, lo reviso y le digo algo la semana que viene.',
    expected: answer,
  },
  {
    lang: 'es',
    today: FEB20,
    text: 'No nos interesa el plan básico, pero el plan pro sí. ¿Me envía el precio?',
    expected: answer,
  },
  // ── Spanish: opt-outs ──────────────────────────────────────────────────────────────────────
  { lang: 'es', today: FEB20, text: 'No me interesa, gracias.', expected: optOut('not-interested') },
  { lang: 'es', today: FEB20, text: 'Por favor, elimíneme de su lista.', expected: optOut('unsubscribe') },
  { lang: 'es', today: FEB20, text: 'Por favor, no me contacten más.', expected: optOut('do-not-contact') },
  {
    lang: 'es',
    today: FEB20,
    text: 'No estamos interesados en este momento.',
    expected: optOut('not-interested'),
  },

  // ── Italian ────────────────────────────────────────────────────────────────────────────────
  {
    lang: 'it',
    today: FEB20,
    subject: 'Risposta automatica: Proposta',
    text: 'Sono fuori ufficio fino al 3 marzo.',
    expected: auto('2026-03-03'),
  },
  { lang: 'it', today: FEB20, subject: 'Fuori sede: Re: offerta', text: '', expected: auto(null) },
  {
    lang: 'it',
    today: FEB20,
    text: 'Grazie per il suo messaggio. Sono in ferie fino a lunedì 2 marzo.',
    expected: auto('2026-03-02'),
  },
  {
    lang: 'it',
    today: FEB20,
    text: 'Sono in ferie fino a lunedì, ma può inviarmi il contratto?',
    expected: answer,
  },
  { lang: 'it', today: FEB20, text: 'Non siamo interessati, grazie.', expected: optOut('not-interested') },
  // ── Portuguese ─────────────────────────────────────────────────────────────────────────────
  {
    lang: 'pt',
    today: FEB20,
    subject: 'Resposta automática: Proposta',
    text: 'Estou de férias até 3 de março.',
    expected: auto('2026-03-03'),
  },
  { lang: 'pt', today: FEB20, subject: 'Ausência temporária', text: '', expected: auto(null) },
  {
    lang: 'pt',
    today: FEB20,
    text: 'Obrigado pela sua mensagem. Estou fora do escritório até 3 de março.',
    expected: auto('2026-03-03'),
  },
  { lang: 'pt', today: FEB20, text: 'Estou fora até segunda, pode enviar o contrato?', expected: answer },
  { lang: 'pt', today: FEB20, text: 'Não temos interesse, obrigado.', expected: optOut('not-interested') },
  // ── Dutch ──────────────────────────────────────────────────────────────────────────────────
  {
    lang: 'nl',
    today: FEB20,
    subject: 'Automatisch antwoord: Offerte',
    text: 'Ik ben afwezig tot en met 3 maart.',
    expected: auto('2026-03-04'),
  },
  { lang: 'nl', today: FEB20, subject: 'Afwezig: Re: voorstel', text: '', expected: auto(null) },
  {
    lang: 'nl',
    today: FEB20,
    text: 'Bedankt voor uw bericht. Ik ben op vakantie tot 3 maart.',
    expected: auto('2026-03-03'),
  },
  {
    lang: 'nl',
    today: FEB20,
    text: 'Ik ben tot maandag op vakantie, kunt u het contract sturen?',
    expected: answer,
  },
  { lang: 'nl', today: FEB20, text: 'Geen interesse, bedankt.', expected: optOut('not-interested') },
];

/**
 * Written after the classifier, and first run on it unchanged (the counts in the note of issue 21
 * say how it did); kept in the table since.
 */
export const HELD_OUT_CASES: readonly ReplyCase[] = [
  {
    lang: 'en',
    today: MAR20,
    subject: 'Automatic reply: Re: Northwind renewal',
    text: "Hello, I'm currently on PTO and will be returning on Monday, March 30th. I will have limited access to email during this time. If you need immediate assistance, please reach out to ops@northwind.test.",
    expected: auto('2026-03-30'),
  },
  {
    lang: 'en',
    today: MAR20,
    text: "Thanks for reaching out! I'm out of the office March 16–27 and will respond when I return.",
    expected: auto('2026-03-28'),
  },
  {
    lang: 'en',
    today: MAR20,
    text: 'I am out on medical leave and will not be checking email. Please contact Sam Okafor (sam.okafor@northwind.test) in my absence.',
    expected: auto(null),
  },
  {
    lang: 'en',
    today: MAR20,
    text: "Hi Jordan — I'm back in the office now. Let's pick this up: does Tuesday 10am work?",
    expected: answer,
  },
  {
    lang: 'en',
    today: MAR20,
    text: "I'll be on vacation from March 23 to April 3. Could we sign before then?",
    expected: answer,
  },
  { lang: 'en', today: MAR20, text: 'Please take me off this list.', expected: optOut('unsubscribe') },
  {
    lang: 'en',
    today: MAR20,
    text: "We've decided to go with another vendor, so we're not interested anymore. Thanks for your time.",
    expected: optOut('not-interested'),
  },
  {
    lang: 'en',
    today: MAR20,
    text: 'Out of office until Tuesday 24 March. For urgent matters call +44 20 7946 0000.',
    expected: auto('2026-03-24'),
  },
  {
    lang: 'en',
    today: MAR20,
    text: "Thanks — I'm travelling this week but will review the proposal on Monday.",
    expected: answer,
  },
  {
    lang: 'en',
    today: MAR20,
    text: "I'm out of the office with no access to email until after the holidays.",
    expected: auto(null),
  },
  {
    lang: 'fr',
    today: MAR20,
    subject: 'Réponse automatique : Renouvellement',
    text: "Bonjour, je suis actuellement en congés jusqu'au lundi 30 mars. Pour toute urgence, vous pouvez joindre Sam au 01 23 45 67 89.",
    expected: auto('2026-03-30'),
  },
  {
    lang: 'fr',
    today: MAR20,
    text: 'Je suis absent du bureau du 16 au 27 mars inclus, je prendrai connaissance de votre message à mon retour.',
    expected: auto('2026-03-28'),
  },
  {
    lang: 'fr',
    today: MAR20,
    text: 'Merci pour votre message. Je suis en déplacement cette semaine avec un accès limité à mes mails.',
    expected: auto(null),
  },
  {
    lang: 'fr',
    today: MAR20,
    text: 'Bonjour, de retour de vacances ! Je vous confirme notre accord pour la version pro.',
    expected: answer,
  },
  {
    lang: 'fr',
    today: MAR20,
    text: 'Je suis en congés la semaine prochaine, on peut caler un point mardi ?',
    expected: answer,
  },
  {
    lang: 'fr',
    today: MAR20,
    text: 'Merci de me retirer de votre liste de diffusion.',
    expected: optOut('unsubscribe'),
  },
  {
    lang: 'fr',
    today: MAR20,
    text: 'Ce sujet ne nous intéresse plus, merci.',
    expected: optOut('not-interested'),
  },
  {
    lang: 'fr',
    today: MAR20,
    text: 'Je serai absente à partir du 23 mars, de retour le 6 avril.',
    expected: answer,
  },
  {
    lang: 'de',
    today: MAR20,
    subject: 'Automatische Antwort: Ihr Angebot',
    text: 'Sehr geehrte Damen und Herren, ich bin bis einschließlich 27.03.2026 nicht im Hause. Ihre E-Mail wird nicht weitergeleitet.',
    expected: auto('2026-03-28'),
  },
  {
    lang: 'de',
    today: MAR20,
    text: 'Vielen Dank für Ihre Nachricht. Ich befinde mich bis zum 30. März im Urlaub und habe keinen Zugriff auf meine E-Mails.',
    expected: auto('2026-03-30'),
  },
  {
    lang: 'de',
    today: MAR20,
    text: 'Guten Tag, ich bin derzeit nicht im Büro. Ab Montag, 30. März, bin ich wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an info@northwind.test.',
    expected: auto('2026-03-30'),
  },
  {
    lang: 'de',
    today: MAR20,
    text: 'Danke für die Unterlagen! Ich bin nächste Woche im Urlaub, können wir vorher noch telefonieren?',
    expected: answer,
  },
  {
    lang: 'de',
    today: MAR20,
    text: 'Wir haben uns für einen anderen Anbieter entschieden und haben daher kein Interesse mehr.',
    expected: optOut('not-interested'),
  },
  {
    lang: 'de',
    today: MAR20,
    text: 'Bitte streichen Sie mich aus Ihrem Verteiler.',
    expected: optOut('unsubscribe'),
  },
  {
    lang: 'de',
    today: MAR20,
    text: 'Hallo, ich war krank, daher die späte Antwort. Das Angebot passt so.',
    expected: answer,
  },
  {
    lang: 'es',
    today: MAR20,
    subject: 'Respuesta automática: Renovación',
    text: 'Hola, estoy de vacaciones hasta el lunes 30 de marzo. Si es urgente, escriba a sam@northwind.test.',
    expected: auto('2026-03-30'),
  },
  {
    lang: 'es',
    today: MAR20,
    text: 'Gracias por su correo. Me encuentro fuera de la oficina del 16 al 27 de marzo, ambos inclusive.',
    expected: auto('2026-03-28'),
  },
  {
    lang: 'es',
    today: MAR20,
    text: 'Estoy de baja médica. Para cualquier consulta, póngase en contacto con Sam Okafor.',
    expected: auto(null),
  },
  {
    lang: 'es',
    today: MAR20,
    text: 'Ya estoy de vuelta. Me parece bien la propuesta, ¿cuándo firmamos?',
    expected: answer,
  },
  { lang: 'es', today: MAR20, text: 'Por favor, dejen de escribirme.', expected: optOut('do-not-contact') },
  {
    lang: 'es',
    today: MAR20,
    text: 'Muchas gracias, pero de momento no nos interesa.',
    expected: optOut('not-interested'),
  },
  {
    lang: 'es',
    today: MAR20,
    text: 'Estaré de viaje la semana que viene; ¿podemos hablar hoy?',
    expected: answer,
  },
  {
    lang: 'it',
    today: MAR20,
    subject: 'Risposta automatica: Rinnovo',
    text: 'Sono in ferie fino al 27 marzo compreso.',
    expected: auto('2026-03-28'),
  },
  {
    lang: 'it',
    today: MAR20,
    text: 'Grazie per la sua email. Sono fuori ufficio con accesso limitato alla posta.',
    expected: auto(null),
  },
  {
    lang: 'pt',
    today: MAR20,
    subject: 'Resposta automática: Renovação',
    text: 'Estou de férias até ao dia 30 de março.',
    expected: auto('2026-03-30'),
  },
  { lang: 'pt', today: MAR20, text: 'Não estou interessado, obrigado.', expected: optOut('not-interested') },
  {
    lang: 'nl',
    today: MAR20,
    subject: 'Automatisch antwoord: Verlenging',
    text: 'Ik ben met vakantie tot en met 27 maart. Voor dringende zaken kunt u contact opnemen met Sam.',
    expected: auto('2026-03-28'),
  },
  { lang: 'nl', today: MAR20, text: 'Ik ben terug van vakantie. Het voorstel is akkoord.', expected: answer },
];
