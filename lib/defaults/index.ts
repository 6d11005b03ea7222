export { AFTER_SALE_CADENCE, DEFAULT_CADENCE, DEFAULT_CADENCES } from './cadences';
export { DEFAULT_SETTINGS } from './settings';
export { DEFAULT_STAGES } from './stages';
export { DEFAULT_TEMPLATES } from './templates';
