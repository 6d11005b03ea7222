// Why Relance stopped or paused a deal after the prospect's message (issue 21, item 4), in the
// rep's words: "Out of office until Mon 14 Dec — from their automatic reply (“I am on leave”)".
// The rules here are pure; the panel's reply banner (components/panel/ReplyWhy.tsx) words them.
import { LOCALES } from '../intl/locale';
import type { Deal, Lang } from '../model';

/** A calendar day (yyyy-MM-dd) as the rep reads it: "Mon 14 Dec", "lun. 14 déc.". */
export function formatReturnDay(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** The correction the rep can make now: the deal still stands as Relance left it. */
export function correction(deal: Deal): 'answer' | 'automatic' | null {
  const decision = deal.replyDecision;
  if (!decision || decision.corrected) return null;
  if (decision.kind === 'auto-reply' && deal.status === 'paused') return 'answer';
  if (decision.kind !== 'auto-reply' && deal.status === 'replied') return 'automatic';
  return null;
}

/** Whether "lost" is proposed: the prospect asked to stop, and the deal is not closed yet. */
export function proposesLostAfterOptOut(deal: Deal): boolean {
  return deal.replyDecision?.kind === 'opt-out' && deal.status !== 'lost' && deal.status !== 'won';
}

/** How long an automatic reply's pause is news in the popup's "Needs you" (then the pause just runs). */
export const AUTO_REPLY_NEWS_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * Whether the prospect's message leaves the deal waiting for the rep (the popup's "Needs you", the
 * notification): an answer until the rep sets a next step ahead or follows up again; a request to
 * stop until the deal is closed; an automatic reply's pause, for a few days, so the rep can say it
 * was a person after all. A likely reply to confirm has its own row; a correction the rep made of
 * an answer into an automatic reply is the rep's own word, so it needs nothing.
 */
export function needsRepAfterReply(deal: Deal, now: number): boolean {
  const decision = deal.replyDecision;
  if (!decision || deal.replyLikely) return false;
  switch (decision.kind) {
    case 'opt-out':
      return proposesLostAfterOptOut(deal);
    case 'answer':
      return deal.status === 'replied' && (deal.nextStep === null || deal.nextStep.at <= now);
    case 'auto-reply':
      return correction(deal) === 'answer' && now - decision.at < AUTO_REPLY_NEWS_MS;
  }
}
