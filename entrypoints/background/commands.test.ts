import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCommand } from './commands';

const tab = (id: number) =>
  ({ id, index: 0, active: true, highlighted: true, pinned: false, incognito: false }) as Browser.tabs.Tab;

describe('handleCommand', () => {
  it('ignores commands it does not know', async () => {
    const send = vi.fn(async () => true);
    expect(await handleCommand('something-else', 1, send)).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the active tab’s panel to open its schedule preview', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [tab(7)]) as never);
    const send = vi.fn(async () => true);
    expect(await handleCommand('schedule-follow-up', undefined, send)).toBe(true);
    expect(send).toHaveBeenCalledWith(7);
  });

  it('uses the tab the command came from, and answers false when it has no panel', async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await handleCommand('schedule-follow-up', 9, send)).toBe(false);
    expect(send).toHaveBeenCalledWith(9);
  });

  it('opens the deals page, or focuses the tab already showing it', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async () => tab(3)) as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => []) as never);
    const send = vi.fn(async () => true);
    expect(await handleCommand('open-deals', 1, send)).toBe(true);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/deals\.html$/) });
    expect(send).not.toHaveBeenCalled();
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation((async () => tab(4)) as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [tab(4)]) as never);
    create.mockClear();
    expect(await handleCommand('open-deals', 1, send)).toBe(true);
    expect(update).toHaveBeenCalledWith(4, { active: true });
    expect(create).not.toHaveBeenCalled();
  });
});
