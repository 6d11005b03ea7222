// happy-dom has no document.execCommand, so these tests run the fallback path (Range + input event)
// unless a test gives the document an execCommand of its own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXTRA_PAGES, type LoadedPage, loadPage, SHARED_PAGES } from './fixture-page';
import { gmailAdapter } from './index';
import { insertText } from './insert-text';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function open(dir: string, name: string): LoadedPage {
  page = loadPage(dir, name);
  return page;
}

/** The inline reply box of fixture 05, with the given content. */
function inlineReply(html: string): { doc: Document; box: HTMLElement } {
  const { doc } = open(SHARED_PAGES, 'gmail-05-inline-reply-open.html');
  const box = doc.querySelector<HTMLElement>('[role="textbox"][g_editable="true"]');
  if (!box) throw new Error('fixture 05 has no reply box');
  box.innerHTML = html;
  return { doc, box };
}

function inputEvents(box: Element): InputEvent[] {
  const events: InputEvent[] = [];
  box.addEventListener('input', (event) => events.push(event as InputEvent));
  return events;
}

/** What Gmail does when Reply is pressed: after a moment, an inline reply opens under the last message. */
function gmailOpensReplyOn(doc: Document, button: Element, win: LoadedPage['window']): string[] {
  const seen: string[] = [];
  for (const type of ['mousedown', 'mouseup', 'click']) button.addEventListener(type, () => seen.push(type));
  button.addEventListener('click', () => {
    win.setTimeout(() => {
      const messages = doc.querySelectorAll('[data-message-id]');
      const region = doc.createElement('div');
      region.setAttribute('role', 'region');
      region.setAttribute('aria-label', 'Reply');
      region.innerHTML =
        '<div role="textbox" g_editable="true" contenteditable="true" aria-label="Message Body" aria-multiline="true"><br></div>';
      messages[messages.length - 1]?.append(region);
    }, 30);
  });
  return seen;
}

describe('gmailAdapter.insertText into an open reply', () => {
  it('keeps the text already there and types at its end, line breaks as <br>', async () => {
    const { doc, box } = inlineReply('Hello Morgan,<br>');
    const events = inputEvents(box);
    await expect(gmailAdapter.insertText(doc, ' two more weeks is fine.\nJordan')).resolves.toEqual({
      ok: true,
    });
    expect(box.innerHTML).toBe('Hello Morgan, two more weeks is fine.<br>Jordan<br>');
    expect(doc.activeElement).toBe(box);
    expect(events).toHaveLength(1);
    expect(events[0]?.inputType).toBe('insertText');
    expect(events[0]?.bubbles).toBe(true);
  });

  it('types at the caret when the caret is already in the box', async () => {
    const { doc, box } = inlineReply('Hello world');
    const text = box.firstChild;
    if (!text) throw new Error('no text');
    const range = doc.createRange();
    range.setStart(text, 5);
    range.collapse(true);
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(range);
    await expect(gmailAdapter.insertText(doc, ',')).resolves.toEqual({ ok: true });
    expect(box.textContent).toBe('Hello, world');
  });

  it('inserts markup as text, never as elements', async () => {
    const { doc, box } = inlineReply('<br>');
    await gmailAdapter.insertText(doc, '<b>Offer</b> & <img src=x onerror="alert(1)">');
    expect(box.querySelector('b, img')).toBeNull();
    expect(box.textContent).toBe('<b>Offer</b> & <img src=x onerror="alert(1)">');
  });

  it("types before Gmail's signature and quoted text", async () => {
    const { doc, box } = inlineReply(
      '<div>Hi Morgan,</div><div><br></div><span class="gmail_signature_prefix">-- </span><br>' +
        '<div class="gmail_signature" data-smartmail="gmail_signature">Jordan Lee</div>' +
        '<div class="gmail_quote">On Tue, Morgan wrote: …</div>',
    );
    await gmailAdapter.insertText(doc, 'Done.');
    expect(box.innerHTML).toMatch(
      /^<div>Hi Morgan,<\/div><div>Done\.<br><\/div><span class="gmail_signature_prefix">/,
    );
  });

  it('ends a text that ends with a line break on a new visible line', async () => {
    const { doc, box } = inlineReply('Hi');
    await gmailAdapter.insertText(doc, '\n');
    expect(box.innerHTML).toBe('Hi<br><br>');
  });

  it('uses execCommand first when the browser has it, with the caret at the end of the box', async () => {
    const { doc, box } = inlineReply('Hello<br>');
    const execCommand = vi.fn((command: string, _ui: boolean, value: string) => {
      const range = doc.getSelection()?.getRangeAt(0);
      range?.insertNode(doc.createTextNode(`[${command}:${value}]`));
      return true;
    });
    Object.defineProperty(doc, 'execCommand', { value: execCommand, configurable: true });
    const events = inputEvents(box);
    await expect(gmailAdapter.insertText(doc, 'Bye')).resolves.toEqual({ ok: true });
    expect(execCommand).toHaveBeenCalledWith('insertText', false, 'Bye');
    expect(box.innerHTML).toBe('Hello[insertText:Bye]<br>');
    expect(events).toHaveLength(0); // the browser's own command fires the input event itself
  });

  it('falls back to text nodes when execCommand refuses', async () => {
    const { doc, box } = inlineReply('Hello');
    Object.defineProperty(doc, 'execCommand', { value: () => false, configurable: true });
    await expect(gmailAdapter.insertText(doc, '!')).resolves.toEqual({ ok: true });
    expect(box.textContent).toBe('Hello!');
  });

  it('reports a box that refuses text', async () => {
    const { doc, box } = inlineReply('Hello');
    box.setAttribute('contenteditable', 'false');
    await expect(gmailAdapter.insertText(doc, 'x')).resolves.toEqual({ ok: false, reason: 'not-editable' });
    expect(box.textContent).toBe('Hello');
  });

  it('types into a reply popped out of the thread, without pressing Reply', async () => {
    const { doc } = open(EXTRA_PAGES, 'gmail-x04-popped-out-reply.html');
    const box = doc.querySelector('[role="dialog"] [role="textbox"]');
    await expect(gmailAdapter.insertText(doc, 'Thanks!')).resolves.toEqual({ ok: true });
    expect(box?.textContent).toBe('Thanks!');
  });
});

describe('gmailAdapter.insertText with no reply open', () => {
  it("presses the thread's latest Reply button and types into the reply that opens", async () => {
    const { doc, window } = open(SHARED_PAGES, 'gmail-02-four-messages-cc.html');
    const button = doc.querySelector('[role="button"][aria-label="Reply"]');
    if (!button) throw new Error('fixture 02 has no Reply button');
    const gestures = gmailOpensReplyOn(doc, button, window);
    await expect(gmailAdapter.insertText(doc, 'Order form attached.')).resolves.toEqual({ ok: true });
    expect(gestures).toEqual(['mousedown', 'mouseup', 'click']);
    expect(doc.querySelector('[role="region"] [role="textbox"]')?.textContent).toBe('Order form attached.');
  });

  it('opens a reply rather than typing into a separate New Message window', async () => {
    const { doc, window } = open(EXTRA_PAGES, 'gmail-x03-new-message-window.html');
    const newMessage = doc.querySelector('[role="dialog"][aria-label="New Message"] [role="textbox"]');
    const button = doc.querySelector('[role="main"] [role="button"][aria-label="Reply"]');
    if (!button) throw new Error('x03 has no Reply button');
    gmailOpensReplyOn(doc, button, window);
    await expect(gmailAdapter.insertText(doc, 'Sounds good.')).resolves.toEqual({ ok: true });
    expect(newMessage?.textContent).toBe('');
    expect(doc.querySelector('[role="main"] [role="region"] [role="textbox"]')?.textContent).toBe(
      'Sounds good.',
    );
  });

  it('gives up with no-reply-box when pressing Reply opens nothing in time', async () => {
    const { doc } = open(SHARED_PAGES, 'gmail-02-four-messages-cc.html');
    const started = Date.now();
    await expect(insertText(doc, 'x', { timeoutMs: 50 })).resolves.toEqual({
      ok: false,
      reason: 'no-reply-box',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });

  it('gives up with no-reply-box when no thread is open', async () => {
    const { doc } = open(SHARED_PAGES, 'gmail-07-inbox-only.html');
    await expect(gmailAdapter.insertText(doc, 'x')).resolves.toEqual({ ok: false, reason: 'no-reply-box' });
  });

  it('gives up with no-reply-box when the thread shows no Reply button', async () => {
    const { doc } = open(EXTRA_PAGES, 'gmail-x01-unknown-markup.html');
    await expect(gmailAdapter.insertText(doc, 'x')).resolves.toEqual({ ok: false, reason: 'no-reply-box' });
  });
});
