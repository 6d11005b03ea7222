/** The variables a template may use, written `{firstName}` etc. Their names are part of saved templates: never rename one. */
export const TEMPLATE_VARIABLES = [
  'firstName',
  'lastName',
  'company',
  'offer',
  'slot',
  'senderName',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string>>;

const KNOWN: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES);

export function isTemplateVariable(name: string): name is TemplateVariable {
  return KNOWN.has(name);
}
