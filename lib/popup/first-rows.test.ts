import { describe, expect, it } from 'vitest';
import { addFollowUps, HOUR, NOW, setUpTestDb } from '../db/test-support';
import { unwrap } from '../services/result';
import { saveSettings } from '../services/settings';
import { trackSample } from '../services/test-support';
import { FIRST_FRAME_ROWS, firstFrameCaps, firstPopupData } from './first-rows';

const t = setUpTestDb();

const withRows = (overdue: number, today: number, upcoming: number) => {
  const page = (n: number) => ({ rows: Array.from({ length: n }), more: false });
  return { sections: { overdue: page(overdue), today: page(today), upcoming: page(upcoming) } } as never;
};

describe('firstFrameCaps', () => {
  it('gives the first frame FIRST_FRAME_ROWS rows in reading order: overdue, today, then upcoming', () => {
    expect(FIRST_FRAME_ROWS).toBe(6);
    expect(firstFrameCaps(withRows(20, 20, 20))).toEqual({ overdue: 6, today: 0, upcoming: 0 });
    expect(firstFrameCaps(withRows(2, 3, 20))).toEqual({ overdue: 2, today: 3, upcoming: 1 });
    expect(firstFrameCaps(withRows(0, 1, 2))).toEqual({ overdue: 0, today: 1, upcoming: 2 });
  });
});

describe('firstPopupData', () => {
  it('reads only what the first frame shows of each section, and says there are more', async () => {
    unwrap(await saveSettings(t.db, { timeZone: 'Europe/Paris' }, NOW));
    const deal = await trackSample(t.db);
    await addFollowUps(
      t.db,
      deal.id,
      Array.from({ length: 30 }, (_, i) => ({ dueAt: NOW - (i + 1) * HOUR })),
    );
    const data = await firstPopupData(t.db, NOW, 'en');
    expect(data?.sections.overdue.rows).toHaveLength(FIRST_FRAME_ROWS);
    expect(data?.sections.overdue.more).toBe(true);
    expect(data?.sections.overdue.rows[0]?.followUp.dueAt).toBe(NOW - 30 * HOUR);
  });
});
