import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OUTLOOK_MATCHES, outlookAdapter } from './index';

let win: HappyWindow | undefined;
afterEach(async () => {
  await win?.happyDOM.close();
  win = undefined;
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('outlookAdapter', () => {
  it('is the Outlook adapter for the four Outlook hosts', () => {
    expect(outlookAdapter.provider).toBe('outlook');
    expect(OUTLOOK_MATCHES.map((m) => new URL(m.replace('*', '')).host)).toEqual([
      'outlook.office.com',
      'outlook.office365.com',
      'outlook.live.com',
      'outlook.cloud.microsoft',
    ]);
  });

  it('answers the first change after a quiet spell at once, and a busy spell once it is quiet', async () => {
    win = new HappyWindow({ url: 'https://outlook.office.com/mail/inbox' });
    const controller = new AbortController();
    const onChange = vi.fn();
    outlookAdapter.observe(win as unknown as Window, controller.signal, onChange);
    win.document.body.append(win.document.createElement('div'));
    await wait(20);
    expect(onChange).toHaveBeenCalledTimes(1); // leading: no 120 ms wait for a navigation
    for (let i = 0; i < 5; i++) {
      win.document.body.append(win.document.createElement('p'));
      await wait(20);
    }
    expect(onChange).toHaveBeenCalledTimes(1);
    await wait(250);
    expect(onChange).toHaveBeenCalledTimes(2); // trailing: the re-renders that followed, once
    controller.abort();
  });

  it('observes page changes, debounced, until aborted', async () => {
    win = new HappyWindow({ url: 'https://outlook.office.com/mail/inbox' });
    const controller = new AbortController();
    const onChange = vi.fn();
    outlookAdapter.observe(win as unknown as Window, controller.signal, onChange);

    win.document.body.append(win.document.createElement('div'));
    win.document.body.append(win.document.createElement('div'));
    await wait(250);
    expect(onChange).toHaveBeenCalledTimes(1);

    controller.abort();
    win.document.body.append(win.document.createElement('div'));
    await wait(250);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
