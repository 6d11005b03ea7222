// The template syntax, in one place. Escapes follow Python's str.format:
//   {name}          a variable; spaces inside the braces are ignored ({ firstName } is {firstName}).
//   {{  and  }}     a literal { and a literal }  ({{firstName}} renders as the text {firstName}).
//   anything else   is text, kept exactly as written: a { with no } before the end of its line, a {
//                   that opens nothing ("{ {firstName}" keeps its first brace), {} or { }, a lone }.
// Names are matched exactly (case-sensitive): {FirstName} is an unknown variable, reported as such
// so the rep can fix it, never silently sent to a prospect.
import { isTemplateVariable, type TemplateVariable } from './variables';

export type TemplatePart =
  | { type: 'text'; text: string }
  | { type: 'variable'; name: TemplateVariable }
  /** A well-formed `{name}` whose trimmed name is not a TemplateVariable. */
  | { type: 'unknown'; name: string };

// Scanned left to right; a name holds no brace, so `{{` can never open a variable: `{{x}}` is the
// text {x}, and `{{{x}}}` is a literal {, the variable x, then a literal }.
const TOKEN = /\{\{|\}\}|\{([^{}\r\n]*)\}/g;

/** Splits a template into text and variables. Adjacent text is merged. */
export function parseTemplate(source: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const pushText = (text: string): void => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last?.type === 'text') last.text += text;
    else parts.push({ type: 'text', text });
  };
  let from = 0;
  for (const match of source.matchAll(TOKEN)) {
    pushText(source.slice(from, match.index));
    from = match.index + match[0].length;
    const token = match[0];
    const inner = match[1];
    if (token === '{{') pushText('{');
    else if (token === '}}') pushText('}');
    else if (inner === undefined || inner.trim() === '') pushText(token);
    else {
      const name = inner.trim();
      parts.push(isTemplateVariable(name) ? { type: 'variable', name } : { type: 'unknown', name });
    }
  }
  pushText(source.slice(from));
  return parts;
}

/** Every `{name}` whose name is not a known variable: unique, in order of first appearance. */
export function findUnknownVariables(text: string): string[] {
  const unknown: string[] = [];
  for (const part of parseTemplate(text)) {
    if (part.type === 'unknown' && !unknown.includes(part.name)) unknown.push(part.name);
  }
  return unknown;
}
