import { describe, expect, it } from 'vitest';
import { NOW, setUpTestDb } from '../db/test-support';
import { updateDeal } from './deals';
import { getPanelState, setPanelDetails } from './panel';
import { unwrap } from './result';
import { THREAD, trackSample } from './test-support';

const t = setUpTestDb();
const thread = { provider: THREAD.provider, threadId: THREAD.threadId };

describe('the panel’s state', () => {
  it('remembers whether the details are open, in Relance’s database', async () => {
    await trackSample(t.db);
    const state = () => getPanelState(t.db, { thread, uiLanguage: 'en' }, NOW).then(unwrap);
    expect((await state()).detailsOpen).toBe(false);
    unwrap(await setPanelDetails(t.db, { open: true }, NOW));
    expect((await state()).detailsOpen).toBe(true);
    unwrap(await setPanelDetails(t.db, { open: false }, NOW));
    expect((await state()).detailsOpen).toBe(false);
  });

  it('offers the built-in templates in the deal’s language, not the UI’s', async () => {
    const deal = await trackSample(t.db);
    const state = () => getPanelState(t.db, { thread, uiLanguage: 'en' }, NOW).then(unwrap);
    const before = await state();
    expect(before.dealLang).toBe('en');
    expect(before.templates.filter((x) => x.builtin).every((x) => x.lang === 'en')).toBe(true);
    unwrap(await updateDeal(t.db, { dealId: deal.id, patch: { lang: 'fr' } }, NOW));
    const after = await state();
    expect(after.lang).toBe('en'); // the UI still speaks the rep's language
    expect(after.dealLang).toBe('fr');
    expect(after.templates.filter((x) => x.builtin).every((x) => x.lang === 'fr')).toBe(true);
    expect(after.templates.length).toBeGreaterThan(0);
  });

  it('lists the deal’s latest events, newest first', async () => {
    await trackSample(t.db);
    const state = unwrap(await getPanelState(t.db, { thread, uiLanguage: 'en' }, NOW));
    expect(state.history.map((e) => e.type)).toContain('tracked');
    const ats = state.history.map((e) => e.at);
    expect([...ats].sort((a, b) => b - a)).toEqual(ats);
  });
});
