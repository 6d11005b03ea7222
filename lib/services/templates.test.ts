import { describe, expect, it } from 'vitest';
import { eventsForDeal } from '../db/events';
import { HOUR, NOW, setUpTestDb } from '../db/test-support';
import { unwrap } from './result';
import { logTemplateInserted, renderTemplate } from './templates';
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
