import { describe, expect, it } from 'vitest';
import type { Deal, NextStep } from '../model';
import { isAppointmentToday, todaysAppointments } from './appointments';
import { popupWindow } from './sections';

const HOUR = 60 * 60 * 1000;
/** Tuesday 2026-03-03 10:00 in Paris. */
const NOW = Date.UTC(2026, 2, 3, 9, 0);

function deal(id: string, at: number | null, status: Deal['status'] = 'active'): Deal {
  const nextStep: NextStep | null =
    at === null ? null : { at, channel: 'phone', repAction: '', prospectAction: '', reason: '' };
  return { id, nextStep, status } as Deal;
}

describe('todaysAppointments', () => {
  const w = popupWindow(NOW, 'Europe/Paris');

  it('keeps the deals whose next step is on the local today, earliest first, past ones included', () => {
    const list = todaysAppointments(
      [
        deal('afternoon', NOW + 5 * HOUR),
        deal('none', null),
        deal('early', NOW - 2 * HOUR),
        deal('tomorrow', w.endOfToday + 1),
        deal('yesterday', w.startOfToday - 1),
      ],
      w,
    );
    expect(list.map((d) => d.id)).toEqual(['early', 'afternoon']);
  });

  it('reads "today" in the rep’s zone', () => {
    // 05:00 UTC on Tuesday is Tuesday in Paris but still Monday in Los Angeles.
    const at = Date.UTC(2026, 2, 3, 5, 0);
    expect(isAppointmentToday(deal('d', at), popupWindow(NOW, 'Europe/Paris'))).toBe(true);
    expect(isAppointmentToday(deal('d', at), popupWindow(NOW, 'America/Los_Angeles'))).toBe(false);
  });

  it('ignores a lost deal’s leftover next step', () => {
    expect(todaysAppointments([deal('lost', NOW + HOUR, 'lost')], w)).toEqual([]);
  });
});
