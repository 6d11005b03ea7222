// What the background asks a webmail tab's content script (the other direction from protocol.ts):
// keyboard commands that act on the thread panel; and what a content script asks the background
// about its own tab, which no use case answers (nothing in the database).
import { defineExtensionMessaging } from '@webext-core/messaging';

export interface ContentProtocolMap {
  /** The "Schedule follow-up" shortcut: open the panel's schedule preview. Answers whether a panel took it. */
  openSchedule(): boolean;
}

export const { sendMessage: sendToTab, onMessage: onContentMessage } =
  defineExtensionMessaging<ContentProtocolMap>();

/** The keyboard command (manifest `commands`) that opens the schedule preview in the thread's panel. */
export const SCHEDULE_COMMAND = 'schedule-follow-up';

/** What a content script asks the background about its own tab and frame (the sender's). */
export interface TabRequestMap {
  /** Injects the panel's details script into the sender's frame (components/panel/details-contract.ts). Answers whether it ran. */
  loadPanelDetails(): boolean;
}

export const { sendMessage: askBackground, onMessage: onTabRequest } =
  defineExtensionMessaging<TabRequestMap>();
