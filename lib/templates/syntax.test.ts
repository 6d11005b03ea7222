import { describe, expect, it } from 'vitest';
import { findUnknownVariables, parseTemplate } from './syntax';

describe('findUnknownVariables', () => {
  it('lists unknown names once each, in order of appearance', () => {
    expect(findUnknownVariables('{fristName} {offer} {price} {fristName} {Company}')).toEqual([
      'fristName',
      'price',
      'Company',
    ]);
  });

  it('finds nothing in a template using only known variables', () => {
    expect(findUnknownVariables('{firstName} {lastName} {company} {offer} {slot} {senderName}')).toEqual([]);
  });

  it('reads spaces inside braces as part of the syntax, not the name', () => {
    expect(findUnknownVariables('{ firstName } { first name }')).toEqual(['first name']);
  });

  it('ignores escaped braces', () => {
    expect(findUnknownVariables('{{price}} and {{{{x}}}}')).toEqual([]);
  });

  it('reports a name inside tripled braces: a literal brace around a variable', () => {
    expect(findUnknownVariables('{{{price}}}')).toEqual(['price']);
  });

  it('leaves malformed sequences alone instead of reporting them', () => {
    expect(findUnknownVariables('an open { brace, {} and { }, a lone } and {unclosed\nprice}')).toEqual([]);
  });
});

describe('parseTemplate', () => {
  it('turns {{ and }} into literal braces', () => {
    expect(parseTemplate('{{firstName}} is written {{firstName}}')).toEqual([
      { type: 'text', text: '{firstName} is written {firstName}' },
    ]);
  });

  it('reads {{{name}}} as a brace, a variable, a brace', () => {
    expect(parseTemplate('{{{offer}}}')).toEqual([
      { type: 'text', text: '{' },
      { type: 'variable', name: 'offer' },
      { type: 'text', text: '}' },
    ]);
  });

  it('keeps a { that opens nothing as text and reads the variable after it', () => {
    expect(parseTemplate('{ {firstName}')).toEqual([
      { type: 'text', text: '{ ' },
      { type: 'variable', name: 'firstName' },
    ]);
  });

  it('does not let a variable span lines', () => {
    expect(parseTemplate('{first\nName}')).toEqual([{ type: 'text', text: '{first\nName}' }]);
  });

  it('keeps empty braces and lone closing braces as text', () => {
    expect(parseTemplate('{} { } }')).toEqual([{ type: 'text', text: '{} { } }' }]);
  });

  it('tells known from unknown names, case-sensitively', () => {
    expect(parseTemplate('{offer}{Offer}')).toEqual([
      { type: 'variable', name: 'offer' },
      { type: 'unknown', name: 'Offer' },
    ]);
  });
});
