import { afterEach, describe, expect, it } from 'vitest';
import { type LoadedPage, loadHtml } from './fixture-page';
import { SELECTORS } from './selectors';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

const all = Object.entries(SELECTORS).flatMap(([name, list]) =>
  list.map((selector, index) => [`${name}[${index}]`, selector] as const),
);

describe('Gmail selectors', () => {
  it.each(all)('%s is a valid selector: %s', (_, selector) => {
    page = loadHtml('<!doctype html><html><body><div></div></body></html>');
    const doc = page.doc;
    expect(() => doc.querySelectorAll(selector)).not.toThrow();
  });

  it('has no duplicate alternative in a list', () => {
    for (const list of Object.values(SELECTORS)) expect(new Set(list).size).toBe(list.length);
  });
});
