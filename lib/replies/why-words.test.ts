// Why a reply stopped or paused a deal, in the rep's words (the one home the panel, the popup and
// the notification share), and when it leaves the deal waiting for the rep.
import { afterEach, describe, expect, it } from 'vitest';
import { DAY, HOUR, NOW, setUpTestDb } from '../db/test-support';
import type { Deal, ReplyDecision } from '../model';
import { replyNotificationFor } from '../reminders/notification-text';
import { trackSample } from '../services/test-support';
import { needsRepAfterReply } from './why';
import { optOutLostReason, replyCueQuote, replyWhyLine } from './why-words';

const t = setUpTestDb();
const speak = (lang: 'en' | 'fr') => {
  (globalThis as { __relanceUiLanguage?: string }).__relanceUiLanguage = lang;
};
afterEach(() => speak('en'));

const EN = { lang: 'en', timeZone: 'Europe/Paris' } as const;
const FR = { lang: 'fr', timeZone: 'Europe/Paris' } as const;

function decision(kind: ReplyDecision['kind'], extra: Partial<ReplyDecision> = {}): ReplyDecision {
  return {
    kind,
    at: NOW,
    from: 'dana.whitfield@northwind-labs.test',
    cue: '',
    returnDay: null,
    optOut: null,
    corrected: false,
    stopped: null,
    ...extra,
  };
}

async function dealWith(d: ReplyDecision, extra: Partial<Deal> = {}): Promise<Deal> {
  const status: Deal['status'] = d.kind === 'auto-reply' ? 'paused' : 'replied';
  return { ...(await trackSample(t.db)), status, replyDecision: d, ...extra };
}

describe('replyWhyLine', () => {
  it('says an automatic reply’s return day as the rep reads it, in English and French', async () => {
    const deal = await dealWith(decision('auto-reply', { returnDay: '2026-12-14', cue: 'I am on leave' }), {
      pausedUntil: Date.UTC(2026, 11, 14, 8),
    });
    expect(replyWhyLine(deal, EN)).toBe('Out of office until Mon 14 Dec — from their automatic reply');
    expect(replyCueQuote(deal)).toBe('“I am on leave”');
    speak('fr');
    expect(replyWhyLine(deal, FR)).toBe('Absent jusqu’au lun. 14 déc. — d’après sa réponse automatique');
    expect(replyCueQuote(deal)).toBe('« I am on leave »');
  });

  it('without a return day, says until when it paused, on the rep’s calendar', async () => {
    // 23:30 UTC on 9 March is already 10 March in Paris.
    const deal = await dealWith(decision('auto-reply'), { pausedUntil: Date.UTC(2026, 2, 9, 23, 30) });
    expect(replyWhyLine(deal, EN)).toBe('Out of office, no return day given — paused until Tue 10 Mar');
  });

  it('says an answer stopped the cadence, a request to stop proposes lost, and the rep’s corrections', async () => {
    expect(replyWhyLine(await dealWith(decision('answer')), EN)).toBe('Answered — cadence stopped');
    expect(replyWhyLine(await dealWith(decision('answer', { cue: 'out of the office' })), EN)).toBe(
      'Answered, though it mentions an absence — cadence stopped',
    );
    const optOut = await dealWith(decision('opt-out', { cue: 'remove me', optOut: 'remove' }));
    expect(replyWhyLine(optOut, EN)).toBe('Asked to be removed — mark lost?');
    expect(optOutLostReason(optOut)).toBe('Asked to stop (“remove me”)');
    expect(replyWhyLine(await dealWith(decision('answer', { corrected: true })), EN)).toContain(
      'You said it was an answer',
    );
    const automatic = await dealWith(decision('auto-reply', { corrected: true }), {
      pausedUntil: Date.UTC(2026, 2, 16, 8),
    });
    expect(replyWhyLine(automatic, EN)).toBe('You said it was automatic — paused until Mon 16 Mar');
    speak('fr');
    expect(replyWhyLine(optOut, FR)).toBe('Demande à ne plus être contacté — classer perdu ?');
    expect(replyWhyLine(await dealWith(decision('answer')), FR)).toBe('A répondu — relances arrêtées');
  });

  it('says nothing without a decision or on a closed deal', async () => {
    expect(replyWhyLine(await trackSample(t.db), EN)).toBeNull();
    expect(replyWhyLine(await dealWith(decision('opt-out'), { status: 'lost' }), EN)).toBeNull();
  });
});

describe('needsRepAfterReply', () => {
  it('an answer waits for a next step ahead; one set ahead settles it', async () => {
    const deal = await dealWith(decision('answer'));
    expect(needsRepAfterReply(deal, NOW + HOUR)).toBe(true);
    const nextStep = {
      at: NOW + DAY,
      channel: 'phone',
      repAction: '',
      prospectAction: '',
      reason: '',
    } as const;
    expect(needsRepAfterReply({ ...deal, nextStep }, NOW + HOUR)).toBe(false);
    expect(needsRepAfterReply({ ...deal, nextStep }, NOW + 2 * DAY)).toBe(true);
    expect(needsRepAfterReply({ ...deal, status: 'active' }, NOW + HOUR)).toBe(false);
  });

  it('a request to stop waits until the deal is closed', async () => {
    const deal = await dealWith(decision('opt-out', { optOut: 'remove' }));
    expect(needsRepAfterReply(deal, NOW + 30 * DAY)).toBe(true);
    expect(needsRepAfterReply({ ...deal, status: 'lost' }, NOW + HOUR)).toBe(false);
  });

  it('an automatic reply’s pause is news for three days; the rep’s own correction is none', async () => {
    const deal = await dealWith(decision('auto-reply', { returnDay: '2026-03-20' }));
    expect(needsRepAfterReply(deal, NOW + 2 * DAY)).toBe(true);
    expect(needsRepAfterReply(deal, NOW + 3 * DAY)).toBe(false);
    expect(needsRepAfterReply({ ...deal, status: 'active' }, NOW + HOUR)).toBe(false);
    const corrected = await dealWith(decision('auto-reply', { corrected: true }));
    expect(needsRepAfterReply(corrected, NOW + HOUR)).toBe(false);
  });
});

describe('the reply notification', () => {
  it('says why with the same words, and offers “It’s an answer” on an automatic reply’s pause', async () => {
    const deal = await dealWith(decision('auto-reply', { returnDay: '2026-12-14' }));
    const n = replyNotificationFor(deal, EN);
    expect(n?.message).toBe('Out of office until Mon 14 Dec — from their automatic reply');
    expect(n?.title).toContain('Dana Whitfield');
    expect(n?.buttons?.map((b) => b.title)).toEqual(['Open thread', 'It’s an answer']);
  });

  it('a likely reply seen in the feed says so, with Open only', async () => {
    const deal = {
      ...(await trackSample(t.db)),
      status: 'paused' as const,
      replyLikely: { at: NOW, from: 'dana.whitfield@northwind-labs.test', source: 'gmail-feed' as const },
    };
    const n = replyNotificationFor(deal, EN);
    expect(n?.message).toContain('Seems to have answered');
    expect(n?.buttons?.map((b) => b.title)).toEqual(['Open thread']);
  });
});
