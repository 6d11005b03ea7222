import { describe, expect, it } from 'vitest';
import { autoReplyLanguage, classifyMessage, findReturnDate, isAutoReply, parseGmailFeed } from './index';

const ctx = {
  own: new Set(['jordan.lee@acme.test', 'jordan@acme-sales.test']),
  contactEmail: 'dana.whitfield@northwind.test',
};
const from = (email: string, name = '') => ({ name, email });

describe('classifyMessage', () => {
  it('never takes the rep’s own messages for a reply, aliases included', () => {
    expect(classifyMessage({ from: from('jordan.lee@acme.test') }, ctx)).toBe('own');
    expect(classifyMessage({ from: from('Jordan@ACME-sales.test') }, ctx)).toBe('own');
  });
  it('counts the contact and their colleagues at the same company as a reply', () => {
    expect(classifyMessage({ from: from('dana.whitfield@northwind.test') }, ctx)).toBe('reply');
    expect(classifyMessage({ from: from('Sam.Okafor@Northwind.test') }, ctx)).toBe('reply');
  });
  it('does not count strangers, or the same public mail domain, as the company', () => {
    expect(classifyMessage({ from: from('riley.chen@acme.test') }, ctx)).toBe('other');
    expect(classifyMessage({ from: from('') }, ctx)).toBe('other');
    const gmailContact = { ...ctx, contactEmail: 'dana.w@gmail.com' };
    expect(classifyMessage({ from: from('dana.w@gmail.com') }, gmailContact)).toBe('reply');
    expect(classifyMessage({ from: from('someone.else@gmail.com') }, gmailContact)).toBe('other');
  });
  it('tells an out-of-office from an answer', () => {
    const ooo = {
      from: from('dana.whitfield@northwind.test'),
      text: 'I am out of the office until 14 December.',
    };
    expect(classifyMessage(ooo, ctx)).toBe('auto-reply');
    expect(classifyMessage({ ...ooo, text: 'Sounds good, see you Thursday.' }, ctx)).toBe('reply');
    expect(classifyMessage({ ...ooo, text: '', subject: 'Automatic reply: Security review' }, ctx)).toBe(
      'auto-reply',
    );
  });
});

describe('isAutoReply in four languages', () => {
  it.each([
    ['Automatic reply: Security review', ''],
    ['Out of Office: Re: proposal', ''],
    ['Réponse automatique : Re: votre proposition', ''],
    ['Absence du bureau', ''],
    ['Automatische Antwort: Angebot', ''],
    ['Respuesta automática: propuesta', ''],
    ['', 'Thank you for your email. I am currently on annual leave with limited access to email.'],
    ['', 'Bonjour, je suis absente jusqu’au 14 décembre inclus.'],
    ['', 'Vielen Dank für Ihre Nachricht. Ich bin bis zum 14.12.2026 nicht im Büro.'],
    ['', 'Gracias por su mensaje. Estoy fuera de la oficina hasta el 14 de diciembre.'],
  ])('recognizes %j / %j', (subject, text) => {
    expect(isAutoReply(subject, text)).toBe(true);
  });
  it.each([
    ['Re: Security review', 'Great, we are good to go. Can you send the order form?'],
    ['Re: proposition', 'Merci, je reviens vers vous la semaine prochaine.'],
    ['Re: Absent-minded pricing question', ''],
  ])('does not take %j / %j for one', (subject, text) => {
    expect(isAutoReply(subject, text)).toBe(false);
  });
  it('guesses the language to read dates in', () => {
    expect(autoReplyLanguage('Je suis absente jusqu’au 14/12.')).toBe('fr');
    expect(autoReplyLanguage('Ich bin bis zum 14.12. nicht im Büro.')).toBe('de');
    expect(autoReplyLanguage('Estoy fuera de la oficina hasta el 14/12.')).toBe('es');
    expect(autoReplyLanguage('I am away until 12/14.')).toBe('en');
  });
});

describe('findReturnDate', () => {
  const today = '2026-11-27';
  it('reads written dates in four languages', () => {
    expect(findReturnDate('out of the office until Monday, December 14, 2026', today, 'en')).toBe(
      '2026-12-14',
    );
    expect(findReturnDate('back on 14th December', today, 'en')).toBe('2026-12-14');
    expect(findReturnDate('absente jusqu’au lundi 14 décembre 2026', today, 'fr')).toBe('2026-12-14');
    expect(findReturnDate('bis zum 14. Dezember nicht im Büro', today, 'de')).toBe('2026-12-14');
    expect(findReturnDate('fuera hasta el 14 de diciembre de 2026', today, 'es')).toBe('2026-12-14');
  });
  it('reads numeric dates in both orders', () => {
    expect(findReturnDate('back on 12/14/2026', today, 'en')).toBe('2026-12-14'); // month first
    expect(findReturnDate('back on 14/12/2026', today, 'en')).toBe('2026-12-14'); // 14 cannot be a month
    expect(findReturnDate('de retour le 04/12/2026', today, 'fr')).toBe('2026-12-04'); // day first
    expect(findReturnDate('back on 12/04/2026', today, 'en')).toBe('2026-12-04');
    expect(findReturnDate('bis 04.12.2026', today, 'de')).toBe('2026-12-04');
    expect(findReturnDate('back 2026-12-14', today, 'en')).toBe('2026-12-14');
  });
  it('takes the latest future date, and a date without a year as the next one', () => {
    expect(findReturnDate('away from December 3 until December 14', today, 'en')).toBe('2026-12-14');
    expect(findReturnDate('back on January 5', today, 'en')).toBe('2027-01-05');
    expect(findReturnDate('I was away on 11/20/2026, back 11/25/2026', today, 'en')).toBeNull();
  });
  it('finds nothing where there is no date, or an impossible one', () => {
    expect(findReturnDate('I am out of the office with limited access to email.', today, 'en')).toBeNull();
    expect(findReturnDate('back on 31/02/2027', today, 'fr')).toBeNull();
    expect(findReturnDate('call me at 9.30', today, 'de')).toBeNull();
  });
});

describe('parseGmailFeed', () => {
  const feed = `<?xml version="1.0" encoding="UTF-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
<title>Gmail - Inbox for jordan.lee@acme.test</title>
<fullcount>2</fullcount>
<modified>2026-11-27T10:00:00Z</modified>
<entry>
<title>Re: Security review &amp; rollout</title>
<summary>Hi Jordan, great, we are good to go</summary>
<link rel="alternate" href="https://mail.google.com/mail?account_id=jordan.lee@acme.test&amp;message_id=19a7&amp;view=conv&amp;extsrc=atom" type="text/html" />
<modified>2026-11-27T09:59:00Z</modified>
<issued>2026-11-27T09:59:00Z</issued>
<id>tag:gmail.google.com,2004:1851234567890</id>
<author><name>Dana Whitfield</name><email>Dana.Whitfield@Northwind.test</email></author>
</entry>
<entry>
<title>&lt;img src=x onerror=alert(1)&gt;</title>
<summary></summary>
<issued>2026-11-26T08:00:00Z</issued>
<id>tag:gmail.google.com,2004:2</id>
<author><name>Eve</name><email>eve@evil.example</email></author>
</entry>
</feed>`;
  it('reads each entry’s sender, subject, summary and time, as text', () => {
    const entries = parseGmailFeed(feed);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toEqual({
      id: 'tag:gmail.google.com,2004:1851234567890',
      title: 'Re: Security review & rollout',
      summary: 'Hi Jordan, great, we are good to go',
      author: { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.test' },
      at: Date.UTC(2026, 10, 27, 9, 59),
    });
    expect(entries[1]?.title).toBe('<img src=x onerror=alert(1)>');
  });
  it('gives nothing for what is not a feed: a sign-in page, broken XML, an empty feed', () => {
    expect(parseGmailFeed('<!doctype html><html><body>Sign in</body></html>')).toEqual([]);
    expect(parseGmailFeed('<feed><entry><title>cut')).toEqual([]);
    expect(parseGmailFeed('<feed version="0.3"><fullcount>0</fullcount></feed>')).toEqual([]);
    expect(parseGmailFeed('')).toEqual([]);
  });
  it('does not expand entities declared by the document', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><feed><entry><title>&b;</title><author><email>x@y.test</email></author></entry></feed>`;
    const entries = parseGmailFeed(bomb);
    expect(entries.every((e) => e.title.length < 50)).toBe(true);
  });
});

describe('findReturnDate, words that look like months', () => {
  it('does not read "mardi" as March or a year as a day', () => {
    expect(findReturnDate('absente jusqu’au mardi 15 décembre 2026', '2026-11-27', 'fr')).toBe('2026-12-15');
    // Tuesday 1 December, the Tuesday after Friday 27 November: not March.
    expect(findReturnDate('Je serai de retour mardi', '2026-11-27', 'fr')).toBe('2026-12-01');
  });
});
