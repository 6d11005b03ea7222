// Relance's own insertion, on both webmails' saved reply boxes (happy-dom: the fallback typing path,
// text nodes and <br>s): a second template replaces the first, never glues to it; Undo brings the
// first back; a template starts on a line of its own; a signature in the box is seen.
import { afterEach, describe, expect, it } from 'vitest';
import type { MailAdapter } from './adapter';
import { gmailAdapter } from './gmail';
import { type LoadedPage as GmailPage, loadPage as loadGmail, SHARED_PAGES } from './gmail/fixture-page';
import { outlookAdapter } from './outlook';
import { loadPage as loadOutlook, SHARED_FIXTURES } from './outlook/fixture-page';

let page: { close: () => Promise<void> } | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

interface Case {
  name: string;
  adapter: MailAdapter;
  /** A page with the thread's reply box open, and that box. */
  open: () => { doc: Document; box: HTMLElement };
}

const cases: Case[] = [
  {
    name: 'Gmail',
    adapter: gmailAdapter,
    open: () => {
      const loaded: GmailPage = loadGmail(SHARED_PAGES, 'gmail-05-inline-reply-open.html');
      page = loaded;
      const box = loaded.doc.querySelector<HTMLElement>('[role="textbox"][g_editable="true"]');
      if (!box) throw new Error('no reply box');
      return { doc: loaded.doc, box };
    },
  },
  {
    name: 'Outlook',
    adapter: outlookAdapter,
    open: () => {
      const loaded = loadOutlook(`${SHARED_FIXTURES}/outlook-03-cloud-microsoft-inline-reply.html`);
      page = loaded;
      const box = loaded.doc.querySelector<HTMLElement>(
        '#ReadingPaneContainerId [contenteditable="true"][role="textbox"]:not([aria-multiline="false"])',
      );
      if (!box) throw new Error('no reply box');
      return { doc: loaded.doc, box };
    },
  },
];

/** The box's text as the rep reads it, one line per <br> or block. */
function lines(box: Element): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) out.push(node.textContent ?? '');
    else if (node.nodeName === 'BR') out.push('\n');
    else {
      const block = /^(DIV|P)$/.test(node.nodeName);
      if (block) out.push('\n');
      for (const child of node.childNodes) walk(child);
      if (block) out.push('\n');
    }
  };
  walk(box);
  return out.join('').replace(/\n+/g, '\n');
}

describe.each(cases)('Relance’s insertion in $name', ({ adapter, open }) => {
  it('replaces its previous insertion in the box, never glued to it, and Undo brings it back', async () => {
    const { doc, box } = open();
    const first = 'Hi Dana,\nAre you free this week for a call?\nBest regards,';
    const second = 'Hi Dana,\nShall I close your file?\nBest regards,';
    expect(await adapter.insertText(doc, first, { ownLine: true })).toEqual({ ok: true });
    expect(lines(box)).toContain('Are you free this week');
    expect(await adapter.insertText(doc, second, { ownLine: true })).toEqual({ ok: true, replaced: true });
    const text = lines(box);
    expect(text).toContain('Shall I close your file?');
    expect(text).not.toContain('Are you free this week');
    expect(text.match(/Hi Dana,/g)).toHaveLength(1);

    expect(adapter.undoInsertion?.(doc)).toBe(true);
    expect(lines(box)).toContain('Are you free this week');
    expect(lines(box)).not.toContain('Shall I close your file?');
    // Undone once more: the first insertion goes too; then nothing is left to undo.
    expect(adapter.undoInsertion?.(doc)).toBe(true);
    expect(lines(box)).not.toContain('Are you free this week');
    expect(adapter.undoInsertion?.(doc)).toBe(false);
  });

  it('leaves an insertion the rep edited alone: the next one goes at the caret, on its own line', async () => {
    const { doc, box } = open();
    expect((await adapter.insertText(doc, 'Hi Dana,\nFirst try.', { ownLine: true })).ok).toBe(true);
    // The rep edits Relance's text: it is theirs now.
    const walker = doc.createTreeWalker(box, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.textContent?.includes('First try.')) n.textContent = 'First try, edited by me.';
    }
    const result = await adapter.insertText(doc, 'Hi Dana,\nSecond.', { ownLine: true });
    expect(result).toEqual({ ok: true });
    expect(lines(box)).toContain('First try, edited by me.');
    expect(lines(box)).toMatch(/edited by me\.\nHi Dana,\nSecond\./);
  });

  it('says whether the reply box holds the webmail’s signature', async () => {
    const { doc, box } = open();
    const answer = await adapter.openReplyBox?.(doc);
    const hasOne = [
      ...box.querySelectorAll('#Signature, .gmail_signature, [data-smartmail="gmail_signature"]'),
    ].some((s) => (s.textContent ?? '').trim() !== '');
    expect(answer).toEqual({ ok: true, hasSignature: hasOne });
    for (const s of box.querySelectorAll('#Signature, .gmail_signature, [data-smartmail="gmail_signature"]'))
      s.remove();
    const sig = doc.createElement('div');
    if (adapter.provider === 'gmail') sig.className = 'gmail_signature';
    else sig.id = 'Signature';
    sig.textContent = 'Jordan Lee — Acme';
    box.append(sig);
    expect(await adapter.openReplyBox?.(doc)).toEqual({ ok: true, hasSignature: true });
    sig.textContent = '';
    expect(await adapter.openReplyBox?.(doc)).toEqual({ ok: true, hasSignature: false });
  });
});
