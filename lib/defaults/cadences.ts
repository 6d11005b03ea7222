// The cadences written on install. Built-in ids are stable slugs ('default', 'after-sale'): stages,
// settings and running deals refer to them.
import type { Cadence } from '../model';

/**
 * The course's rhythm for a silent prospect: the same day, the next day, 3 days later, every 7 days
 * for a month, then once a quarter (twice), and a closing breakup two weeks after the last one.
 * Mostly short emails asking for a call, with phone calls in between.
 */
export const DEFAULT_CADENCE: Cadence = {
  id: 'default',
  name: {
    en: 'Default: same day, next day, +3 days, weekly for a month, then quarterly',
    fr: 'Par défaut : le jour même, le lendemain, +3 jours, chaque semaine pendant un mois, puis chaque trimestre',
  },
  steps: [
    { after: {}, channel: 'email', templateKind: 'relance' },
    { after: { days: 1 }, channel: 'phone', templateKind: null },
    { after: { days: 3 }, channel: 'email', templateKind: 'relance' },
    { after: { days: 7 }, channel: 'email', templateKind: 'good-news' },
    { after: { days: 7 }, channel: 'phone', templateKind: null },
    { after: { days: 7 }, channel: 'email', templateKind: 'relance' },
    { after: { days: 7 }, channel: 'email', templateKind: 'good-news' },
  ],
  tail: { every: { months: 3 }, times: 2, channel: 'email', templateKind: 'relance' },
  breakup: { after: { days: 14 }, channel: 'email', templateKind: 'breakup' },
  builtin: true,
  updatedAt: 0,
};

/** After signing the cycle goes on: a quarterly check-in with existing clients, for cross-sell and up-sell. */
export const AFTER_SALE_CADENCE: Cadence = {
  id: 'after-sale',
  name: {
    en: 'After sale: quarterly check-ins (cross-sell, up-sell)',
    fr: 'Après-vente : un point chaque trimestre (vente croisée, montée en gamme)',
  },
  steps: [{ after: { months: 3 }, channel: 'email', templateKind: 'good-news' }],
  tail: { every: { months: 3 }, times: 3, channel: 'phone', templateKind: null },
  breakup: null,
  builtin: true,
  updatedAt: 0,
};

export const DEFAULT_CADENCES: Cadence[] = [DEFAULT_CADENCE, AFTER_SALE_CADENCE];
