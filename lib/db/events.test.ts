import { describe, expect, it } from 'vitest';
import { trackSample } from '../services/test-support';
import { appendEvent, eventsForDeal } from './events';
import { HOUR, NOW, setUpTestDb } from './test-support';

const t = setUpTestDb();

describe('appendEvent', () => {
  it('appends a typed event to a deal', async () => {
    const deal = await trackSample(t.db);
    const event = await appendEvent(
      t.db,
      deal.id,
      'template-inserted',
      { templateId: 'relance-en', kind: 'relance' },
      NOW + HOUR,
    );
    expect(event).toMatchObject({ dealId: deal.id, type: 'template-inserted', at: NOW + HOUR });
    expect(await t.db.events.get(event.id)).toEqual(event);
  });
});

describe('eventsForDeal', () => {
  it('lists one deal’s events oldest first, same-instant ones in the order they happened', async () => {
    const deal = await trackSample(t.db);
    const other = await trackSample(t.db, { threadId: 'other' });
    await appendEvent(t.db, deal.id, 'note', { text: 'later' }, NOW + 2 * HOUR);
    await appendEvent(t.db, deal.id, 'note', { text: 'sooner' }, NOW + HOUR);
    await appendEvent(t.db, other.id, 'note', { text: 'elsewhere' }, NOW + HOUR);
    const events = await eventsForDeal(t.db, deal.id);
    expect(events.map((e) => e.type)).toEqual(['tracked', 'stage-changed', 'note', 'note']);
    expect(events.slice(2).map((e) => e.data)).toEqual([{ text: 'sooner' }, { text: 'later' }]);
  });
});
