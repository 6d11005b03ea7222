export { type DealValueOptions, templateValuesForDeal } from './deal-values';
export { formatSlot } from './format-slot';
export { type RenderedTemplate, type RenderOptions, renderTemplate, TemplateError } from './render';
export { type SplitName, splitName } from './split-name';
export { findUnknownVariables, parseTemplate, type TemplatePart } from './syntax';
export {
  isTemplateVariable,
  TEMPLATE_VARIABLES,
  type TemplateValues,
  type TemplateVariable,
} from './variables';
