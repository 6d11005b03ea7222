// The start of each message's visible text in the open Gmail thread (the optional
// readMessageTexts of the adapter contract), aligned with readThread's messages. Pure DOM reading.
import { MESSAGE_TEXT_LIMIT } from '../adapter';
import { firstReading, normalizeSpace, safely } from './dom';
import { SELECTORS } from './selectors';
import { findThreadView, threadUnits } from './thread-view';

export function readMessageTexts(doc: Document, _url: URL): string[] {
  const view = safely(() => findThreadView(doc), null);
  if (!view) return [];
  // Aligned with readThread: a bundle of folded messages shows no text for any of them.
  return safely(
    () =>
      threadUnits(view).flatMap((unit) =>
        unit.folded > 0 ? Array.from({ length: unit.folded }, () => '') : [messageText(unit.element)],
      ),
    [],
  );
}

function messageText(message: Element): string {
  return safely(() => {
    const element =
      firstReading(message, SELECTORS.messageBody, (el) => el) ??
      firstReading(message, SELECTORS.messageSnippet, (el) => el);
    return normalizeSpace(element?.textContent).slice(0, MESSAGE_TEXT_LIMIT);
  }, '');
}
