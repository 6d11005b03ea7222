import { addYears, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyReply } from './classify';
import { REPLY_LANGUAGES } from './language';
import { type Expected, HELD_OUT_CASES, REPLY_CASES, type ReplyCase } from './test-cases';

const TABLE = [...REPLY_CASES, ...HELD_OUT_CASES];

/** What the classifier says, in the table's terms. */
function outcome(c: ReplyCase): Expected {
  const reading = classifyReply({ subject: c.subject ?? '', text: c.text }, { today: c.today });
  if (reading.kind === 'auto-reply') return { kind: 'auto-reply', returnDay: reading.returnDay };
  if (reading.kind === 'opt-out') return { kind: 'opt-out', reason: reading.reason };
  return { kind: 'answer' };
}

describe('classifyReply on the table, language by language', () => {
  for (const lang of REPLY_LANGUAGES) {
    const cases = TABLE.filter((c) => c.lang === lang);
    it(`has cases in ${lang}: automatic replies and answers`, () => {
      expect(cases.some((c) => c.expected.kind === 'auto-reply')).toBe(true);
      expect(cases.some((c) => c.expected.kind !== 'auto-reply')).toBe(true);
    });
    it.each(cases.map((c) => [c.subject ? `${c.subject} | ${c.text}` : c.text, c] as const))(
      `${lang}: %s`,
      (_label, c) => {
        expect(outcome(c)).toEqual(c.expected);
      },
    );
  }
});

describe('classifyReply says why', () => {
  const today = '2026-02-20';
  it('names the subject prefix it saw, and nothing else of the mail', () => {
    expect(
      classifyReply(
        { subject: 'Automatic reply: Proposal for Northwind', text: 'Back on 2 March.' },
        { today },
      ),
    ).toEqual({
      kind: 'auto-reply',
      evidence: 'subject',
      cue: 'Automatic reply',
      returnDay: '2026-03-02',
      lang: 'en',
    });
  });
  it('names the phrase of the text it saw', () => {
    const reading = classifyReply(
      { text: "Ceci est un message automatique. Je suis en congés jusqu'au 4 mars." },
      { today },
    );
    expect(reading).toMatchObject({
      kind: 'auto-reply',
      evidence: 'text',
      cue: 'Ceci est un message automatique',
      returnDay: '2026-03-04',
      lang: 'fr',
    });
  });
  it('says which absence an answer mentions, so the UI can offer "It was automatic"', () => {
    expect(
      classifyReply(
        {
          text: 'Sorry for the slow reply, I was out of the office last week. Yes, please send the contract.',
        },
        { today },
      ),
    ).toEqual({
      kind: 'answer',
      absence: 'out of the office',
    });
    expect(classifyReply({ text: 'Sounds good, see you Thursday.' }, { today })).toEqual({
      kind: 'answer',
      absence: null,
    });
  });
  it('gives the refusal and its words for the "lost" proposal', () => {
    expect(classifyReply({ text: 'Merci de ne plus me contacter.' }, { today })).toEqual({
      kind: 'opt-out',
      reason: 'do-not-contact',
      cue: 'ne plus me contacter',
    });
  });
  it('an automatic reply that mentions "unsubscribe" stays automatic', () => {
    expect(
      classifyReply(
        {
          subject: 'Automatic reply: Newsletter',
          text: 'I am away. To unsubscribe, remove me from the list.',
        },
        { today },
      ).kind,
    ).toBe('auto-reply');
  });
  it('reads English numeric dates day-first when told so, month-first otherwise', () => {
    const text = 'I am out of the office until 03/04/2026.';
    expect(classifyReply({ text }, { today })).toMatchObject({ returnDay: '2026-03-04' });
    expect(classifyReply({ text }, { today, dayFirst: true })).toMatchObject({ returnDay: '2026-04-03' });
  });
  it('falls back to the hinted language when the text has no telling word', () => {
    expect(
      classifyReply({ subject: 'Automatic reply', text: '04/03/2026' }, { today, lang: 'fr' }),
    ).toMatchObject({ lang: 'fr' });
  });
  it('ignores the quoted history: a question of the rep below an automatic reply does not make it an answer', () => {
    const text =
      'Thank you for your email. I am out of the office until 2 March with limited access to email. On Fri, Feb 20, 2026 at 2:31 PM, Jordan Lee <jordan.lee@acme.test> wrote: Can we meet next week?';
    expect(classifyReply({ text }, { today })).toMatchObject({ kind: 'auto-reply', returnDay: '2026-03-02' });
  });
});

describe('classifyMessage keeps its kinds for the thread watcher', () => {
  const ctx = { own: new Set(['jordan.lee@acme.test']), contactEmail: 'dana.whitfield@northwind.test' };
  const from = { name: 'Dana', email: 'dana.whitfield@northwind.test' };
  it('a refusal is a reply (the cadence stops), an answer mentioning an absence too', () => {
    expect(classifyMessage({ from, text: 'Not interested, thanks.' }, ctx)).toBe('reply');
    expect(
      classifyMessage(
        { from, text: "je serai absent jeudi, pouvez-vous m'envoyer le contrat aujourd'hui ?" },
        ctx,
      ),
    ).toBe('reply');
    expect(classifyMessage({ from, text: 'Ich bin bis einschließlich 3. April nicht im Büro.' }, ctx)).toBe(
      'auto-reply',
    );
  });
});

describe('any return day found is after today and within a year', () => {
  const autoTexts = TABLE.filter((c) => c.expected.kind === 'auto-reply');
  // Templates from the table's wording, filled with random dates in each way they are written.
  const month = (locale: string, d: Date) => d.toLocaleDateString(locale, { month: 'long' });
  const templates: ((a: Date, b: Date) => string)[] = [
    (a, b) =>
      `I am on leave from ${a.getDate()} ${month('en-GB', a)} to ${b.getDate()} ${month('en-GB', b)}.`,
    (a) => `I am out of the office until ${month('en-GB', a)} ${a.getDate()}, ${a.getFullYear()}.`,
    (a) => `I'm away through ${format(a, 'MM/dd/yyyy')} with limited access to email.`,
    (a) => `Je suis absente jusqu'au ${a.getDate()} ${month('fr-FR', a)} inclus.`,
    (a, b) => `Je suis en congés du ${format(a, 'dd/MM')} au ${format(b, 'dd/MM')}.`,
    (a) => `Ich bin bis einschließlich ${a.getDate()}. ${month('de-DE', a)} nicht im Büro.`,
    (a, b) => `Ich bin vom ${format(a, 'd.M.')} bis ${format(b, 'd.M.')} im Urlaub.`,
    (a) => `Estoy fuera de la oficina hasta el ${a.getDate()} de ${month('es-ES', a)} de ${a.getFullYear()}.`,
    (a) => `I will be back on the ${a.getDate()}th.`,
  ];
  const day = fc.date({ min: new Date(2020, 0, 1), max: new Date(2035, 11, 31), noInvalidDate: true });
  // Dates around the reference day, so today, tomorrow and a year ahead come up often.
  const offset = fc.oneof(
    fc.integer({ min: -3, max: 3 }),
    fc.integer({ min: 360, max: 370 }),
    fc.integer({ min: -400, max: 400 }),
  );
  const around = (ref: Date, days: number) =>
    new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + days, 12);
  it('on the table texts and on templates, for random reference days', () => {
    fc.assert(
      fc.property(
        day,
        offset,
        offset,
        fc.oneof(fc.constantFrom(...autoTexts.map((c) => () => c.text)), fc.constantFrom(...templates)),
        (ref, da, db, make) => {
          const today = format(ref, 'yyyy-MM-dd');
          const text = make(around(ref, da), around(ref, db));
          const reading = classifyReply({ subject: 'Automatic reply', text }, { today });
          if (reading.kind !== 'auto-reply') return false;
          const back = reading.returnDay;
          if (back === null) return true;
          return back > today && back <= format(addYears(parseISO(today), 1), 'yyyy-MM-dd');
        },
      ),
      { numRuns: 600 },
    );
  });
});
