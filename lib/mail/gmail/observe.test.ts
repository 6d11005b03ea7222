import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LoadedPage, loadPage, SHARED_PAGES } from './fixture-page';
import { gmailAdapter } from './index';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('gmailAdapter.observe', () => {
  it('reports a re-render once, debounced, and nothing after the signal aborts', async () => {
    page = loadPage(SHARED_PAGES, 'gmail-07-inbox-only.html');
    const win = page.window as unknown as Window;
    const controller = new AbortController();
    const onChange = vi.fn();
    gmailAdapter.observe(win, controller.signal, onChange);

    const main = page.doc.querySelector('[role="main"]');
    for (let i = 0; i < 5; i += 1) main?.append(page.doc.createElement('div'));
    await settle(300);
    expect(onChange).toHaveBeenCalledTimes(1);

    page.window.location.hash = '#inbox/FMfcgzQbgRWhXgPPtkKmJgdgqbwVXwNn';
    await settle(300);
    expect(onChange).toHaveBeenCalledTimes(2);

    controller.abort();
    main?.append(page.doc.createElement('div'));
    await settle(300);
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
