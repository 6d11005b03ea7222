import { describe, expect, it } from 'vitest';
import { eventsForDeal } from '../db/events';
import { getSettings } from '../db/settings';
import { HOUR, NOW, setUpTestDb } from '../db/test-support';
import { unwrap } from './result';
import { logTemplateInserted, renderTemplate, saveTemplateValues } from './templates';
import { trackSample } from './test-support';

const t = setUpTestDb();

describe('logTemplateInserted', () => {
  it('logs the template and its kind on the deal', async () => {
    const deal = await trackSample(t.db);
    unwrap(await logTemplateInserted(t.db, { dealId: deal.id, templateId: 'relance-en' }, NOW + HOUR));
    expect((await eventsForDeal(t.db, deal.id)).at(-1)).toMatchObject({
      dealId: deal.id,
      type: 'template-inserted',
      at: NOW + HOUR,
      data: { templateId: 'relance-en', kind: 'relance' },
    });
  });

  it('answers an unknown deal or template with not-found and writes nothing', async () => {
    const deal = await trackSample(t.db);
    const before = await t.db.events.count();
    expect(await logTemplateInserted(t.db, { dealId: 'nope', templateId: 'relance-en' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found', key: 'dealNotFound' },
    });
    expect(await logTemplateInserted(t.db, { dealId: deal.id, templateId: 'nope' }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found', key: 'templateNotFound' },
    });
    expect(await t.db.events.count()).toBe(before);
  });
});

describe('renderTemplate', () => {
  it('fills the deal’s first name into the rep’s template, as text', async () => {
    const deal = await trackSample(t.db);
    const rendered = unwrap(await renderTemplate(t.db, { dealId: deal.id, templateId: 'relance-en' }, NOW));
    expect(rendered.body).toContain('Dana');
  });
});

describe('values typed for a template, and the webmail’s signature', () => {
  it('remembers a missing value on the deal and the sender’s name in the settings: nothing in braces is left', async () => {
    const deal = await trackSample(t.db);
    const before = unwrap(await renderTemplate(t.db, { dealId: deal.id, templateId: 'breakup-2-en' }, NOW));
    expect(before.missing.length).toBeGreaterThan(0);
    const values = Object.fromEntries(before.missing.map((name) => [name, `my ${name}`]));
    const saved = unwrap(await saveTemplateValues(t.db, { dealId: deal.id, values }, NOW));
    expect(saved.templateValues).not.toHaveProperty('senderName');
    const after = unwrap(await renderTemplate(t.db, { dealId: deal.id, templateId: 'breakup-2-en' }, NOW));
    expect(after.missing).toEqual([]);
    expect(after.body).not.toMatch(/\{\w+\}/);
    if (before.missing.includes('senderName'))
      expect((await getSettings(t.db)).senderName).toBe('my senderName');
  });

  it('signs nothing when the reply box already holds a signature', async () => {
    const deal = await trackSample(t.db);
    unwrap(await saveTemplateValues(t.db, { dealId: deal.id, values: { senderName: 'Jordan Lee' } }, NOW));
    const signed = unwrap(await renderTemplate(t.db, { dealId: deal.id, templateId: 'relance-en' }, NOW));
    expect(signed.body).toContain('Jordan Lee');
    const bare = unwrap(
      await renderTemplate(t.db, { dealId: deal.id, templateId: 'relance-en', replyHasSignature: true }, NOW),
    );
    expect(bare.body).not.toContain('Jordan Lee');
    expect(bare.missing).not.toContain('senderName');
  });
});
