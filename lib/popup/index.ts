// The popup's core: sections cut at the rep's day boundaries, rows, times in words, reads by index.
export { type Appointment, isAppointmentToday, todaysAppointments } from './appointments';
export {
  countSections,
  FIRST_LIMITS,
  loadAppointments,
  loadPopupData,
  loadSectionFollowUps,
  PAGE_SIZE,
  type PopupData,
  type SectionLimits,
  type SectionPage,
  type SectionTotals,
} from './queries';
export { type FollowUpRow, followUpRow } from './rows';
export {
  byDueAt,
  type Grouped,
  groupFollowUps,
  type PopupWindow,
  popupWindow,
  SECTIONS,
  type Section,
  type SectionBounds,
  sectionBounds,
  sectionOf,
  UPCOMING_DAYS,
} from './sections';
export {
  clockLabel,
  dueInWords,
  instantToLocalInput,
  localInputToInstant,
  relativeWords,
} from './words';
