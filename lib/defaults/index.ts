export { AFTER_SALE_CADENCE, DEFAULT_CADENCE, DEFAULT_CADENCES } from './cadences';
export { DEFAULT_SETTINGS } from './settings';
export { DEFAULT_STAGES, FOLLOW_UP_STAGE_ID } from './stages';
export { DEFAULT_TEMPLATES } from './templates';
