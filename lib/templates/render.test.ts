import { describe, expect, it } from 'vitest';
import { renderTemplate, TemplateError } from './render';
import type { TemplateValues } from './variables';

const ALL: TemplateValues = {
  firstName: 'Dana',
  lastName: 'Whitfield',
  company: 'Northwind',
  offer: 'the Pro plan',
  slot: 'Tuesday 3 March at 10:00',
  senderName: 'Sam Rep',
};

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('renderTemplate', () => {
  it('fills every variable in subject and body', () => {
    const rendered = renderTemplate(
      {
        subject: '{offer} for {company}',
        body: 'Hi {firstName} {lastName}, {slot}? {senderName}',
      },
      ALL,
    );
    expect(rendered).toEqual({
      subject: 'the Pro plan for Northwind',
      body: 'Hi Dana Whitfield, Tuesday 3 March at 10:00? Sam Rep',
      missing: [],
    });
  });

  it('keeps a variable without a value visible and reports it once', () => {
    const rendered = renderTemplate(
      { subject: 'Hello {firstName}', body: '{firstName}, {company} — {offer}, {slot}' },
      { firstName: '  ', offer: 'X', company: '' },
    );
    expect(rendered.subject).toBe('Hello {firstName}');
    expect(rendered.body).toBe('{firstName}, {company} — X, {slot}');
    expect(rendered.missing).toEqual(['firstName', 'company', 'slot']);
  });

  it('writes a missing variable back in its plain form', () => {
    expect(renderTemplate({ subject: '', body: 'Hi { firstName }' }, {}).body).toBe('Hi {firstName}');
  });

  it('trims values', () => {
    expect(renderTemplate({ subject: '', body: '[{firstName}]' }, { firstName: '  Dana \n' }).body).toBe(
      '[Dana]',
    );
  });

  it('throws a TemplateError naming every unknown variable, from subject and body', () => {
    const error = caught(() =>
      renderTemplate({ subject: 'Re {fristName}', body: '{offer} {price} {fristName}' }, ALL),
    );
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).unknown).toEqual(['fristName', 'price']);
    expect((error as TemplateError).message).toBe(
      'Unknown variables {fristName}, {price} — known: {firstName}, {lastName}, {company}, {offer}, {slot}, {senderName}',
    );
  });

  it('words the message for a single unknown variable', () => {
    expect(() => renderTemplate({ subject: '', body: '{fristName}' }, ALL)).toThrow(
      /^Unknown variable \{fristName\} — known: \{firstName\},/,
    );
  });

  it('renders in one pass: a value holding a variable stays as written', () => {
    const rendered = renderTemplate(
      { subject: '{company}', body: '{offer} / {company}' },
      { offer: '{company} deal {{x}}', company: '{offer}' },
    );
    expect(rendered.subject).toBe('{offer}');
    expect(rendered.body).toBe('{company} deal {{x}} / {offer}');
    expect(rendered.missing).toEqual([]);
  });

  it('does not report an unknown-looking value as an unknown variable', () => {
    expect(() => renderTemplate({ subject: '', body: '{offer}' }, { offer: '{price}' })).not.toThrow();
  });

  it('inserts hostile values verbatim, as text', () => {
    const hostile = '<img src=x onerror=alert(1)> & "quotes" \'single\' &amp;';
    const rendered = renderTemplate(
      { subject: '{firstName}', body: 'Hi {firstName}' },
      { firstName: hostile },
    );
    expect(rendered.subject).toBe(hostile);
    expect(rendered.body).toBe(`Hi ${hostile}`);
  });

  it('keeps $ patterns in values literal', () => {
    expect(renderTemplate({ subject: '', body: '{offer}' }, { offer: "$& $1 $$ $'" }).body).toBe(
      "$& $1 $$ $'",
    );
  });

  it('turns escapes into literal braces and keeps malformed braces as written', () => {
    const rendered = renderTemplate(
      { subject: '{{firstName}}', body: '{{{firstName}}} costs {} or { } } {unclosed' },
      ALL,
    );
    expect(rendered.subject).toBe('{firstName}');
    expect(rendered.body).toBe('{Dana} costs {} or { } } {unclosed');
  });

  describe('when the webmail adds the signature', () => {
    const signed = { subject: 'Hi', body: 'Hi {firstName},\n\nA call?\n\nBest regards,\n{senderName}\n' };

    it('leaves the name line out and asks for no name', () => {
      const rendered = renderTemplate(signed, { firstName: 'Dana' }, { webmailAddsSignature: true });
      expect(rendered).toEqual({ subject: 'Hi', body: 'Hi Dana,\n\nA call?\n\nBest regards,', missing: [] });
    });

    it('drops it even when the name is known, and keeps a name inside a sentence', () => {
      const inline = { subject: '', body: 'I am {senderName}, from Acme.\n  {senderName}  \nP.S.' };
      expect(renderTemplate(inline, ALL, { webmailAddsSignature: true }).body).toBe(
        'I am Sam Rep, from Acme.\nP.S.',
      );
    });

    it('changes nothing when the webmail does not sign', () => {
      expect(renderTemplate(signed, { firstName: 'Dana' }).missing).toEqual(['senderName']);
      expect(renderTemplate(signed, ALL, { webmailAddsSignature: false }).body).toMatch(
        /Best regards,\nSam Rep\n$/,
      );
    });
  });
});
