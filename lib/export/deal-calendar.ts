// A deal's next step and its pending follow-ups as calendar events, for the rep's own calendar.
import { i18n } from '#i18n';
import { channelLabel, templateKindLabel } from '../labels';
import { type Deal, dealSubject, dealTitle, dealUrl, type FollowUp } from '../model';
import { type CalendarEvent, toIcs } from './ics';

const NEXT_STEP_MINUTES = 30;
const FOLLOW_UP_MINUTES = 15;

const who = (deal: Deal): string => dealTitle(deal);

export function dealEvents(deal: Deal, followUps: readonly FollowUp[]): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const url = dealUrl(deal) ?? undefined;
  if (deal.nextStep) {
    const { at, channel, repAction, prospectAction, reason } = deal.nextStep;
    events.push({
      uid: `next-step-${deal.id}@relance`,
      start: at,
      durationMinutes: NEXT_STEP_MINUTES,
      summary: i18n.t('options.export.icsNextStep', [who(deal), channelLabel(channel)]),
      description: [
        dealSubject(deal),
        repAction && i18n.t('options.export.icsRepAction', [repAction]),
        prospectAction && i18n.t('options.export.icsProspectAction', [prospectAction]),
        reason && i18n.t('options.export.icsReason', [reason]),
      ]
        .filter(Boolean)
        .join('\n'),
      url,
    });
  }
  for (const f of followUps) {
    if (f.status !== 'due') continue;
    const kind = f.templateKind ? ` · ${templateKindLabel(f.templateKind)}` : '';
    events.push({
      uid: `follow-up-${f.id}@relance`,
      start: f.dueAt,
      durationMinutes: FOLLOW_UP_MINUTES,
      summary: i18n.t('options.export.icsFollowUp', [who(deal), channelLabel(f.channel)]),
      description: `${i18n.t('options.export.icsStep', [String(f.stepIndex + 1), String(f.stepCount)])}${kind}\n${dealSubject(deal)}`,
      url,
    });
  }
  return events.sort((a, b) => a.start - b.start);
}

/** The .ics text for a deal (or several: pass them one after another). */
export function dealsCalendar(
  items: readonly { deal: Deal; followUps: readonly FollowUp[] }[],
  now: number,
): string {
  return toIcs(
    items.flatMap(({ deal, followUps }) => dealEvents(deal, followUps)),
    now,
  );
}
