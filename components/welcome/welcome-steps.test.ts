import { describe, expect, it } from 'vitest';
import {
  stepAfter,
  stepBefore,
  stepFromHash,
  WELCOME_STEPS,
  weekdayName,
  workingDaysText,
} from './welcome-steps';

describe('the welcome steps', () => {
  it('are found from the URL hash, the first one otherwise', () => {
    expect(stepFromHash('#zone')).toBe('zone');
    expect(stepFromHash('')).toBe('language');
    expect(stepFromHash('#nope')).toBe('language');
  });

  it('go forward and back, and end on the start step', () => {
    expect(stepAfter('language')).toBe('signature');
    expect(stepAfter('start')).toBe('start');
    expect(stepBefore('language')).toBeNull();
    expect(stepBefore('start')).toBe('process');
    expect(WELCOME_STEPS.at(-1)).toBe('start');
  });
});

describe('working days in words', () => {
  it('names weekdays in the rep’s language', () => {
    expect(weekdayName(1, 'en', 'long')).toBe('Monday');
    expect(weekdayName(0, 'fr', 'long')).toBe('dimanche');
  });

  it('writes runs of three days or more as a span, Monday first', () => {
    expect(workingDaysText([1, 2, 3, 4, 5], 'en')).toBe('Mon–Fri');
    expect(workingDaysText([5, 1, 2, 3], 'en')).toBe('Mon–Wed, Fri');
    expect(workingDaysText([0, 6], 'en')).toBe('Sat, Sun');
    expect(workingDaysText([1, 2, 3, 4, 5, 6], 'fr')).toBe('lun.–sam.');
  });
});
