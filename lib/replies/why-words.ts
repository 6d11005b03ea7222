// Why Relance stopped or paused a deal after the prospect's message, in the rep's words and
// language — the one home of that wording, for the panel's details (components/panel/ReplyWhy),
// the popup's "Needs you" rows and the notification: "Out of office until Mon 14 Dec — from their
// automatic reply", "Answered — cadence stopped", "Asked to be removed — mark lost?". The rules
// (which correction fits, whether "lost" is proposed) are lib/replies/why.ts's.
import { i18n } from '#i18n';
import { zonedParts } from '../intl/zoned-time';
import type { Deal, Lang } from '../model';
import { formatReturnDay } from './why';

/** The rep's language and time zone: a pause's end is a day on the rep's calendar. */
export interface WhyContext {
  lang: Lang;
  timeZone: string;
}

/** `at`'s calendar day in `timeZone`, as the rep reads it ("Mon 14 Dec", "lun. 14 déc."). */
export function formatPauseDay(at: number, ctx: WhyContext): string {
  const [y, m, d] = zonedParts(at, ctx.timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return formatReturnDay(`${y}-${two(m)}-${two(d)}`, ctx.lang);
}

/** What Relance read and did, in one line; null when it decided nothing (or the deal is closed). */
export function replyWhyLine(deal: Deal, ctx: WhyContext): string | null {
  const decision = deal.replyDecision;
  if (!decision || deal.status === 'lost' || deal.status === 'won') return null;
  const until = deal.status === 'paused' && deal.pausedUntil !== null ? deal.pausedUntil : null;
  switch (decision.kind) {
    case 'auto-reply':
      if (decision.corrected)
        return until === null
          ? i18n.t('reply.correctedAutomaticNoDay')
          : i18n.t('reply.correctedAutomatic', [formatPauseDay(until, ctx)]);
      if (decision.returnDay) return i18n.t('reply.away', [formatReturnDay(decision.returnDay, ctx.lang)]);
      return until === null
        ? i18n.t('reply.awayNoDayNoPause')
        : i18n.t('reply.awayNoDay', [formatPauseDay(until, ctx)]);
    case 'answer':
      if (decision.corrected) return i18n.t('reply.correctedAnswer');
      return decision.cue ? i18n.t('reply.answeredAbsence') : i18n.t('reply.answered');
    case 'opt-out':
      return i18n.t('reply.optOut');
  }
}

/** The words of theirs Relance went by, quoted ("“I am on leave”", "« je suis absent »"); null when none. */
export function replyCueQuote(deal: Deal): string | null {
  const cue = deal.replyDecision?.cue ?? '';
  return cue ? i18n.t('reply.quote', [cue]) : null;
}

/** The reason "lost" is recorded with after a request to stop: "Asked to stop (“remove me”)". */
export function optOutLostReason(deal: Deal): string {
  return i18n.t('reply.lostReason', [deal.replyDecision?.cue ?? '']);
}
