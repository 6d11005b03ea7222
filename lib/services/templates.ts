// A template for a deal: rendered with the deal's values (a read), and its insertion into a reply
// logged on the deal (the breakup's "no answer after it → lost" counts from then).
import { resolveTimeZone } from '../cadence';
import { appendEvent } from '../db/events';
import type { AppDB } from '../db/schema';
import { getSettings } from '../db/settings';
import type { Deal, Id } from '../model';
import {
  isTemplateVariable,
  renderTemplate as render,
  type TemplateValues,
  templateValuesForDeal,
} from '../templates';
import { requireDeal, requireTemplate } from './guards';
import { attempt, type Result } from './result';

export interface RenderedTemplate {
  subject: string;
  body: string;
  missing: string[];
}

export function renderTemplate(
  db: AppDB,
  input: { dealId: Id; templateId: Id; replyHasSignature?: boolean },
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
    // The reply box already holds a signature, or the rep's webmail adds one: Relance signs nothing.
    const webmailAddsSignature = settings.webmailAddsSignature || input.replyHasSignature === true;
    const rendered = render(template, values, { webmailAddsSignature });
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

/**
 * Values the rep typed for a template's missing variables, before inserting it: the sender's name
 * goes to the settings (every deal signs with it), the others are remembered on this deal. A blank
 * value forgets the one remembered.
 */
export function saveTemplateValues(
  db: AppDB,
  input: { dealId: Id; values: TemplateValues },
  now: number,
): Promise<Result<Deal>> {
  return attempt(async () => {
    const { senderName, ...forDeal } = input.values;
    return db.transaction('rw', [db.deals, db.settings], async () => {
      const deal = await requireDeal(db, input.dealId);
      if (senderName !== undefined && senderName.trim() !== '') {
        const settings = await getSettings(db);
        await db.settings.put({ ...settings, senderName: senderName.trim(), updatedAt: now });
      }
      const remembered: Record<string, string> = { ...deal.templateValues };
      for (const [name, value] of Object.entries(forDeal)) {
        if (!isTemplateVariable(name)) continue;
        const clean = (value ?? '').trim();
        if (clean === '') delete remembered[name];
        else remembered[name] = clean;
      }
      const next: Deal = { ...deal, templateValues: remembered, updatedAt: now };
      await db.deals.put(next);
      return next;
    });
  });
}
