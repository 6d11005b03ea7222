// Why Relance stopped or paused a deal after the prospect's message (issue 21, item 4), in the
// rep's words: "Out of office until Mon 14 Dec — from their automatic reply (“I am on leave”)".
// The panel's reply banner says it, with the correction the decision allows (correction()).
import { i18n } from '#i18n';
import { LOCALES } from '../intl/locale';
import type { Deal, Lang, ReplyDecision } from '../model';

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

/** What Relance read and did, said in one sentence; null when it has decided nothing. */
export function replyWhy(decision: ReplyDecision | null | undefined, lang: Lang): string | null {
  if (!decision) return null;
  switch (decision.kind) {
    case 'auto-reply':
      if (decision.corrected) return i18n.t('panel.whyCorrectedAutomatic');
      return decision.returnDay
        ? i18n.t('panel.whyAway', [formatReturnDay(decision.returnDay, lang), decision.cue])
        : i18n.t('panel.whyAwayNoDay', [decision.cue]);
    case 'answer':
      if (decision.corrected) return i18n.t('panel.whyCorrectedAnswer');
      return decision.cue ? i18n.t('panel.whyAnswerAbsence', [decision.cue]) : i18n.t('panel.whyAnswer');
    case 'opt-out':
      return i18n.t('panel.whyOptOut', [decision.cue]);
  }
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
