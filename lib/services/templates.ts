// A template for a deal: rendered with the deal's values (a read), and its insertion into a reply
// logged on the deal (the breakup's "no answer after it → lost" counts from then).
import { resolveTimeZone } from '../cadence';
import { appendEvent } from '../db/events';
import type { AppDB } from '../db/schema';
import { getSettings } from '../db/settings';
import type { Id } from '../model';
import { renderTemplate as render, templateValuesForDeal } from '../templates';
import { requireDeal, requireTemplate } from './guards';
import { attempt, type Result } from './result';

export interface RenderedTemplate {
  subject: string;
  body: string;
  missing: string[];
}

export function renderTemplate(
  db: AppDB,
  input: { dealId: Id; templateId: Id },
  now: number,
): Promise<Result<RenderedTemplate>> {
  return attempt(async () => {
    const deal = await requireDeal(db, input.dealId);
    const template = await requireTemplate(db, input.templateId);
    const settings = await getSettings(db);
    const values = templateValuesForDeal(deal, {
      senderName: settings.senderName,
      lang: template.lang,
      timeZone: resolveTimeZone(settings),
      now,
    });
    const rendered = render(template, values, { webmailAddsSignature: settings.webmailAddsSignature });
    return { subject: rendered.subject, body: rendered.body, missing: [...rendered.missing] };
  });
}

export function logTemplateInserted(
  db: AppDB,
  input: { dealId: Id; templateId: Id },
  now: number,
): Promise<Result<null>> {
  return attempt(async () => {
    const template = await requireTemplate(db, input.templateId);
    await db.transaction('rw', [db.deals, db.events], async () => {
      await requireDeal(db, input.dealId);
      await appendEvent(
        db,
        input.dealId,
        'template-inserted',
        { templateId: template.id, kind: template.kind },
        now,
      );
    });
    return null;
  });
}
