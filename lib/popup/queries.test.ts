import { describe, expect, it } from 'vitest';
import { endOfLocalDay } from '../cadence/clock';
import { countDue } from '../db/queries';
import { addFollowUps, DAY, HOUR, NOW, setUpTestDb } from '../db/test-support';
import { setNextStep } from '../services/deals';
import { unwrap } from '../services/result';
import { saveSettings } from '../services/settings';
import { trackSample } from '../services/test-support';
import { countSections, loadAppointments, loadPopupData, loadSectionFollowUps } from './queries';
import { popupWindow } from './sections';

const t = setUpTestDb();

describe('loadPopupData', () => {
  it('reads the three sections in order, with their deals, in the rep’s zone and language', async () => {
    unwrap(await saveSettings(t.db, { timeZone: 'Europe/Paris', language: 'fr' }, NOW));
    const deal = await trackSample(t.db);
    await addFollowUps(t.db, deal.id, [
      { id: 'today-2', dueAt: NOW + 5 * HOUR },
      { id: 'overdue-2', dueAt: NOW - HOUR },
      { id: 'upcoming', dueAt: NOW + 2 * DAY },
      { id: 'overdue-1', dueAt: NOW - 3 * DAY },
      { id: 'today-1', dueAt: NOW + HOUR },
      { id: 'paused', dueAt: NOW - HOUR, status: 'paused' },
      { id: 'done', dueAt: NOW - HOUR, status: 'done' },
      { id: 'far', dueAt: NOW + 20 * DAY },
    ]);
    const data = await loadPopupData(t.db, NOW, 'en-US');
    const idsOf = (s: 'overdue' | 'today' | 'upcoming') => data.sections[s].rows.map((r) => r.followUp.id);
    expect(idsOf('overdue')).toEqual(['overdue-1', 'overdue-2']);
    expect(idsOf('today')).toEqual(['today-1', 'today-2']);
    expect(idsOf('upcoming')).toEqual(['upcoming']);
    expect(data.lang).toBe('fr');
    expect(data.window.timeZone).toBe('Europe/Paris');
    expect(data.sections.today.rows[0]?.who).toBe('Dana Whitfield');
  });

  it('shows at most the limit of each section and says there are more', async () => {
    unwrap(await saveSettings(t.db, { timeZone: 'Europe/Paris' }, NOW));
    const deal = await trackSample(t.db);
    await addFollowUps(
      t.db,
      deal.id,
      Array.from({ length: 30 }, (_, i) => ({ dueAt: NOW - (i + 1) * HOUR })),
    );
    const data = await loadPopupData(t.db, NOW, 'en', { overdue: 10, today: 10, upcoming: 10 });
    expect(data.sections.overdue.rows).toHaveLength(10);
    expect(data.sections.overdue.more).toBe(true);
    expect(data.sections.today.more).toBe(false);
    expect(await countSections(t.db, data.window)).toEqual({ overdue: 30, today: 0, upcoming: 0 });
    // The oldest first: the first row is the one 30 hours late.
    expect(data.sections.overdue.rows[0]?.followUp.dueAt).toBe(NOW - 30 * HOUR);
  });

  it('counts overdue + today exactly as the badge does', async () => {
    unwrap(await saveSettings(t.db, { timeZone: 'America/New_York' }, NOW));
    const deal = await trackSample(t.db);
    const w = popupWindow(NOW, 'America/New_York');
    await addFollowUps(t.db, deal.id, [
      { dueAt: NOW - DAY },
      { dueAt: NOW },
      { dueAt: w.endOfToday },
      { dueAt: w.endOfToday + 1 },
    ]);
    const totals = await countSections(t.db, w);
    const shown = totals.overdue + totals.today;
    expect(shown).toBe(3);
    expect(shown).toBe(await countDue(t.db, endOfLocalDay(NOW, 'America/New_York')));
  });
});

describe('loadSectionFollowUps', () => {
  it('answers an empty section with nothing', async () => {
    const w = popupWindow(NOW, 'Europe/Paris');
    expect(await loadSectionFollowUps(t.db, 'today', w, 5)).toEqual({ followUps: [], more: false });
  });

  it('has no more when the section holds exactly the limit', async () => {
    const deal = await trackSample(t.db);
    await addFollowUps(t.db, deal.id, [{ dueAt: NOW + HOUR }, { dueAt: NOW + 2 * HOUR }]);
    const w = popupWindow(NOW, 'Europe/Paris');
    expect((await loadSectionFollowUps(t.db, 'today', w, 2)).more).toBe(false);
    expect((await loadSectionFollowUps(t.db, 'today', w, 1)).more).toBe(true);
  });
});

describe('loadAppointments', () => {
  it('lists the deals whose next step is today', async () => {
    unwrap(await saveSettings(t.db, { timeZone: 'Europe/Paris' }, NOW));
    const today = await trackSample(t.db);
    const later = await trackSample(t.db, { threadId: 'other-thread' });
    const step = {
      channel: 'phone' as const,
      repAction: 'Prepare the quote',
      prospectAction: '',
      reason: '',
    };
    unwrap(await setNextStep(t.db, { dealId: today.id, nextStep: { ...step, at: NOW + 2 * HOUR } }, NOW));
    unwrap(await setNextStep(t.db, { dealId: later.id, nextStep: { ...step, at: NOW + 2 * DAY } }, NOW));
    const list = await loadAppointments(t.db, NOW);
    expect(list.map((d) => d.id)).toEqual([today.id]);
    expect(list[0]?.nextStep.repAction).toBe('Prepare the quote');
  });
});
