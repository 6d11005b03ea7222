// The Pipeline tab of the options page, end to end: with deals moved through the stages by the
// background, the funnel narrows stage by stage with its counts, and the projection calculator
// answers the course's example and a changed team size.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRelance, type Relance } from './harness';
import { send, seriousA11yViolations, value } from './helpers';

let relance: Relance;
let page: Page;

function snapshot(i: number) {
  return {
    provider: 'gmail',
    threadId: `19a68e3a2c7d5${String(100 + i)}`,
    subject: `Offer ${i}`,
    account: 'jordan.lee@acme.test',
    messages: [
      { from: { name: `Prospect ${i}`, email: `p${i}@company${i}.test` }, to: [], cc: [], key: `id:m${i}` },
    ],
    lastMessageFromAccount: false,
    hasCompose: false,
  };
}

beforeAll(async () => {
  relance = await launchRelance();
  page = await relance.openOptions();
  // Six deals: all leads; four reach prospection; two a meeting; one is signed, one lost.
  const path: string[][] = [
    ['prospection', 'meeting', 'objections', 'negotiation', 'follow-up', 'signed'],
    ['prospection', 'meeting', 'lost'],
    ['prospection'],
    ['prospection'],
    [],
    [],
  ];
  for (const [i, stages] of path.entries()) {
    const s = snapshot(i);
    const url = `https://mail.google.com/mail/u/0/#inbox/${s.threadId}`;
    const state = value<{ deal: { id: string } }>(
      await send(page, 'trackThread', { snapshot: s, url, contact: s.messages[0]?.from }),
    );
    for (const stageId of stages) value(await send(page, 'setStage', { dealId: state.deal.id, stageId }));
  }
});
afterAll(async () => {
  await relance?.close();
});

describe('the Pipeline tab', () => {
  it('draws the funnel narrowing stage by stage, with the counts of the log', async () => {
    await page.getByTestId('nav-pipeline').click();
    const funnel = page.getByTestId('pipeline-funnel');
    await funnel.waitFor({ timeout: 10_000 });
    const figures = async (stage: string) =>
      funnel.locator(`[data-stage="${stage}"] .pipeline-funnel__figures`).textContent();
    expect(await figures('lead')).toMatch(/^6\b/);
    expect(await figures('prospection')).toMatch(/^4\b/);
    expect(await figures('meeting')).toMatch(/^2\b/);
    expect(await figures('signed')).toMatch(/^1\b/);
    expect(await page.getByTestId('pipeline-table').locator('tbody tr').count()).toBeGreaterThan(5);
  });

  it('answers the projection: a rep’s own target, the course’s example, then a bigger team', async () => {
    const result = page.getByTestId('projection-people-month');
    await expect.poll(() => result.textContent()).toMatch(/^10,000 people/);
    await page.getByTestId('projection-course').click();
    await expect.poll(() => result.textContent()).toMatch(/^30,000 people/);
    expect(await page.getByTestId('projection-loop').textContent()).toMatch(/5,985 leads.*5% come back/);
    await page.locator('input[name=teamSize]').fill('6');
    await expect.poll(() => result.textContent()).toMatch(/60,000/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(relance.workerErrors).toEqual([]);
  });
});
