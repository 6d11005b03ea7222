// The templates written on install, in English and French, after the course: short emails that ask
// for a call or a meeting. Ids are '<kind>-<lang>' ('breakup-1-fr' for the two breakups) and never
// change. Text in [brackets] is for the rep to replace before sending; the editor shows it as is.
// French: vouvoiement, « », typographic apostrophes, and non-breaking spaces added by frenchSpacing.
import type { Lang, Template, TemplateKind } from '../model';
import { frenchSpacing } from './french-spacing';

interface Wording {
  name: string;
  subject: string;
  body: string[];
}

function pair(id: string, kind: TemplateKind, wording: Record<Lang, Wording>): Template[] {
  return (['en', 'fr'] as const).map((lang) => {
    const { name, subject, body } = wording[lang];
    const typeset = lang === 'fr' ? frenchSpacing : (text: string) => text;
    return {
      id: `${id}-${lang}`,
      kind,
      lang,
      name: typeset(name),
      subject: typeset(subject),
      body: typeset(body.join('\n')),
      builtin: true,
      updatedAt: 0,
    };
  });
}

const SIGN_OFF: Record<Lang, string[]> = {
  en: ['', 'Best regards,', '{senderName}'],
  fr: ['', 'Bien cordialement,', '{senderName}'],
};

export const DEFAULT_TEMPLATES: Template[] = [
  ...pair('relance', 'relance', {
    en: {
      name: 'Check-in: a call this week?',
      subject: 'A quick call this week?',
      body: [
        'Hi {firstName},',
        '',
        'How are you? When are you free this week for a short call?',
        ...SIGN_OFF.en,
      ],
    },
    fr: {
      name: 'Relance : un appel cette semaine ?',
      subject: 'Un appel cette semaine ?',
      body: [
        'Bonjour {firstName},',
        '',
        'Comment allez-vous ? Quand seriez-vous disponible cette semaine pour un court appel ?',
        ...SIGN_OFF.fr,
      ],
    },
  }),
  ...pair('good-news', 'good-news', {
    en: {
      name: 'Good news, with a slot',
      subject: 'Good news about {offer}',
      body: [
        'Hi {firstName},',
        '',
        'There is news about {offer} that I think matters for {company}: [the news in one line].',
        '',
        'I would be glad to tell you more in a short call. Are you free on {slot}? If not, just tell me what suits you.',
        ...SIGN_OFF.en,
      ],
    },
    fr: {
      name: 'Bonne nouvelle, avec un créneau',
      subject: 'Du nouveau sur « {offer} »',
      body: [
        'Bonjour {firstName},',
        '',
        'Il y a du nouveau sur « {offer} », et je pense que cela intéressera {company} : [la nouvelle en une ligne].',
        '',
        'Je vous en parlerais volontiers lors d’un court échange. Seriez-vous disponible le {slot} ? Sinon, indiquez-moi le moment qui vous convient.',
        ...SIGN_OFF.fr,
      ],
    },
  }),
  ...pair('breakup-1', 'breakup', {
    en: {
      name: 'Breakup 1: reviewing my files',
      subject: 'Shall I close your file?',
      body: [
        'Hi {firstName},',
        '',
        'Our offer is changing and I am reviewing my files. Shall I close yours, or is {offer} still on your agenda?',
        '',
        'A one-line answer is plenty.',
        ...SIGN_OFF.en,
      ],
    },
    fr: {
      name: 'Rupture 1 : je fais le point',
      subject: 'Dois-je clore votre dossier ?',
      body: [
        'Bonjour {firstName},',
        '',
        'Notre offre évolue et je fais le point sur mes dossiers. Dois-je clore le vôtre, ou souhaitez-vous toujours avancer sur « {offer} » ?',
        '',
        'Une réponse d’une ligne me suffit.',
        ...SIGN_OFF.fr,
      ],
    },
  }),
  ...pair('breakup-2', 'breakup', {
    en: {
      name: 'Breakup 2: confirm your interest',
      subject: 'Still interested in {offer}?',
      body: [
        'Hi {firstName},',
        '',
        'You must be very busy. Could you confirm you are still interested in {offer}? Otherwise, I will close your file.',
        ...SIGN_OFF.en,
      ],
    },
    fr: {
      name: 'Rupture 2 : confirmer l’intérêt',
      subject: '« {offer} » : toujours d’actualité ?',
      body: [
        'Bonjour {firstName},',
        '',
        'Je me doute que votre agenda est très chargé. Pouvez-vous me confirmer votre intérêt pour « {offer} » ? À défaut, je clôturerai votre dossier.',
        ...SIGN_OFF.fr,
      ],
    },
  }),
  ...pair('next-step', 'next-step', {
    en: {
      name: 'Next-step recap',
      subject: 'Next step: {slot}',
      body: [
        'Hi {firstName},',
        '',
        'Thank you for your time. As agreed, we speak again on {slot}. Before then:',
        '- on my side, I will [what you prepare];',
        '- on your side, could you [what the prospect does]?',
        '',
        'If anything changes, just let me know.',
        ...SIGN_OFF.en,
      ],
    },
    fr: {
      name: 'Récapitulatif de la prochaine étape',
      subject: 'Prochaine étape : le {slot}',
      body: [
        'Bonjour {firstName},',
        '',
        'Merci pour notre échange. Comme convenu, nous nous reparlons le {slot}. D’ici là :',
        '- de mon côté, je [ce que vous préparez] ;',
        '- de votre côté, pourriez-vous [ce que le prospect doit faire] ?',
        '',
        'Si quoi que ce soit change, n’hésitez pas à me le dire.',
        ...SIGN_OFF.fr,
      ],
    },
  }),
];
