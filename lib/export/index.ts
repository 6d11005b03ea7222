// Exports for a manager or a CRM: CSV tables and .ics calendar files.
export {
  BOM,
  type CsvOptions,
  DEAL_COLUMNS,
  dealsToCsv,
  FOLLOW_UP_COLUMNS,
  followUpsToCsv,
  localDateTime,
} from './csv';
export { dealEvents, dealsCalendar } from './deal-calendar';
export { type CalendarEvent, escapeText, foldLine, toIcs, utcStamp } from './ics';
