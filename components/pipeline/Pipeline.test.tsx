// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CADENCES, DEFAULT_SETTINGS } from '../../lib/defaults';
import { SEED_DEALS, SEED_EVENTS, SEED_FOLLOW_UPS, SEED_NOW, STAGES } from '../../lib/funnel/test-support';
import type { Settings } from '../../lib/model';
import { Pipeline } from './Pipeline';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const settings: Settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Paris', language: 'en' };
let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(overrides: Partial<Settings> = {}) {
  act(() =>
    root.render(
      <Pipeline
        deals={SEED_DEALS}
        events={SEED_EVENTS}
        followUps={SEED_FOLLOW_UPS}
        stages={STAGES}
        settings={{ ...settings, ...overrides }}
        now={SEED_NOW}
        cadences={DEFAULT_CADENCES}
      />,
    ),
  );
}

const text = (selector: string) =>
  container.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

const cells = (row: string) => [...container.querySelectorAll(`${row} > *`)].map((cell) => cell.textContent);

/** Types into a controlled input the way React notices it. */
function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('Pipeline', () => {
  it('draws the funnel and its table from the records', () => {
    render();
    const bars = [...container.querySelectorAll<HTMLElement>('.pipeline-funnel__bar')];
    // The follow-up stage is a side loop, not a bar of the funnel (issue 22 item 9): six steps.
    expect(bars.map((b) => b.style.width)).toEqual(['100%', '80%', '60%', '40%', '40%', '20%']);
    expect(container.querySelector('[data-testid=pipeline-funnel] [data-stage=follow-up]')).toBeNull();
    expect(
      container.querySelector('[data-testid=pipeline-side-loop] [data-stage=follow-up] th')?.textContent,
    ).toBe('Follow-up');
    expect(
      container.querySelector('[data-testid=pipeline-table] tbody [data-stage=follow-up]')?.closest('tbody')
        ?.dataset.testid,
    ).toBe('pipeline-side-loop');
    expect(text('[data-testid=pipeline-funnel] [data-stage=meeting] .pipeline-funnel__figures')).toBe(
      '3 reached · 60% 66.67% go on to the next stage',
    );
    expect(cells('[data-testid=pipeline-table] [data-stage=meeting]')).toEqual([
      'Meeting',
      '3',
      '60%',
      '15%',
      '2',
      '66.67%',
      '0',
      '1',
      '4.5 d',
    ]);
    // C: 20,000 € × 1/60 in April.
    expect(cells('[data-testid=pipeline-forecast] [data-month="2026-04"]')).toEqual([
      'April 2026',
      '1',
      '€20,000',
      '€333',
    ]);
    expect(cells('[data-testid=pipeline-replies] tbody tr:first-child')).toEqual([
      'No. 1',
      '3',
      '1',
      '33.33%',
    ]);
  });

  it('answers the projection as the rep types', () => {
    render();
    // A rep's own target first: 1 rep × 5 sales → 10,000 people reached a month.
    expect(text('[data-testid=projection-people-month]')).toBe(
      '10,000 people to reach a month (10,000 per rep)',
    );
    // The course's example, one click away: 3 reps × 5 sales → 30,000.
    const course = container.querySelector<HTMLButtonElement>('[data-testid=projection-course]');
    expect(course?.textContent).toBe('The course’s example: 3 reps × 5 sales');
    act(() => course?.click());
    expect(text('[data-testid=projection-people-month]')).toBe(
      '30,000 people to reach a month (10,000 per rep)',
    );
    expect(container.querySelector('[data-testid=projection-course]')).toBeNull();
    // Follow-up beside the funnel: 6,000 leads − 15 sales followed up, 5% of them come back.
    expect(text('[data-testid=projection-loop]')).toBe(
      'Follow-up is a side loop, not a step: of the 5,985 leads a month who do not buy, 5% come back when followed up — 300 a month (100 per rep).',
    );
    expect(
      container.querySelector('[data-testid=pipeline-projection] tbody [data-stage=follow-up]'),
    ).toBeNull();
    const team = container.querySelector<HTMLInputElement>('input[name=teamSize]');
    if (!team) throw new Error('no team size field');
    type(team, '2');
    expect(text('[data-testid=projection-people-month]')).toBe(
      '20,000 people to reach a month (10,000 per rep)',
    );
    const signed = container.querySelector<HTMLInputElement>('input[name=share-signed]');
    if (!signed) throw new Error('no share field for signed');
    expect(signed.value).toBe('0.25');
    type(signed, '0,5');
    // 1 / 0.005 = 200 leads per sale, / 0.20 = 1,000 people reached per sale; × 10 sales.
    expect(text('[data-testid=projection-people-month]')).toBe(
      '10,000 people to reach a month (5,000 per rep)',
    );
    type(signed, '');
    expect(container.querySelector('[role=alert]')?.textContent).toBe(
      'Type a share above 0 and up to 100 for: Signed.',
    );
  });

  it('speaks French with the French settings', () => {
    (globalThis as { __relanceUiLanguage?: string }).__relanceUiLanguage = 'fr';
    try {
      render({ language: 'fr' });
      expect(text('[data-testid=pipeline-table] caption')).toBe('Entonnoir par étape');
      expect(text('[data-testid=pipeline-table] [data-stage=meeting] th')).toBe('Rendez-vous');
    } finally {
      (globalThis as { __relanceUiLanguage?: string }).__relanceUiLanguage = undefined;
    }
  });
});
