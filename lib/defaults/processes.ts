// The processes a rep can start from on the welcome page: the default B2B one (the stages,
// cadences and templates seeded on install) and the course's worked example, a car dealership
// (DESIGN.md's table: cars at 15–35 k€, 400 visitors per car sold). A process is what "Share my
// process" writes — stages, cadences, templates — so starting from one is importing it.
//
// The dealership keeps the built-in stage ids: deals, the funnel and the projection refer to them,
// so choosing it renames and re-words the same stages rather than adding a second funnel.
import type { Cadence, LocalizedText, Stage, StageAction } from '../model';
import { DEFAULT_CADENCES } from './cadences';
import { DEFAULT_STAGES, FOLLOW_UP_STAGE_ID } from './stages';
import { DEFAULT_TEMPLATES } from './templates';

export interface NamedProcess {
  id: 'b2b' | 'car-dealership';
  name: LocalizedText;
  /** One line on what it is. */
  summary: LocalizedText;
  stages: Stage[];
  cadences: Cadence[];
  templates: typeof DEFAULT_TEMPLATES;
}

export const B2B_PROCESS: NamedProcess = {
  id: 'b2b',
  name: { en: 'B2B sales', fr: 'Vente B2B' },
  summary: {
    en: 'Lead to signed in seven stages; follow-ups the same day, the next day, 3 days later, weekly for a month, then quarterly.',
    fr: 'Du lead à la signature en sept étapes ; relances le jour même, le lendemain, 3 jours après, chaque semaine pendant un mois, puis chaque trimestre.',
  },
  stages: DEFAULT_STAGES,
  cadences: DEFAULT_CADENCES,
  templates: DEFAULT_TEMPLATES,
};

/** The dealership's follow-up: prospects who did not buy hear from the rep twice a year. */
export const TWICE_A_YEAR_CADENCE: Cadence = {
  id: 'twice-a-year',
  name: {
    en: 'Twice a year: a call, then news every six months',
    fr: 'Deux fois par an : un appel, puis des nouvelles tous les six mois',
  },
  steps: [{ after: { months: 6 }, channel: 'phone', templateKind: null }],
  tail: { every: { months: 6 }, times: 3, channel: 'email', templateKind: 'good-news' },
  breakup: { after: { weeks: 2 }, channel: 'email', templateKind: 'breakup' },
  builtin: true,
  updatedAt: 0,
};

type Wording = { name: LocalizedText; actions: Record<string, [en: string, fr: string]> };

function actions(stageId: string, list: Wording['actions']): StageAction[] {
  return Object.entries(list).map(([id, [en, fr]]) => ({ id: `${stageId}-${id}`, label: { en, fr } }));
}

/** The dealership's words for each built-in stage; durations and shares are the course's table. */
const DEALERSHIP: Record<string, Wording> = {
  lead: {
    name: { en: 'Lead generation', fr: 'Génération de leads' },
    actions: {
      source: ['Note how they heard of the dealership', 'Noter comment ils ont connu la concession'],
      details: [
        'Take name, email and phone at the first visit',
        'Prendre nom, e-mail et téléphone dès la première visite',
      ],
      invite: ['Invite them to the showroom', 'Les inviter au showroom'],
    },
  },
  prospection: {
    name: { en: 'Discovery', fr: 'Découverte' },
    actions: {
      discovery: ['Ask about use, budget and trade-in', 'Questionner sur l’usage, le budget et la reprise'],
      'decision-maker': ['Find out who decides and who pays', 'Savoir qui décide et qui paie'],
      booking: ['Book a test drive', 'Fixer un essai'],
    },
  },
  meeting: {
    name: { en: 'Test drive', fr: 'Essai' },
    actions: {
      prepare: ['Have the car they asked for ready', 'Préparer le véhicule demandé'],
      drive: ['Drive it together', 'Faire l’essai ensemble'],
      choice: ['Have them pick a model and its options', 'Faire choisir un modèle et ses options'],
    },
  },
  objections: {
    name: { en: 'Objections', fr: 'Objections' },
    actions: {
      list: ['List every objection: price, delay, trade-in', 'Lister les objections : prix, délai, reprise'],
      answer: ['Answer each one', 'Répondre à chacune'],
      confirm: ['Check nothing else holds them back', 'Vérifier qu’aucun autre frein ne subsiste'],
    },
  },
  negotiation: {
    name: { en: 'Financing', fr: 'Financement' },
    actions: {
      financing: ['Offer the financing options', 'Proposer les solutions de financement'],
      terms: [
        'Agree on price, trade-in and delivery date',
        'S’accorder sur le prix, la reprise et la date de livraison',
      ],
      signature: ['Schedule the signature', 'Planifier la signature'],
    },
  },
  [FOLLOW_UP_STAGE_ID]: {
    name: { en: 'Follow-up', fr: 'Relance' },
    actions: {
      call: ['Call twice a year', 'Appeler deux fois par an'],
      news: ['Send news: new models, open days', 'Donner des nouvelles : nouveaux modèles, portes ouvertes'],
      drive: ['Offer a new test drive', 'Proposer un nouvel essai'],
    },
  },
  signed: {
    name: { en: 'Sold', fr: 'Vendu' },
    actions: {
      order: ['Sign the order', 'Signer le bon de commande'],
      handover: ['Hand the car over', 'Livrer le véhicule'],
      referral: ['Ask for a referral', 'Demander une recommandation'],
    },
  },
  'cross-sell': {
    name: { en: 'Service and accessories', fr: 'Entretien et accessoires' },
    actions: {
      service: ['Book the first service', 'Planifier la première révision'],
      accessories: ['Offer accessories and warranty', 'Proposer accessoires et garantie'],
    },
  },
  'up-sell': {
    name: { en: 'Next car', fr: 'Véhicule suivant' },
    actions: {
      usage: ['Check how the car suits them', 'Vérifier que le véhicule leur convient'],
      propose: ['Propose the next model when the time comes', 'Proposer le modèle suivant le moment venu'],
    },
  },
};

export const CAR_DEALERSHIP_PROCESS: NamedProcess = {
  id: 'car-dealership',
  name: {
    en: 'A car dealership (the course’s example)',
    fr: 'Une concession automobile (l’exemple du cours)',
  },
  summary: {
    en: 'Test drive and financing; prospects who do not buy are followed up twice a year. 400 visitors per car sold.',
    fr: 'Essai et financement ; les prospects qui n’achètent pas sont relancés deux fois par an. 400 visiteurs par voiture vendue.',
  },
  stages: DEFAULT_STAGES.map((stage) => {
    const wording = DEALERSHIP[stage.id];
    if (!wording) return stage;
    return {
      ...stage,
      name: wording.name,
      actions: actions(stage.id, wording.actions),
      defaultCadenceId: stage.id === FOLLOW_UP_STAGE_ID ? TWICE_A_YEAR_CADENCE.id : stage.defaultCadenceId,
    };
  }),
  cadences: [...DEFAULT_CADENCES, TWICE_A_YEAR_CADENCE],
  templates: DEFAULT_TEMPLATES,
};

export const NAMED_PROCESSES: readonly NamedProcess[] = [B2B_PROCESS, CAR_DEALERSHIP_PROCESS];
