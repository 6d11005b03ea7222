import { describe, expect, it } from 'vitest';
import { type Cadence, LANGS, type TemplateKind } from '../model';
import { findUnknownVariables, renderTemplate, TEMPLATE_VARIABLES, type TemplateValues } from '../templates';
import { DEFAULT_CADENCES } from './cadences';
import { DEFAULT_TEMPLATES } from './templates';

const EVERY_VALUE = Object.fromEntries(
  TEMPLATE_VARIABLES.map((name) => [name, `«${name}»`]),
) as TemplateValues;

function cadenceKinds(cadence: Cadence): TemplateKind[] {
  return [...cadence.steps, cadence.tail, cadence.breakup].flatMap((step) =>
    step?.templateKind ? [step.templateKind] : [],
  );
}

describe('DEFAULT_TEMPLATES', () => {
  it('has stable ids', () => {
    expect(DEFAULT_TEMPLATES.map((template) => template.id)).toEqual([
      'relance-en',
      'relance-fr',
      'good-news-en',
      'good-news-fr',
      'breakup-1-en',
      'breakup-1-fr',
      'breakup-2-en',
      'breakup-2-fr',
      'next-step-en',
      'next-step-fr',
    ]);
  });

  it.each(DEFAULT_TEMPLATES)('$id uses only known variables and fills them all', (template) => {
    expect(findUnknownVariables(template.subject)).toEqual([]);
    expect(findUnknownVariables(template.body)).toEqual([]);
    const rendered = renderTemplate(template, EVERY_VALUE);
    expect(rendered.missing).toEqual([]);
    // No brace left once every variable has a value: no malformed or stray syntax
    expect(`${rendered.subject}${rendered.body}`).not.toMatch(/[{}]/);
    expect(rendered.body).toContain('«firstName»');
    expect(rendered.body).toContain('«senderName»');
  });

  it('exists in both languages for each template', () => {
    const base = (id: string) => id.replace(/-(en|fr)$/, '');
    for (const template of DEFAULT_TEMPLATES) {
      expect(template.id, template.id).toBe(`${base(template.id)}-${template.lang}`);
      for (const lang of LANGS) {
        const other = DEFAULT_TEMPLATES.find((t) => t.id === `${base(template.id)}-${lang}`);
        expect(other?.kind, `${template.id} in ${lang}`).toBe(template.kind);
      }
    }
  });

  it('covers every template kind a cadence suggests, in both languages', () => {
    const kinds = new Set(DEFAULT_CADENCES.flatMap(cadenceKinds));
    expect([...kinds].sort()).toEqual(['breakup', 'good-news', 'relance']);
    for (const kind of kinds) {
      for (const lang of LANGS) {
        expect(
          DEFAULT_TEMPLATES.some((t) => t.kind === kind && t.lang === lang),
          `${kind} in ${lang}`,
        ).toBe(true);
      }
    }
  });

  it('offers two breakups and proposes a slot in the good-news and next-step ones', () => {
    expect(DEFAULT_TEMPLATES.filter((t) => t.kind === 'breakup' && t.lang === 'en')).toHaveLength(2);
    for (const template of DEFAULT_TEMPLATES.filter(
      (t) => t.kind === 'good-news' || t.kind === 'next-step',
    )) {
      expect(`${template.subject}${template.body}`, template.id).toContain('{slot}');
    }
    for (const template of DEFAULT_TEMPLATES.filter((t) => t.id.startsWith('breakup-2'))) {
      expect(template.body, template.id).toContain('{offer}');
    }
  });

  it('writes French with vouvoiement, « » and non-breaking spaces', () => {
    for (const template of DEFAULT_TEMPLATES.filter((t) => t.lang === 'fr')) {
      const text = `${template.name}\n${template.subject}\n${template.body}`;
      expect(text, template.id).not.toMatch(/\b(tu|te|ton|ta|tes|toi)\b/i);
      expect(text, template.id).not.toMatch(/ [?!;:»]|« |"/);
      expect(text, template.id).not.toMatch(/'/);
    }
    expect(DEFAULT_TEMPLATES.find((t) => t.id === 'relance-fr')?.subject).toBe(
      'Un appel cette semaine\u202f?',
    );
  });

  it('is built in, with a short name in its own language', () => {
    for (const template of DEFAULT_TEMPLATES) {
      expect([template.builtin, template.updatedAt]).toEqual([true, 0]);
      expect(template.name.length, template.id).toBeGreaterThan(0);
      expect(template.name.length, template.id).toBeLessThanOrEqual(40);
    }
    const names = DEFAULT_TEMPLATES.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
