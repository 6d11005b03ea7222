// What every part of the thread panel shares: the state the background answered, the deal (when
// the thread is tracked), `act` (send a message, then refresh), `say` (the one live status line,
// always the last action's), `now`, and the reply box's writing (the adapter's, or a test's).
import { createContext, useContext } from 'react';
import type { InsertOptions, InsertResult, ReplyBoxResult } from '../../lib/mail/adapter';
import type { PanelState, Result } from '../../lib/messaging/protocol';
import type { Deal } from '../../lib/model';

export type Act = <T>(action: () => Promise<Result<T>>) => Promise<Result<T>>;

/** The status line: a message, and an action to offer beside it (Undo). */
export interface Notice {
  text: string;
  action?: { label: string; run: () => void };
}

/** The reply box, as the webmail's adapter writes it. */
export interface ReplyWriter {
  insertText: (text: string, options?: InsertOptions) => Promise<InsertResult>;
  openReplyBox?: () => Promise<ReplyBoxResult>;
  undoInsertion?: () => boolean;
}

/** The parts of the details the bar opens at. */
export type Section = 'next-step' | 'follow-ups' | 'email' | 'prospect' | 'history';

export interface PanelContextValue {
  state: PanelState;
  deal: Deal;
  act: Act;
  say: (notice: string | Notice) => void;
  now: number;
  reply: ReplyWriter;
  /** Opens the details at a section (and focuses it); `templateKind` preselects the email's template. */
  openAt: (section: Section, options?: { schedule?: boolean; templateKind?: string | null }) => void;
  /** Bumped when the schedule shortcut or the bar asks the follow-ups to show the schedule preview. */
  scheduleRequest: number;
  /** The template kind the bar asked the email section to show (a due step's). */
  templateRequest: { kind: string | null; n: number };
}

export const PanelContext = createContext<PanelContextValue | null>(null);

export function usePanelContext(): PanelContextValue {
  const value = useContext(PanelContext);
  if (!value) throw new Error('a panel part outside the panel');
  return value;
}
