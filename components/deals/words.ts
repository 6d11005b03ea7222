// The deals page's words for the model's values: statuses, a deal's history in a rep's words.
import { i18n } from '#i18n';
import { formatDate, formatDateAtTime } from '../../lib/intl/dates';
import { channelLabel } from '../../lib/labels';
import {
  type DealEvent,
  type DealStatus,
  type FollowUpStatus,
  type Lang,
  PAUSE_REASONS,
  type Stage,
} from '../../lib/model';

export function statusLabel(status: DealStatus): string {
  switch (status) {
    case 'active':
      return i18n.t('deals.statusActive');
    case 'paused':
      return i18n.t('deals.statusPaused');
    case 'replied':
      return i18n.t('deals.statusReplied');
    case 'won':
      return i18n.t('deals.statusWon');
    case 'lost':
      return i18n.t('deals.statusLost');
  }
}

export function stepStatusLabel(status: FollowUpStatus): string {
  switch (status) {
    case 'due':
      return i18n.t('deals.statusDue');
    case 'paused':
      return i18n.t('deals.statusPausedStep');
    case 'done':
      return i18n.t('deals.statusDoneStep');
    case 'skipped':
      return i18n.t('deals.statusSkippedStep');
    case 'cancelled':
      return i18n.t('deals.statusCancelledStep');
  }
}

export const stageName = (stage: Stage | undefined, lang: Lang, fallback = ''): string =>
  stage ? stage.name[lang] || stage.name[lang === 'en' ? 'fr' : 'en'] : fallback;

export interface HistoryContext {
  lang: Lang;
  timeZone: string;
  now: number;
  stages: ReadonlyMap<string, Stage>;
  /** The deal's pausedUntil, for an out-of-office pause. */
  pausedUntil: number | null;
}

/** One event of a deal's history as a rep would say it ("Stage → Negotiation", "Follow-up 3 done — …"). */
export function historyLine(event: DealEvent, ctx: HistoryContext): string {
  const when = (at: number) => formatDateAtTime(at, ctx.lang, ctx.timeZone, ctx.now);
  switch (event.type) {
    case 'tracked':
      return i18n.t('deals.evTracked');
    case 'stage-changed':
      return i18n.t('deals.evStage', [stageName(ctx.stages.get(event.data.to), ctx.lang, event.data.to)]);
    case 'next-step-set':
      return i18n.t('deals.evNextStep', [`${when(event.data.at)} · ${channelLabel(event.data.channel)}`]);
    case 'cadence-started':
      return i18n.t('deals.evCadence', [String(event.data.followUpCount)]);
    case 'cadence-cancelled':
      return i18n.t('deals.evCadenceCancelled');
    case 'follow-up-done':
      return event.data.note
        ? i18n.t('deals.evDoneNote', [String(event.data.stepIndex + 1), event.data.note])
        : i18n.t('deals.evDone', [String(event.data.stepIndex + 1)]);
    case 'follow-up-skipped':
      return i18n.t('deals.evSkipped', [String(event.data.stepIndex + 1)]);
    case 'follow-up-snoozed':
      return i18n.t('deals.evSnoozed', [when(event.data.to)]);
    case 'follow-ups-shifted':
      return i18n.t('deals.evShifted', [String(event.data.moved)]);
    case 'paused':
      if (event.data.reason === PAUSE_REASONS.outOfOffice && ctx.pausedUntil !== null)
        return i18n.t('deals.evOutOfOffice', [formatDate(ctx.pausedUntil, ctx.lang, ctx.timeZone, ctx.now)]);
      if (event.data.reason === PAUSE_REASONS.replyLikely) return i18n.t('deals.evReplyLikely');
      return event.data.reason
        ? i18n.t('deals.evPausedReason', [event.data.reason])
        : i18n.t('deals.evPaused');
    case 'resumed':
      return i18n.t('deals.evResumed');
    case 'reply':
      return i18n.t('deals.evReply', [event.data.from]);
    case 'template-inserted':
      return i18n.t('deals.evTemplate');
    case 'won':
      return i18n.t('deals.evWon');
    case 'lost':
      return event.data.reason ? i18n.t('deals.evLost', [event.data.reason]) : i18n.t('deals.evLostNoReason');
    case 'note':
      return i18n.t('deals.evNote', [event.data.text]);
    case 'thread-added':
      return i18n.t('deals.evThreadAdded', [event.data.subject || event.data.threadId]);
    case 'thread-removed':
      return i18n.t('deals.evThreadRemoved', [event.data.subject || event.data.threadId]);
  }
}
