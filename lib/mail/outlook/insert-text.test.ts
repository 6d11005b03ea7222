// insertText in happy-dom. happy-dom has no document.execCommand, so these tests run the fallback
// path (text nodes, <br>s and an input event); the execCommand path is checked with a stub.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXTRA_FIXTURES, type LoadedPage, loadPage, SHARED_FIXTURES } from './fixture-page';
import { insertText } from './insert-text';
import { readThread } from './read-thread';

// The pane's editor that is not a single-line To/Cc field.
const REPLY_BODY =
  '#ReadingPaneContainerId [contenteditable="true"][role="textbox"]:not([aria-multiline="false"])';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function open(dir: string, name: string): LoadedPage {
  page = loadPage(`${dir}/${name}.html`);
  return page;
}

function replyBox(doc: Document): HTMLElement {
  const box = doc.querySelector<HTMLElement>(REPLY_BODY);
  if (!box) throw new Error('no reply box on the page');
  return box;
}

/** A rough serialisation of the rep's part of the box: text, and ⏎ for each <br>. */
function ownLines(box: Element): string {
  const first = box.firstElementChild;
  return Array.from(first?.childNodes ?? [])
    .map((n) => (n.nodeName === 'BR' ? '⏎' : n.textContent))
    .join('');
}

describe('insertText into an open reply (fallback path: no execCommand in happy-dom)', () => {
  it('types at the end of the rep text, above signature and quote, keeping line breaks', async () => {
    const { doc, win } = open(SHARED_FIXTURES, 'outlook-03-cloud-microsoft-inline-reply');
    expect(typeof doc.execCommand).toBe('undefined');
    const box = replyBox(doc);
    const quoted = box.querySelector('#divRplyFwdMsg')?.outerHTML;
    const inputs: { inputType: string; data: string | null }[] = [];
    box.addEventListener('input', (e) => inputs.push(e as InputEvent));

    const result = await insertText(doc, 'Hi Taylor,\nTwo more weeks: done.');

    expect(result).toEqual({ ok: true });
    expect(ownLines(box)).toBe('Hi Taylor,⏎Two more weeks: done.⏎');
    expect(box.querySelector('#Signature')?.textContent).toBe('—');
    expect(box.querySelector('#divRplyFwdMsg')?.outerHTML).toBe(quoted);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({ inputType: 'insertText', data: 'Hi Taylor,\nTwo more weeks: done.' });
    expect(win.document.activeElement).toBe(box);
  });

  it('keeps existing text and inserts at the caret the rep left inside', async () => {
    const { doc } = open(SHARED_FIXTURES, 'outlook-04-fr-inline-reply');
    const box = replyBox(doc);
    const line = box.firstElementChild as HTMLElement;
    line.textContent = 'Bonjour Luc, à bientôt';
    const text = line.firstChild as Text;
    const caret = doc.createRange();
    caret.setStart(text, 'Bonjour Luc,'.length);
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(caret);

    expect(await insertText(doc, ' merci !')).toEqual({ ok: true });
    expect(line.textContent).toBe('Bonjour Luc, merci ! à bientôt');
  });

  it('goes to the end of the rep text when the caret is elsewhere on the page', async () => {
    const { doc } = open(EXTRA_FIXTURES, 'outlook-extra-02-fr-newest-on-top-reply');
    const box = replyBox(doc);
    const subject = doc.querySelector('[role="heading"]');
    if (subject) doc.getSelection()?.selectAllChildren(subject);

    expect(await insertText(doc, '\nMerci pour votre retour.')).toEqual({ ok: true });
    expect(ownLines(box)).toBe('Bonjour Luc,⏎Merci pour votre retour.⏎');
    expect(subject?.textContent).toBe('RE: Proposition de partenariat Acme');
    expect(box.textContent).toContain("Bonjour Camille, c'est validé.");
  });

  it('inserts markup-looking text as text', async () => {
    const { doc } = open(SHARED_FIXTURES, 'outlook-03-cloud-microsoft-inline-reply');
    const box = replyBox(doc);
    const elementsBefore = box.querySelectorAll('*').length;

    expect(await insertText(doc, '<img src=x onerror=alert(1)><b>Deal</b>')).toEqual({ ok: true });
    expect(box.querySelectorAll('*').length).toBe(elementsBefore);
    expect(box.firstElementChild?.textContent).toBe('<img src=x onerror=alert(1)><b>Deal</b>');
  });

  it('keeps a trailing line break visible', async () => {
    const { doc } = open(EXTRA_FIXTURES, 'outlook-extra-05-de-single-message-reply');
    const box = replyBox(doc);
    box.firstElementChild?.replaceChildren(doc.createTextNode('Hallo'));

    expect(await insertText(doc, ',\n')).toEqual({ ok: true });
    expect(ownLines(box)).toBe('Hallo,⏎⏎');
  });

  it('writes into the conversation reply, never the separate new-mail window', async () => {
    const { doc } = open(EXTRA_FIXTURES, 'outlook-extra-05-de-single-message-reply');
    const dialogBox = doc.querySelector('[role="dialog"] [contenteditable]');
    const before = dialogBox?.innerHTML;

    expect(await insertText(doc, 'Guten Tag')).toEqual({ ok: true });
    expect(dialogBox?.innerHTML).toBe(before);
    expect(replyBox(doc).firstElementChild?.textContent).toBe('Guten Tag');
  });

  it('reports a reply box that refuses text', async () => {
    const { doc } = open(SHARED_FIXTURES, 'outlook-03-cloud-microsoft-inline-reply');
    replyBox(doc).setAttribute('contenteditable', 'false');
    expect(await insertText(doc, 'Hi')).toEqual({ ok: false, reason: 'not-editable' });
  });
});

describe('insertText through execCommand', () => {
  it('lets the browser type when execCommand accepts', async () => {
    const { doc } = open(SHARED_FIXTURES, 'outlook-03-cloud-microsoft-inline-reply');
    const box = replyBox(doc);
    const before = box.innerHTML;
    const execCommand = vi.fn(() => true);
    Object.defineProperty(doc, 'execCommand', { value: execCommand, configurable: true });

    expect(await insertText(doc, 'Hi\nthere')).toEqual({ ok: true });
    expect(execCommand).toHaveBeenCalledWith('insertText', false, 'Hi\nthere');
    expect(box.innerHTML).toBe(before); // the stub typed nothing, and neither did the fallback
  });

  it('falls back to nodes when execCommand refuses', async () => {
    const { doc } = open(SHARED_FIXTURES, 'outlook-03-cloud-microsoft-inline-reply');
    const execCommand = vi.fn(() => false);
    Object.defineProperty(doc, 'execCommand', { value: execCommand, configurable: true });

    expect(await insertText(doc, 'Hi')).toEqual({ ok: true });
    expect(execCommand).toHaveBeenCalledOnce();
    expect(ownLines(replyBox(doc))).toBe('Hi⏎');
  });
});

describe('insertText when no reply is open', () => {
  it('clicks Reply on the newest message, waits for the box, then types', async () => {
    const { doc, win } = open(SHARED_FIXTURES, 'outlook-02-live-personal-no-account');
    const replies = Array.from(
      doc.querySelectorAll<HTMLElement>('#ReadingPaneContainerId button[aria-label="Reply"]'),
    );
    expect(replies).toHaveLength(2);
    const clicked: number[] = [];
    replies.forEach((button, i) => {
      button.addEventListener('click', () => {
        clicked.push(i);
        // Outlook renders the inline reply a moment later, under the message replied to.
        win.setTimeout(() => {
          const compose = doc.createElement('div');
          compose.id = 'docking_InitVisiblePart_0';
          const body = doc.createElement('div');
          body.setAttribute('aria-label', 'Message body');
          body.setAttribute('contenteditable', 'true');
          body.setAttribute('role', 'textbox');
          body.append(doc.createElement('div'));
          body.firstElementChild?.append(doc.createElement('br'));
          compose.append(body);
          button.closest('[data-app-section="ItemContainer"]')?.after(compose);
        }, 30);
      });
    });
    expect(readThread(doc, page?.url ?? new URL('https://x.test'))?.hasCompose).toBe(false);

    const result = await insertText(doc, 'Hi Mia,\nSaturday works.');

    expect(result).toEqual({ ok: true });
    expect(clicked).toEqual([1]);
    expect(ownLines(replyBox(doc))).toBe('Hi Mia,⏎Saturday works.⏎');
  });

  it('finds Reply by its icon when the label is in a language it does not know', async () => {
    const { doc, win } = open(EXTRA_FIXTURES, 'outlook-extra-06-read-compose-labels-only');
    const clicked: string[] = [];
    for (const button of Array.from(doc.querySelectorAll<HTMLElement>('[role="main"] button'))) {
      button.addEventListener('click', () => {
        clicked.push(button.getAttribute('aria-label') ?? '');
        win.setTimeout(() => {
          const body = doc.createElement('div');
          body.setAttribute('contenteditable', 'true');
          body.setAttribute('role', 'textbox');
          body.setAttribute('aria-multiline', 'true');
          button.closest('.wide-content-host')?.append(body);
        }, 10);
      });
    }

    expect(await insertText(doc, 'Danke!')).toEqual({ ok: true });
    expect(clicked).toEqual(['Odpowiedz']);
    expect(doc.querySelector('[role="main"] [contenteditable]')?.textContent).toBe('Danke!');
  });

  it('never types into a new mail opened in the reading pane', async () => {
    const { doc, url } = open(EXTRA_FIXTURES, 'outlook-extra-05-de-single-message-reply');
    doc.querySelector('[data-app-section="ItemContainer"]')?.remove();
    const box = replyBox(doc);
    const before = box.innerHTML;

    expect(readThread(doc, url)?.hasCompose).toBe(false);
    expect(await insertText(doc, 'Hallo', { timeoutMs: 30 })).toEqual({ ok: false, reason: 'no-reply-box' });
    expect(box.innerHTML).toBe(before);
  });

  it('gives up after the timeout when Reply opens nothing in the pane', async () => {
    const { doc } = open(SHARED_FIXTURES, 'outlook-05-popout-compose');
    const dialogBox = doc.querySelector('[role="dialog"] [aria-label="Message body"]');
    const before = dialogBox?.innerHTML;
    const started = Date.now();

    expect(await insertText(doc, 'Hi', { timeoutMs: 80 })).toEqual({ ok: false, reason: 'no-reply-box' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    expect(dialogBox?.innerHTML).toBe(before);
  });

  it('reports no reply box on the message list', async () => {
    const { doc } = open(SHARED_FIXTURES, 'outlook-06-list-only');
    expect(await insertText(doc, 'Hi')).toEqual({ ok: false, reason: 'no-reply-box' });
  });
});
