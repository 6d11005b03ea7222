// Which relance got the answer. A 'reply' is credited to the last 'follow-up-done' of the same deal
// before it (and after the deal's previous reply, which answered an earlier relance); a reply with
// no follow-up done before it counts apart, as answering the first email itself.
import type { DealEvent, FollowUp, Id } from '../model';
import { inPeriod, type Period } from './filter';
import { byInstant, eventsByDeal } from './history';

export interface ReplyRateRow {
  /** 1 for the first follow-up of a cadence (stepIndex 0), 2 for the second… */
  followUpNumber: number;
  /** Follow-ups with this number marked done in the period. */
  done: number;
  /** Replies in the period credited to a follow-up with this number. */
  replies: number;
  /** replies / done; null when none was done. */
  rate: number | null;
}

export interface ReplyRates {
  rows: ReplyRateRow[];
  /** Replies in the period with no follow-up done before them. */
  beforeAnyFollowUp: number;
}

/**
 * Reply rates by follow-up number over `events` (deals already filtered). With a cadence filter,
 * pass it as `cadenceId`: only the follow-ups of that cadence count (and get credited).
 */
export function replyRates(
  events: readonly DealEvent[],
  followUps: readonly FollowUp[],
  period: Period | null,
  cadenceId: Id | null = null,
): ReplyRates {
  const cadenceOf = new Map(followUps.map((f) => [f.id, f.cadenceId]));
  const done = new Map<number, number>();
  const replies = new Map<number, number>();
  let beforeAnyFollowUp = 0;
  const bump = (map: Map<number, number>, key: number) => map.set(key, (map.get(key) ?? 0) + 1);

  for (const dealEvents of eventsByDeal(events).values()) {
    let lastDone: number | null = null;
    for (const event of byInstant(dealEvents)) {
      if (event.type === 'follow-up-done') {
        if (cadenceId !== null && cadenceOf.get(event.data.followUpId) !== cadenceId) continue;
        lastDone = event.data.stepIndex;
        if (inPeriod(event.at, period)) bump(done, lastDone);
      } else if (event.type === 'reply') {
        if (inPeriod(event.at, period)) {
          if (lastDone === null) beforeAnyFollowUp += 1;
          else bump(replies, lastDone);
        }
        lastDone = null;
      }
    }
  }

  const steps = [...new Set([...done.keys(), ...replies.keys()])].sort((a, b) => a - b);
  const rows = steps.map((step) => {
    const d = done.get(step) ?? 0;
    const r = replies.get(step) ?? 0;
    return { followUpNumber: step + 1, done: d, replies: r, rate: d === 0 ? null : r / d };
  });
  return { rows, beforeAnyFollowUp };
}
