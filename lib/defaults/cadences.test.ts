import { describe, expect, it } from 'vitest';
import { AFTER_SALE_CADENCE, DEFAULT_CADENCE, DEFAULT_CADENCES } from './cadences';

describe('DEFAULT_CADENCE', () => {
  it('follows the course: same day, next day, +3 days, weekly for a month', () => {
    expect(DEFAULT_CADENCE.id).toBe('default');
    expect(DEFAULT_CADENCE.steps).toEqual([
      { after: {}, channel: 'email', templateKind: 'relance' },
      { after: { days: 1 }, channel: 'phone', templateKind: null },
      { after: { days: 3 }, channel: 'email', templateKind: 'relance' },
      { after: { days: 7 }, channel: 'email', templateKind: 'good-news' },
      { after: { days: 7 }, channel: 'phone', templateKind: null },
      { after: { days: 7 }, channel: 'email', templateKind: 'relance' },
      { after: { days: 7 }, channel: 'email', templateKind: 'good-news' },
    ]);
  });

  it('then checks in quarterly and closes with a breakup', () => {
    expect(DEFAULT_CADENCE.tail).toEqual({
      every: { months: 3 },
      times: 2,
      channel: 'email',
      templateKind: 'relance',
    });
    expect(DEFAULT_CADENCE.breakup).toEqual({
      after: { days: 14 },
      channel: 'email',
      templateKind: 'breakup',
    });
  });
});

describe('AFTER_SALE_CADENCE', () => {
  it('checks in with clients every quarter, without a breakup', () => {
    expect(AFTER_SALE_CADENCE.id).toBe('after-sale');
    expect(AFTER_SALE_CADENCE.steps).toEqual([
      { after: { months: 3 }, channel: 'email', templateKind: 'good-news' },
    ]);
    expect(AFTER_SALE_CADENCE.tail).toEqual({
      every: { months: 3 },
      times: 3,
      channel: 'phone',
      templateKind: null,
    });
    expect(AFTER_SALE_CADENCE.breakup).toBeNull();
  });
});

describe('DEFAULT_CADENCES', () => {
  it('holds both, built in, named in both languages', () => {
    expect(DEFAULT_CADENCES.map((cadence) => cadence.id)).toEqual(['default', 'after-sale']);
    for (const cadence of DEFAULT_CADENCES) {
      expect([cadence.builtin, cadence.updatedAt]).toEqual([true, 0]);
      expect(cadence.name.en.trim()).not.toBe('');
      expect(cadence.name.fr.trim()).not.toBe('');
      expect(cadence.name.fr).not.toBe(cadence.name.en);
    }
    expect(DEFAULT_CADENCE.name.en).toBe(
      'Default: same day, next day, +3 days, weekly for a month, then quarterly',
    );
  });
});
