import { describe, expect, it } from 'vitest';
import { messageKeys } from './message-key';
import { personInText } from './people';

describe('messageKeys', () => {
  const dana = { id: null, email: 'Dana@Northwind.test', date: 'Mon, Nov 23, 2026, 4:47 PM' };

  it('is the id where the page shows one', () => {
    expect(messageKeys([{ ...dana, id: '19a7012f9b3e6d48' }])).toEqual(['id:19a7012f9b3e6d48']);
  });

  it('is otherwise a hashed fingerprint of the address and the printed date, the same however it is spaced or cased', () => {
    const [key] = messageKeys([dana]);
    expect(key).toMatch(/^fp:[0-9a-z]+$/);
    expect(key).not.toContain('dana');
    expect(
      messageKeys([
        { ...dana, email: 'dana@northwind.test', date: ' Mon, Nov 23, 2026,\u00a04:47\u202fPM ' },
      ]),
    ).toEqual([key]);
    expect(messageKeys([{ ...dana, date: 'Mon, Nov 23, 2026, 4:48 PM' }])).not.toEqual([key]);
    expect(messageKeys([{ ...dana, email: 'sam@northwind.test' }])).not.toEqual([key]);
  });

  it('numbers the repeats of one sender and minute, in page order', () => {
    const [first, second, third] = messageKeys(
      [dana, dana, { ...dana, id: 'x' }, dana].filter((_, i) => i !== 2),
    );
    expect(second).toBe(`${first}#2`);
    expect(third).toBe(`${first}#3`);
  });

  it('is empty for a message the page shows nothing of', () => {
    expect(messageKeys([null, { id: null, email: '', date: '' }])).toEqual(['', '']);
  });
});

describe('personInText', () => {
  it.each([
    ['Dana Whitfield <Dana@X.test>', { name: 'Dana Whitfield', email: 'dana@x.test' }],
    ['Von: lena.vogel@kunde.example', { name: '', email: 'lena.vogel@kunde.example' }],
    ['dana@x.test', { name: '', email: 'dana@x.test' }],
  ])('%s names one person', (text, person) => {
    expect(personInText(text)).toEqual(person);
  });

  it.each([
    'Dana Whitfield',
    'Hi Priya, write to sam@x.test or dana@x.test',
    'Dana Whitfield <dana@x.test> Thu 11/19 Hi Priya',
    '',
  ])('%s names no one person', (text) => {
    expect(personInText(text)).toBeNull();
  });
});
