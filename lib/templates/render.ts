import { findUnknownVariables, parseTemplate } from './syntax';
import { TEMPLATE_VARIABLES, type TemplateValues, type TemplateVariable } from './variables';

const KNOWN_LIST = TEMPLATE_VARIABLES.map((name) => `{${name}}`).join(', ');

/** A template uses a variable Relance does not know; `unknown` lists them without braces. */
export class TemplateError extends Error {
  readonly unknown: string[];

  constructor(unknown: string[]) {
    const names = unknown.map((name) => `{${name}}`).join(', ');
    super(`Unknown variable${unknown.length > 1 ? 's' : ''} ${names} — known: ${KNOWN_LIST}`);
    this.name = 'TemplateError';
    this.unknown = unknown;
  }
}

export interface RenderOptions {
  /**
   * The rep's webmail adds its own signature (Settings.webmailAddsSignature): a line holding only
   * `{senderName}` is left out, so the email is not signed twice and no name is asked for.
   */
  webmailAddsSignature?: boolean;
}

/** A line holding nothing but the sender's name: the sign-off line a webmail signature replaces. */
const SENDER_NAME_LINE = /^[ \t]*\{senderName\}[ \t]*(?:\r?\n|$)/gm;

export interface RenderedTemplate {
  subject: string;
  body: string;
  /** Known variables with no value: left visible as `{name}` in the text for the rep to fill in. */
  missing: TemplateVariable[];
}

/**
 * Fills a template's variables, in one pass: a value is inserted verbatim (trimmed) and never read
 * as template syntax, so a value containing `{offer}` or `<img …>` stays those characters. The result
 * is plain text; whoever inserts it into a compose box inserts text, never markup.
 * Throws TemplateError, before rendering anything, when the subject or body uses an unknown variable.
 */
export function renderTemplate(
  template: { subject: string; body: string },
  values: TemplateValues,
  options: RenderOptions = {},
): RenderedTemplate {
  const unknown = findUnknownVariables(`${template.subject}\n${template.body}`);
  if (unknown.length > 0) throw new TemplateError(unknown);

  const missing: TemplateVariable[] = [];
  const fill = (source: string): string =>
    parseTemplate(source)
      .map((part) => {
        if (part.type !== 'variable') return part.type === 'text' ? part.text : `{${part.name}}`;
        const name = part.name;
        const value = values[name]?.trim() ?? '';
        if (value !== '') return value;
        if (!missing.includes(name)) missing.push(name);
        return `{${name}}`;
      })
      .join('');

  const subject = fill(template.subject);
  const source = options.webmailAddsSignature
    ? template.body.replace(SENDER_NAME_LINE, '').replace(/\s+$/, '')
    : template.body;
  const body = fill(source);
  return { subject, body, missing };
}
