import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNameAddress, readPersona } from './persona';

describe('parseNameAddress', () => {
  it.each([
    [
      'Dana Whitfield <Dana.Whitfield@Northwind.TEST>',
      { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.test' },
    ],
    ['Dana Whitfield<dana@x.test>', { name: 'Dana Whitfield', email: 'dana@x.test' }],
    ['"Whitfield, Dana" <dana@x.test>', { name: 'Whitfield, Dana', email: 'dana@x.test' }],
    ['<b>x</b> <evil@x.test>', { name: '<b>x</b>', email: 'evil@x.test' }],
    ['  dana@x.test ', { name: '', email: 'dana@x.test' }],
    ['mailto:dana@x.test', { name: '', email: 'dana@x.test' }],
    ['Dana Whitfield', { name: 'Dana Whitfield', email: '' }],
    ['', { name: '', email: '' }],
    [null, { name: '', email: '' }],
  ])('%s', (raw, person) => {
    expect(parseNameAddress(raw)).toEqual(person);
  });
});

describe('readPersona', () => {
  const win = new Window();
  afterAll(() => win.happyDOM.close());
  const element = (html: string) => {
    const host = win.document.createElement('div');
    host.innerHTML = html;
    return host.firstElementChild as unknown as Element;
  };

  it('takes the address from the title and the name from the text', () => {
    expect(
      readPersona(element('<span title="sam@x.test">Sam Okafor<span>&lt;sam@x.test&gt;</span></span>')),
    ).toEqual({
      name: 'Sam Okafor',
      email: 'sam@x.test',
    });
  });

  it('falls back to a persona nested in a wrapper without title', () => {
    expect(
      readPersona(element('<div><span data-lpc-hover-target-id="1" title="Sam@X.test">Sam</span></div>')),
    ).toEqual({
      name: 'Sam',
      email: 'sam@x.test',
    });
  });

  it('leaves the address empty when none is shown', () => {
    expect(readPersona(element('<span>Sam Okafor</span>'))).toEqual({ name: 'Sam Okafor', email: '' });
  });
});
