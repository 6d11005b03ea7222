import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCES } from './cadences';
import { DEFAULT_STAGES } from './stages';

const byId = new Map(DEFAULT_STAGES.map((stage) => [stage.id, stage]));

describe('DEFAULT_STAGES', () => {
  it('has the course’s stages, in order, with stable ids', () => {
    expect(DEFAULT_STAGES.map((stage) => stage.id)).toEqual([
      'lead',
      'prospection',
      'meeting',
      'objections',
      'negotiation',
      'follow-up',
      'signed',
      'lost',
      'cross-sell',
      'up-sell',
    ]);
  });

  it('has unique ids and strictly increasing orders', () => {
    expect(byId.size).toBe(DEFAULT_STAGES.length);
    const orders = DEFAULT_STAGES.map((stage) => stage.order);
    for (let i = 1; i < orders.length; i++) expect(orders[i]).toBeGreaterThan(orders[i - 1] ?? Infinity);
  });

  it('gives each stage its kind', () => {
    expect(DEFAULT_STAGES.map((stage) => [stage.id, stage.kind])).toEqual([
      ['lead', 'open'],
      ['prospection', 'open'],
      ['meeting', 'open'],
      ['objections', 'open'],
      ['negotiation', 'open'],
      ['follow-up', 'open'],
      ['signed', 'won'],
      ['lost', 'lost'],
      ['cross-sell', 'expansion'],
      ['up-sell', 'expansion'],
    ]);
  });

  it('keeps the course’s usual durations and shares reaching each stage', () => {
    expect(DEFAULT_STAGES.map((stage) => [stage.id, stage.usualDuration, stage.targetConversion])).toEqual([
      ['lead', { months: 3 }, 0.2],
      ['prospection', { months: 3 }, 0.3],
      ['meeting', { weeks: 2 }, 0.15],
      ['objections', { hours: 1 }, 0.1],
      ['negotiation', { hours: 1 }, 0.03],
      ['follow-up', null, 0.05],
      ['signed', { hours: 1 }, 0.0025],
      ['lost', null, null],
      ['cross-sell', null, null],
      ['up-sell', null, null],
    ]);
  });

  it('reproduces the course’s arithmetic: 2,000 people reached per sale', () => {
    const lead = byId.get('lead')?.targetConversion ?? 0;
    const signed = byId.get('signed')?.targetConversion ?? 0;
    expect(Math.round(1 / signed)).toBe(400); // visitors per car sold
    expect(Math.round(1 / (lead * signed))).toBe(2000);
  });

  it('gives every open stage 3 to 5 actions, named in both languages', () => {
    for (const stage of DEFAULT_STAGES.filter((s) => s.kind === 'open')) {
      expect(stage.actions.length, stage.id).toBeGreaterThanOrEqual(3);
      expect(stage.actions.length, stage.id).toBeLessThanOrEqual(5);
    }
    for (const stage of DEFAULT_STAGES) {
      expect(stage.name.en.trim(), stage.id).not.toBe('');
      expect(stage.name.fr.trim(), stage.id).not.toBe('');
      for (const action of stage.actions) {
        expect(action.id.startsWith(`${stage.id}-`), action.id).toBe(true);
        expect(action.label.en.trim(), action.id).not.toBe('');
        expect(action.label.fr.trim(), action.id).not.toBe('');
        expect(action.label.fr, action.id).not.toBe(action.label.en);
      }
    }
  });

  it('keeps action ids unique and stable (deals store them)', () => {
    const ids = DEFAULT_STAGES.flatMap((stage) => stage.actions.map((action) => action.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(byId.get('meeting')?.actions.map((action) => action.id)).toEqual([
      'meeting-agenda',
      'meeting-demo',
      'meeting-choice',
      'meeting-next-step',
    ]);
    expect(ids).toEqual([
      'lead-source',
      'lead-details',
      'lead-company',
      'lead-contact',
      'prospection-discovery',
      'prospection-need',
      'prospection-decision-maker',
      'prospection-booking',
      'meeting-agenda',
      'meeting-demo',
      'meeting-choice',
      'meeting-next-step',
      'objections-list',
      'objections-answer',
      'objections-confirm',
      'negotiation-proposal',
      'negotiation-financing',
      'negotiation-terms',
      'negotiation-signature',
      'follow-up-next-step',
      'follow-up-cadence',
      'follow-up-news',
      'follow-up-breakup',
      'signed-contract',
      'signed-handover',
      'signed-referral',
      'cross-sell-review',
      'cross-sell-propose',
      'cross-sell-next-step',
      'up-sell-usage',
      'up-sell-propose',
      'up-sell-next-step',
    ]);
  });

  it('starts the after-sale cadence from signed and expansion stages only', () => {
    const cadenceIds = new Set(DEFAULT_CADENCES.map((cadence) => cadence.id));
    for (const stage of DEFAULT_STAGES) {
      const expected = ['signed', 'cross-sell', 'up-sell'].includes(stage.id) ? 'after-sale' : null;
      expect(stage.defaultCadenceId, stage.id).toBe(expected);
      if (stage.defaultCadenceId !== null) expect(cadenceIds.has(stage.defaultCadenceId)).toBe(true);
    }
  });

  it('marks every stage built in, never updated', () => {
    for (const stage of DEFAULT_STAGES) expect([stage.builtin, stage.updatedAt]).toEqual([true, 0]);
  });
});
