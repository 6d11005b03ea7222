import { describe, expect, it } from 'vitest';
import { splitName } from './split-name';

describe('splitName', () => {
  it.each([
    ['Dana Whitfield', 'Dana', 'Whitfield'],
    ['  Dana   Whitfield  ', 'Dana', 'Whitfield'],
    ['Whitfield, Dana', 'Dana', 'Whitfield'],
    ['de la Tour, Jean-Pierre', 'Jean-Pierre', 'de la Tour'],
    ['Jean-Pierre de la Tour', 'Jean-Pierre', 'de la Tour'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['DUPONT Jean', 'Jean', 'DUPONT'],
    ['DE LA TOUR Jean-Pierre', 'Jean-Pierre', 'DE LA TOUR'],
    ['Jean DUPONT', 'Jean', 'DUPONT'],
    ['DANA WHITFIELD', 'DANA', 'WHITFIELD'],
    ['JP Morgan', 'JP', 'Morgan'],
    ['Dana', 'Dana', ''],
    ['"Dana Whitfield"', 'Dana', 'Whitfield'],
    ["'Dana Whitfield'", 'Dana', 'Whitfield'],
    ['“Dana Whitfield”', 'Dana', 'Whitfield'],
    ['« Jean Dupont »', 'Jean', 'Dupont'],
    ['"Dana Whitfield" <dana@northwind.test>', 'Dana', 'Whitfield'],
    ['Dana Whitfield (Northwind)', 'Dana', 'Whitfield'],
    ['Dana Whitfield, PhD', 'Dana', 'Whitfield'],
    ['Dr. Dana Whitfield', 'Dana', 'Whitfield'],
    ['Mme Claire Martin', 'Claire', 'Martin'],
    ['M. Dupont', '', 'Dupont'],
    ['Émilie Noël', 'Émilie', 'Noël'],
  ])('splits %j', (fullName, firstName, lastName) => {
    expect(splitName(fullName)).toEqual({ firstName, lastName });
  });

  it.each([
    'dana.whitfield@northwind.test',
    '<dana@northwind.test>',
    '"sales@northwind.test"',
    'Dana via sales@northwind.test',
    '',
    '   ',
    '""',
    'Whitfield, Dana, Northwind',
  ])('leaves both names empty for %j', (fullName) => {
    expect(splitName(fullName)).toEqual({ firstName: '', lastName: '' });
  });

  it('keeps a hostile name as characters', () => {
    expect(splitName('<b>Dana</b> Whitfield')).toEqual({ firstName: '<b>Dana</b>', lastName: 'Whitfield' });
  });
});
