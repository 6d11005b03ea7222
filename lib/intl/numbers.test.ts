import { describe, expect, it } from 'vitest';
import {
  currencyCode,
  formatAmountInput,
  formatMoney,
  formatNumber,
  numberSeparators,
  parseNumber,
} from './numbers';

const NNBSP = '\u202f'; // narrow no-break space: what Intl writes between thousands in French
const NBSP = '\u00a0';

describe('numberSeparators (from Intl, not written here)', () => {
  it('gives each language its thousands and decimal separators', () => {
    expect(numberSeparators('en')).toEqual({ group: ',', decimal: '.' });
    expect(numberSeparators('fr')).toEqual({ group: NNBSP, decimal: ',' });
  });
});

describe('parseNumber reads a number as a rep writes it', () => {
  it.each([
    // text, English, French
    ['24000', 24000, 24000],
    ['24 000', 24000, 24000],
    [`24${NNBSP}000`, 24000, 24000],
    [`24${NBSP}000`, 24000, 24000],
    ['24\u2009000', 24000, 24000],
    ['24 000,50', 24000.5, 24000.5],
    [`24${NNBSP}000,50`, 24000.5, 24000.5],
    [`24${NBSP}000,50`, 24000.5, 24000.5],
    ['24 000.50', 24000.5, 24000.5],
    ['24,000.50', 24000.5, 24000.5],
    ['24.000,50', 24000.5, 24000.5],
    ['1,000,000', 1_000_000, 1_000_000],
    ['1.000.000', 1_000_000, 1_000_000],
    ['1 000 000', 1_000_000, 1_000_000],
    ['1,234,567.89', 1234567.89, 1234567.89],
    ['1.234.567,89', 1234567.89, 1234567.89],
    // One separator, three digits after it: the language decides.
    ['24,000', 24000, 24],
    ['24.000', 24, 24000],
    // One separator, any other number of digits after it: decimals.
    ['24,5', 24.5, 24.5],
    ['24.5', 24.5, 24.5],
    ['0,25', 0.25, 0.25],
    ['1000,5', 1000.5, 1000.5],
    ['12.3456', 12.3456, 12.3456],
    // Around it: spaces, a sign.
    ['  42 ', 42, 42],
    ['-12,5', -12.5, -12.5],
    ['\u221212', -12, -12],
    ['007', 7, 7],
  ])('%j → %s in English, %s in French', (text, en, fr) => {
    expect(parseNumber(text, 'en')).toBe(en);
    expect(parseNumber(text, 'fr')).toBe(fr);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['abc', 'letters'],
    ['24k', 'a letter after'],
    ['24 000 €', 'a currency sign'],
    ['€24,000', 'a currency sign before'],
    ['24,000,5', 'a last group of one digit'],
    ['2,40,000', 'groups of two (Indian grouping)'],
    ['24 00', 'a space group of two'],
    ['1,000.5.5', 'the decimal point twice'],
    ['1.000,5,5', 'the decimal comma twice'],
    ['1,000 000', 'a comma before spaces'],
    ['1 000.000,5', 'two kinds of thousands separators'],
    ['24,', 'a separator at the end'],
    [',5', 'a separator at the start'],
    ['1,,000', 'two separators in a row'],
    ['--5', 'two signs'],
    ['1e5', 'an exponent'],
    ['0x10', 'hexadecimal'],
    ['Infinity', 'infinity'],
  ])('refuses %j (%s)', (text) => {
    expect(parseNumber(text, 'en')).toBeNull();
    expect(parseNumber(text, 'fr')).toBeNull();
  });
});

describe('formatting, the same way back', () => {
  it('shows numbers as each language writes them', () => {
    expect(formatNumber(24000.5, 'en')).toBe('24,000.5');
    expect(formatNumber(24000.5, 'fr')).toBe(`24${NNBSP}000,5`);
    expect(formatNumber(1 / 3, 'fr', { maximumFractionDigits: 1 })).toBe('0,3');
  });

  it('shows an amount for an input: cents only when there are some, and reads it back', () => {
    expect(formatAmountInput(24000, 'en')).toBe('24,000');
    expect(formatAmountInput(24000.5, 'en')).toBe('24,000.50');
    expect(formatAmountInput(24000.5, 'fr')).toBe(`24${NNBSP}000,50`);
    for (const amount of [0, 5, 999, 1000, 24000, 24000.5, 1234567.89, 0.25]) {
      for (const lang of ['en', 'fr'] as const) {
        expect(parseNumber(formatAmountInput(amount, lang), lang)).toBe(amount);
      }
    }
  });

  it('shows a deal’s value in its own currency', () => {
    expect(formatMoney(24000, 'EUR', 'en')).toBe('€24,000');
    expect(formatMoney(24000, 'EUR', 'fr')).toBe(`24${NNBSP}000${NBSP}€`);
    expect(formatMoney(24000.5, 'EUR', 'fr')).toBe(`24${NNBSP}000,50${NBSP}€`);
    expect(formatMoney(24000, 'USD', 'en')).toBe('US$24,000');
    expect(formatMoney(24000, 'GBP', 'en')).toBe('£24,000');
    expect(formatMoney(1500, 'CHF', 'fr')).toBe(`1${NNBSP}500${NBSP}CHF`);
  });

  it('falls back on the code for a currency Intl cannot use', () => {
    expect(formatMoney(24000, 'EU', 'en')).toBe('24,000 EU');
  });

  it('reads a currency code as typed', () => {
    expect(currencyCode(' eur ')).toBe('EUR');
    expect(currencyCode('US$')).toBeNull();
    expect(currencyCode('EURO')).toBeNull();
  });
});
