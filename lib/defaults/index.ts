export { AFTER_SALE_CADENCE, DEFAULT_CADENCE, DEFAULT_CADENCES } from './cadences';
export {
  B2B_PROCESS,
  CAR_DEALERSHIP_PROCESS,
  NAMED_PROCESSES,
  type NamedProcess,
  TWICE_A_YEAR_CADENCE,
} from './processes';
export { DEFAULT_SETTINGS } from './settings';
export { DEFAULT_STAGES, FOLLOW_UP_STAGE_ID } from './stages';
export { DEFAULT_TEMPLATES } from './templates';
