// What a popup row shows for a follow-up, in the rep's words: who, the thread, the stage, the step
// of the cadence and the channel ("Call" with the number when the deal has one).
import {
  type Deal,
  dealSubject,
  dealUrl,
  dealWho,
  type FollowUp,
  type Lang,
  type LocalizedText,
  type Stage,
} from '../model';

export interface FollowUpRow {
  followUp: FollowUp;
  /** Missing only when the deal was deleted under the follow-up (the row still shows and acts). */
  deal: Deal | undefined;
  /** The contact's name, else their address, else the thread's subject. */
  who: string;
  company: string;
  subject: string;
  stageName: string | null;
  /** 1-based position and length of the cadence; null for a single follow-up picked by hand. */
  step: { number: number; count: number } | null;
  /** The number to call, for phone and visit steps when the deal has one. */
  phone: string | null;
  url: string | null;
}

export function followUpRow(
  followUp: FollowUp,
  deal: Deal | undefined,
  stages: ReadonlyMap<string, Stage>,
  lang: Lang,
): FollowUpRow {
  const phone = deal?.contact.phone.trim() ?? '';
  return {
    followUp,
    deal,
    who: deal ? dealWho(deal) : '',
    company: deal?.company ?? '',
    subject: deal ? dealSubject(deal) : '',
    stageName: labelOrNull(deal ? stages.get(deal.stageId)?.name : undefined, lang),
    step:
      followUp.cadenceId === null && followUp.stepCount <= 1
        ? null
        : { number: followUp.stepIndex + 1, count: followUp.stepCount },
    phone: (followUp.channel === 'phone' || followUp.channel === 'visit') && phone !== '' ? phone : null,
    url: deal ? dealUrl(deal) : null,
  };
}

/** A localized text in `lang`, else in the other language when that one is empty. */
function labelOrNull(text: LocalizedText | undefined, lang: Lang): string | null {
  if (!text) return null;
  return text[lang] || text[lang === 'fr' ? 'en' : 'fr'] || null;
}
