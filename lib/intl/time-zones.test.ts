import { describe, expect, it } from 'vitest';
import { filterTimeZones, fold, timeZoneIds, timeZoneLabel, timeZoneOptions } from './time-zones';

const JANUARY = Date.UTC(2026, 0, 15);
const ids = timeZoneIds(['Europe/Paris']);

describe('timeZoneIds', () => {
  it('lists the browser’s zones, with UTC and the extra ones, sorted and once each', () => {
    expect(ids.length).toBeGreaterThan(300);
    expect(ids).toContain('UTC');
    expect(ids).toContain('America/New_York');
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('leaves out an extra that is no zone', () => {
    expect(timeZoneIds(['Mars/Olympus', ''])).not.toContain('Mars/Olympus');
  });
});

describe('timeZoneOptions and filterTimeZones', () => {
  const en = timeZoneOptions(ids, 'en', JANUARY);
  const fr = timeZoneOptions(ids, 'fr', JANUARY);
  const find = (list: typeof en, query: string) => filterTimeZones(list, query).map((o) => o.id);

  it('gives a zone its city, region, name and offset in the rep’s language', () => {
    expect(en.find((o) => o.id === 'America/New_York')).toMatchObject({
      city: 'New York',
      region: 'America',
      name: 'Eastern Time',
      offset: 'GMT-5',
    });
    expect(fr.find((o) => o.id === 'Europe/Paris')).toMatchObject({
      name: 'heure d’Europe centrale',
      offset: 'UTC+1',
    });
    expect(en.find((o) => o.id === 'America/Argentina/Salta')?.region).toBe('America · Argentina');
  });

  it('finds a zone by its city, in any case, with or without accents or underscores', () => {
    expect(find(en, 'paris')[0]).toBe('Europe/Paris');
    expect(find(en, 'new york')[0]).toBe('America/New_York');
    expect(find(en, 'new')[0]).toBe('America/New_York'); // before America/North_Dakota/New_Salem
    expect(find(en, 'NEW_YORK')[0]).toBe('America/New_York');
    expect(find(en, 'sao paulo')[0]).toBe('America/Sao_Paulo');
    // Renamed cities are found by today's name, whichever id this browser lists.
    expect(find(en, 'ho chi').some((id) => id === 'Asia/Ho_Chi_Minh' || id === 'Asia/Saigon')).toBe(true);
    expect(find(en, 'kyiv').some((id) => id === 'Europe/Kyiv' || id === 'Europe/Kiev')).toBe(true);
  });

  it('finds zones by their name or offset, in the rep’s language', () => {
    expect(find(en, 'central european')).toContain('Europe/Paris');
    expect(find(fr, 'europe centrale')).toContain('Europe/Paris');
    expect(find(en, 'gmt+5:30').some((id) => id === 'Asia/Kolkata' || id === 'Asia/Calcutta')).toBe(true);
  });

  it('puts cities that start with the query first', () => {
    expect(find(en, 'lon')[0]).toBe('Europe/London');
  });

  it('matches everything for an empty query, nothing for nonsense', () => {
    expect(filterTimeZones(en, '  ')).toHaveLength(en.length);
    expect(filterTimeZones(en, 'zzzz')).toEqual([]);
  });

  it('labels a picked zone', () => {
    const paris = en.find((o) => o.id === 'Europe/Paris');
    if (!paris) throw new Error('no Paris');
    expect(timeZoneLabel(paris)).toBe('Paris — Central European Time (GMT+1)');
    const utc = en.find((o) => o.id === 'UTC');
    if (!utc) throw new Error('no UTC');
    expect(timeZoneLabel(utc)).toBe('UTC (GMT+0)');
  });

  it('folds text for the search', () => {
    expect(fold('Ho_Chi_Minh')).toBe('ho chi minh');
    expect(fold('heure d’Europe')).toBe('heure d europe');
  });
});
