// Finding the open conversation's parts. Everything is looked up inside the reading pane, so the
// message list, the header's account manager, people cards and separate compose windows are never
// mistaken for the thread. The DOM these functions expect (generated classes omitted):
//
//   <div id="ReadingPaneContainerId" role="region">                        ← findPane
//     <div class="full-subject-wrapper"><div role="heading" title="RE: …">  ← subject
//     <div data-app-section="ConversationContainer" role="list">
//       <div><div role="button" aria-expanded="false">…one line…</div></div>  ← collapsed item
//       <div><div data-app-section="ItemContainer" role="region">             ← expanded item
//              <div data-app-section="MessageHeader">…</div>
//              <div data-app-section="MessageBody" role="document">…</div></div>
//            <div id="docking_…">…<div contenteditable role="textbox"          ← inline reply
//                                       aria-label="Message body">…</div></div></div>
//   <div class="ms-Layer"><div role="dialog" aria-label="New mail">…</div>    ← not this thread
import { clean, hasAncestor, isHidden, isInside, matches, queryAll, queryAny, queryFirst } from './dom';
import { directionOf } from './message-order';
import {
  AVATAR,
  BUTTON,
  COLLAPSED_ITEM,
  CONVERSATION,
  EXPANDED_ITEM,
  LABELLED_ADDRESS,
  OUTSIDE_THREAD,
  PERSONA,
  READING_PANE,
  REPLY_BODY,
  REPLY_BODY_LABELS,
  REPLY_BUTTON,
  REPLY_BUTTON_LABELS,
  REPLY_ICON,
  SENT_TIME,
  TITLED_ADDRESS,
} from './selectors';

const EXPANDED = EXPANDED_ITEM.join(', ');
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

/** The open conversation's view, or null when the page shows none. */
export function findPane(doc: Document): Element | null {
  for (const selector of READING_PANE) {
    const pane = queryAll(doc, selector).find((el) => !isInside(el, OUTSIDE_THREAD, null));
    if (pane) return pane;
  }
  // No pane container: the conversation's parent holds the subject and the messages.
  for (const selector of CONVERSATION) {
    const conversation = queryAll(doc, selector).find((el) => !isInside(el, OUTSIDE_THREAD, null));
    if (conversation) return conversation.parentElement ?? conversation;
  }
  return null;
}

export function findConversation(pane: Element): Element | null {
  return queryFirst(pane, CONVERSATION);
}

/** The messages of the pane in DOM order: expanded items and collapsed rows, outermost only. */
export function findItems(pane: Element): Element[] {
  return queryAny(pane, [...EXPANDED_ITEM, ...COLLAPSED_ITEM]).filter((el) => {
    if (isInside(el, OUTSIDE_THREAD, pane) || isHidden(el, pane)) return false;
    if (hasAncestor(el, EXPANDED, pane)) return false; // nested in a message
    if (matches(el, EXPANDED)) return true;
    // A collapsed row is a message only when it shows someone: other folded rows ("show quoted
    // text", "N more messages") do not. A row wrapping an expanded item is that item's wrapper.
    if (isInside(el, EDITABLE, pane) || queryAny(el, [...EXPANDED_ITEM, EDITABLE]).length > 0) return false;
    return queryAny(el, [...TITLED_ADDRESS, ...PERSONA, ...AVATAR, ...LABELLED_ADDRESS]).length > 0;
  });
}

export function isExpanded(item: Element): boolean {
  return matches(item, EXPANDED);
}

/** The pane's messages oldest first, whatever the rep's reading order (see message-order.ts). */
export function itemsOldestFirst(pane: Element): Element[] {
  const items = findItems(pane);
  const times = items.map((item) => {
    const time = queryFirst(item, SENT_TIME);
    return time
      ? clean(time.getAttribute('title') || time.getAttribute('aria-label') || time.textContent)
      : '';
  });
  return directionOf(times) === 'newest-first' ? items.reverse() : items;
}

/** The reply body of a compose open in the pane: the editor labelled "Message body" (or its
 *  translation), else a multi-line editor. The To/Cc editors are single-line textboxes. */
export function findReplyBody(pane: Element): HTMLElement | null {
  const usable = (el: Element) => !isInside(el, OUTSIDE_THREAD, pane) && !isHidden(el, pane);
  const [labelled, multiline] = REPLY_BODY;
  const byLabel = queryAll(pane, labelled ?? '').find(
    (el) => usable(el) && REPLY_BODY_LABELS.includes(clean(el.getAttribute('aria-label')).toLowerCase()),
  );
  const found = byLabel ?? queryAll(pane, multiline ?? '').find(usable) ?? null;
  return isHtmlElement(found) ? found : null;
}

/** The Reply button of the newest message that has one, else any Reply button of the pane. */
export function findReplyButton(pane: Element): HTMLElement | null {
  const usable = (el: Element) => !isInside(el, OUTSIDE_THREAD, pane) && !isHidden(el, pane);
  const labelled = (el: Element) =>
    [el.getAttribute('aria-label'), el.getAttribute('title')].some((label) =>
      REPLY_BUTTON_LABELS.includes(clean(label).toLowerCase()),
    );
  const replyIn = (scope: Element): HTMLElement | null => {
    const byLabel = queryAny(scope, REPLY_BUTTON).find((el) => usable(el) && labelled(el));
    const byIcon = queryAny(scope, REPLY_ICON)
      .map((icon) => icon.closest(BUTTON))
      .find((el): el is Element => !!el && scope.contains(el) && usable(el));
    const button = byLabel ?? byIcon;
    return isHtmlElement(button) ? button : null;
  };
  for (const item of itemsOldestFirst(pane).reverse()) {
    const button = replyIn(item);
    if (button) return button;
  }
  return replyIn(pane);
}

/** The reply body, only while the pane shows the conversation: a compose in a pane without any
 *  message is a new mail (Outlook opens new mail in the reading pane). */
export function findThreadReplyBody(pane: Element): HTMLElement | null {
  return findItems(pane).length > 0 ? findReplyBody(pane) : null;
}

// An element of any realm (the page's, or a test window's) that can take focus and clicks.
function isHtmlElement(el: Element | null | undefined): el is HTMLElement {
  return (
    !!el && typeof (el as HTMLElement).click === 'function' && typeof (el as HTMLElement).focus === 'function'
  );
}
