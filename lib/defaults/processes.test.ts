import { describe, expect, it } from 'vitest';
import { readProcess } from '../backup/format';
import { project } from '../funnel/projection';
import { CAR_DEALERSHIP_PROCESS, NAMED_PROCESSES, TWICE_A_YEAR_CADENCE } from './processes';
import { DEFAULT_STAGES } from './stages';

describe('the named processes', () => {
  it('are valid process files, as "Share my process" writes them', () => {
    for (const process of NAMED_PROCESSES) {
      const { stages, cadences, templates } = process;
      const text = JSON.stringify({
        format: 'relance-process',
        formatVersion: 2,
        exportedAt: 0,
        data: { stages, cadences, templates },
      });
      const result = readProcess(text);
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });

  it('keep the built-in stage ids, so deals and the funnel still find their stages', () => {
    for (const process of NAMED_PROCESSES) {
      expect(process.stages.map((s) => [s.id, s.kind, s.order])).toEqual(
        DEFAULT_STAGES.map((s) => [s.id, s.kind, s.order]),
      );
    }
  });
});

describe('the car dealership, after the course', () => {
  const byId = new Map(CAR_DEALERSHIP_PROCESS.stages.map((s) => [s.id, s]));

  it('has the course’s usual durations and shares (DESIGN.md’s table)', () => {
    expect(
      CAR_DEALERSHIP_PROCESS.stages
        .filter((s) => s.kind === 'open' || s.kind === 'won')
        .map((s) => [s.name.en, s.usualDuration, s.targetConversion]),
    ).toEqual([
      ['Lead generation', { months: 3 }, 0.2],
      ['Discovery', { months: 3 }, 0.3],
      ['Test drive', { weeks: 2 }, 0.15],
      ['Objections', { hours: 1 }, 0.1],
      ['Financing', { hours: 1 }, 0.03],
      ['Follow-up', null, 0.05],
      ['Sold', { hours: 1 }, 0.0025],
    ]);
  });

  it('follows prospects up twice a year', () => {
    expect(byId.get('follow-up')?.defaultCadenceId).toBe(TWICE_A_YEAR_CADENCE.id);
    expect(CAR_DEALERSHIP_PROCESS.cadences.map((c) => c.id)).toContain(TWICE_A_YEAR_CADENCE.id);
    expect(TWICE_A_YEAR_CADENCE.steps[0]?.after).toEqual({ months: 6 });
    expect(TWICE_A_YEAR_CADENCE.tail?.every).toEqual({ months: 6 });
  });

  it('reproduces 400 visitors per car sold, 2,000 people reached, 30,000 a month for 3 reps × 5', () => {
    const shares = Object.fromEntries(CAR_DEALERSHIP_PROCESS.stages.map((s) => [s.id, s.targetConversion]));
    const result = project({
      stages: CAR_DEALERSHIP_PROCESS.stages,
      shares,
      salesPerRep: 5,
      teamSize: 3,
      now: Date.UTC(2026, 2, 2),
      timeZone: 'Europe/Paris',
    });
    if (!result.ok) throw new Error(result.problem);
    expect(result.leadsPerSale).toBeCloseTo(400, 9);
    expect(result.peopleReachedPerSale).toBeCloseTo(2_000, 9);
    expect(result.peopleReachedPerMonth).toBeCloseTo(30_000, 6);
    expect(result.cycleDays).toBeGreaterThan(170); // about 6 months from first contact to sale
  });

  it('speaks both languages in every stage and action', () => {
    for (const stage of CAR_DEALERSHIP_PROCESS.stages) {
      expect(stage.name.fr).not.toBe('');
      for (const action of stage.actions) expect(action.label.fr).not.toBe(action.label.en);
    }
  });
});
