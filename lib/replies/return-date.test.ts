import { describe, expect, it } from 'vitest';
import { absenceStartsAfter, findReturnDate } from './return-date';

// Friday 20 February 2026.
const today = '2026-02-20';

describe('findReturnDate: what the words around a date make of it', () => {
  it('reads the reference case: the end of a range is the last day away, never next year’s start', () => {
    expect(findReturnDate('I am on leave from 16 February to 27 February', today, 'en')).toBe('2026-02-28');
  });
  it.each([
    // "until X" keeps its meaning: back on X; the inclusive words make X the last day away.
    ['en', 'I am away until 5 March.', '2026-03-05'],
    ['en', 'I am away through 5 March.', '2026-03-06'],
    ['en', 'I am away until 5 March inclusive.', '2026-03-06'],
    ['fr', "Je suis absente jusqu'au 5 mars.", '2026-03-05'],
    ['fr', "Je suis absente jusqu'au 5 mars inclus.", '2026-03-06'],
    ['de', 'Ich bin bis 5. März im Urlaub.', '2026-03-05'],
    ['de', 'Ich bin bis einschließlich 5. März im Urlaub.', '2026-03-06'],
    ['es', 'Estoy de vacaciones hasta el 5 de marzo.', '2026-03-05'],
    ['es', 'Estoy de vacaciones hasta el 5 de marzo inclusive.', '2026-03-06'],
    ['es', 'Estoy de vacaciones hasta el 5 de marzo incluido.', '2026-03-06'],
    ['nl', 'Ik ben op vakantie tot en met 5 maart.', '2026-03-06'],
  ] as const)('%s: %s → %s', (lang, text, day) => {
    expect(findReturnDate(text, today, lang)).toBe(day);
  });
  it.each([
    ['en', 'I am away until Monday.', '2026-02-23'],
    ['en', 'I will be back next Wednesday.', '2026-02-25'],
    ['en', 'Back next week.', '2026-02-23'],
    ['en', 'I will be back on the 9th.', '2026-03-09'],
    ['en', 'Back on the 25th.', '2026-02-25'],
    ['en', 'Back tomorrow.', '2026-02-21'],
    ['fr', 'De retour lundi prochain.', '2026-02-23'],
    ['fr', 'Je serai de retour la semaine prochaine.', '2026-02-23'],
    ['de', 'Ab nächster Woche bin ich wieder im Büro.', '2026-02-23'],
    ['es', 'Vuelvo la semana que viene.', '2026-02-23'],
  ] as const)('relative days — %s: %s → %s', (lang, text, day) => {
    expect(findReturnDate(text, today, lang)).toBe(day);
  });
  it('gives no day for a month alone, a past day, a day more than a year ahead, or a date with no role', () => {
    expect(findReturnDate('I am away until March.', today, 'en')).toBeNull();
    expect(findReturnDate('Je suis absente en mars.', today, 'fr')).toBeNull();
    expect(findReturnDate('I am away until 18 February.', today, 'en')).toBeNull();
    expect(findReturnDate('I am away until 20 February.', today, 'en')).toBeNull(); // today itself
    expect(findReturnDate('I am away until 14 March 2028.', today, 'en')).toBeNull();
    expect(findReturnDate('The delivery is planned for 20 March.', today, 'en')).toBeNull();
    expect(findReturnDate('I am on leave from 3 March.', today, 'en')).toBeNull(); // a start only
    expect(findReturnDate('', today, 'en')).toBeNull();
    expect(findReturnDate('Back on 2 March', 'not a date', 'en')).toBeNull();
  });
  it('the date nearest the absence wins over other dates with a role', () => {
    expect(
      findReturnDate(
        'I am out of the office until 5 March; the delivery is planned for 20 March.',
        today,
        'en',
      ),
    ).toBe('2026-03-05');
    expect(
      findReturnDate(
        'Our warehouse is closed until 20 March. Personally, I am on leave until 5 March.',
        today,
        'en',
      ),
    ).toBe('2026-03-05');
    expect(
      findReturnDate('Ich bin bis 5. März im Urlaub. Unser Lager ist bis 20. März geschlossen.', today, 'de'),
    ).toBe('2026-03-05');
  });
  it('reads numeric dates day-first outside English, month-first in English unless the text or a hint says otherwise', () => {
    expect(findReturnDate('de retour le 04/03/2026', today, 'fr')).toBe('2026-03-04');
    expect(findReturnDate('zurück am 04.03.2026', today, 'de')).toBe('2026-03-04');
    expect(findReturnDate('regreso el 04/03/2026', today, 'es')).toBe('2026-03-04');
    expect(findReturnDate('back on 03/04/2026', today, 'en')).toBe('2026-03-04');
    expect(findReturnDate('back on 03/04/2026', today, 'en', { dayFirst: true })).toBe('2026-04-03');
    // "from 21/03": 21 cannot be a month, so the text is day-first.
    expect(findReturnDate('away from 21/02 to 03/03', today, 'en')).toBe('2026-03-04');
  });
  it('crosses the year: a range over New Year, a date in January read in December', () => {
    expect(findReturnDate('Je suis absente du 21 décembre au 4 janvier.', '2026-12-28', 'fr')).toBe(
      '2027-01-05',
    );
    expect(findReturnDate('I am back on 5 January.', '2026-12-28', 'en')).toBe('2027-01-05');
    expect(findReturnDate('Ich bin vom 21.12. bis 04.01. nicht im Büro.', '2026-12-22', 'de')).toBe(
      '2027-01-05',
    );
  });
  it('ignores the quoted history below the reply', () => {
    const text =
      'I am out of the office until 2 March. On Fri, Feb 20, 2026 at 2:31 PM, Jordan wrote: shall we meet on 27 February?';
    expect(findReturnDate(text, today, 'en')).toBe('2026-03-02');
  });
});

describe('absenceStartsAfter', () => {
  it('tells an absence announced for later from one under way', () => {
    expect(
      absenceStartsAfter('Je serai absente à partir du 23 mars, de retour le 6 avril.', '2026-03-20', 'fr'),
    ).toBe(true);
    expect(absenceStartsAfter('I am on leave from 16 February to 27 February.', today, 'en')).toBe(false);
    expect(absenceStartsAfter('À partir du 11 mars, je serai de retour.', '2026-03-05', 'fr')).toBe(false);
  });
});
