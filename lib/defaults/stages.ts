// The funnel written on install, from the sales course Relance is built on (see DESIGN.md, "The sales
// process it encodes"). Built-in ids are stable slugs: deals, cadences and saved funnels refer to them,
// so they never change, whatever the names become.
import type { Stage, StageAction } from '../model';

/** Orders leave room between stages so a team can insert its own without renumbering. */
const ORDER_STEP = 10;

function actions(stageId: string, list: Record<string, [en: string, fr: string]>): StageAction[] {
  return Object.entries(list).map(([id, [en, fr]]) => ({ id: `${stageId}-${id}`, label: { en, fr } }));
}

type StageFields = Omit<Stage, 'order' | 'builtin' | 'updatedAt'>;

/**
 * The course's follow-up: a side loop, not a step of the funnel — prospects who did not buy are
 * followed up (twice a year at the dealership) and 5% of them come back. Its stage sits between
 * negotiation and signed so a deal can be parked there, but the projection keeps it out of the chain.
 */
export const FOLLOW_UP_STAGE_ID = 'follow-up';

// usualDuration and targetConversion are the course's worked example (a car dealership, cars at
// 15–35 k€), kept as given. targetConversion there is the share reaching the stage, not a
// stage-to-stage rate: lead's 0.20 is the share of people reached who leave their details and visit;
// prospection to signed are shares of those visitors (30% accept discovery questions, 15% pick a car,
// 10% voice objections, 3% try to finance, 0.25% sign: 400 visitors per car, so 1 / (0.20 × 0.0025) =
// 2,000 people reached per sale); follow-up's 0.05 is the share of prospects followed up who come back.
// A team replaces them with its own figures.
const STAGES: StageFields[] = [
  {
    id: 'lead',
    name: { en: 'Lead generation', fr: 'Génération de leads' },
    kind: 'open',
    actions: actions('lead', {
      source: ['Note where the lead came from', 'Noter l’origine du lead'],
      details: ['Collect name, email and phone', 'Recueillir nom, e-mail et téléphone'],
      company: ['Look up the company and its size', 'Se renseigner sur l’entreprise et sa taille'],
      contact: ['Make the first contact', 'Établir le premier contact'],
    }),
    usualDuration: { months: 3 },
    targetConversion: 0.2,
    defaultCadenceId: null,
  },
  {
    id: 'prospection',
    name: { en: 'Prospecting', fr: 'Prospection' },
    kind: 'open',
    actions: actions('prospection', {
      discovery: ['Ask the discovery questions', 'Poser les questions de découverte'],
      need: ['Identify the need and the budget', 'Identifier le besoin et le budget'],
      'decision-maker': ['Identify who decides', 'Identifier le décideur'],
      booking: ['Book a meeting', 'Fixer un rendez-vous'],
    }),
    usualDuration: { months: 3 },
    targetConversion: 0.3,
    defaultCadenceId: null,
  },
  {
    id: 'meeting',
    name: { en: 'Meeting', fr: 'Rendez-vous' },
    kind: 'open',
    actions: actions('meeting', {
      agenda: ['Send the agenda beforehand', 'Envoyer l’ordre du jour à l’avance'],
      demo: ['Demonstrate the offer or let them try it', 'Présenter l’offre ou la faire essayer'],
      choice: ['Have the prospect pick an offer', 'Faire choisir une offre au prospect'],
      'next-step': [
        'Set the next step: date, who does what',
        'Fixer la prochaine étape : date, qui fait quoi',
      ],
    }),
    usualDuration: { weeks: 2 },
    targetConversion: 0.15,
    defaultCadenceId: null,
  },
  {
    id: 'objections',
    name: { en: 'Objections', fr: 'Objections' },
    kind: 'open',
    actions: actions('objections', {
      list: ['List every objection', 'Lister toutes les objections'],
      answer: ['Answer each objection', 'Répondre à chaque objection'],
      confirm: ['Check nothing else holds the prospect back', 'Vérifier qu’aucun autre frein ne subsiste'],
    }),
    usualDuration: { hours: 1 },
    targetConversion: 0.1,
    defaultCadenceId: null,
  },
  {
    id: 'negotiation',
    name: { en: 'Negotiation', fr: 'Négociation' },
    kind: 'open',
    actions: actions('negotiation', {
      proposal: ['Send the written proposal', 'Envoyer la proposition écrite'],
      financing: ['Agree on price and financing', 'S’accorder sur le prix et le financement'],
      terms: ['Agree on terms and start date', 'Convenir des conditions et de la date de début'],
      signature: ['Schedule the signature', 'Planifier la signature'],
    }),
    usualDuration: { hours: 1 },
    targetConversion: 0.03,
    defaultCadenceId: null,
  },
  {
    id: FOLLOW_UP_STAGE_ID,
    name: { en: 'Follow-up', fr: 'Relance' },
    kind: 'open',
    actions: actions('follow-up', {
      'next-step': ['Check a next step is set', 'Vérifier qu’une prochaine étape est fixée'],
      cadence: ['Follow the cadence until a yes or a no', 'Suivre la cadence jusqu’à un oui ou un non'],
      news: ['Share news about the offer', 'Partager une nouveauté sur l’offre'],
      breakup: ['Send a breakup email if still silent', 'Envoyer un e-mail de rupture en cas de silence'],
    }),
    usualDuration: null,
    targetConversion: 0.05,
    defaultCadenceId: null,
  },
  {
    id: 'signed',
    name: { en: 'Signed', fr: 'Signé' },
    kind: 'won',
    actions: actions('signed', {
      contract: ['Send the countersigned contract', 'Envoyer le contrat contresigné'],
      handover: ['Hand over to delivery', 'Passer le relais à la mise en place'],
      referral: ['Ask for a referral', 'Demander une recommandation'],
    }),
    usualDuration: { hours: 1 },
    targetConversion: 0.0025,
    defaultCadenceId: 'after-sale',
  },
  {
    id: 'lost',
    name: { en: 'Lost', fr: 'Perdu' },
    kind: 'lost',
    actions: [],
    usualDuration: null,
    targetConversion: null,
    defaultCadenceId: null,
  },
  {
    id: 'cross-sell',
    name: { en: 'Cross-sell', fr: 'Vente croisée' },
    kind: 'expansion',
    actions: actions('cross-sell', {
      review: ['Review what the client uses today', 'Faire le point sur ce que le client utilise'],
      propose: ['Propose a complementary offer', 'Proposer une offre complémentaire'],
      'next-step': ['Set the next check-in', 'Fixer le prochain point'],
    }),
    usualDuration: null,
    targetConversion: null,
    defaultCadenceId: 'after-sale',
  },
  {
    id: 'up-sell',
    name: { en: 'Up-sell', fr: 'Montée en gamme' },
    kind: 'expansion',
    actions: actions('up-sell', {
      usage: ['Check usage and satisfaction', 'Vérifier l’usage et la satisfaction'],
      propose: ['Propose the higher-end offer', 'Proposer l’offre supérieure'],
      'next-step': ['Set the next check-in', 'Fixer le prochain point'],
    }),
    usualDuration: null,
    targetConversion: null,
    defaultCadenceId: 'after-sale',
  },
];

export const DEFAULT_STAGES: Stage[] = STAGES.map((stage, index) => ({
  ...stage,
  order: (index + 1) * ORDER_STEP,
  builtin: true,
  updatedAt: 0,
}));
