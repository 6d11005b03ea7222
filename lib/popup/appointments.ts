// Today's next-step appointments: deals whose next step ("always leave with a next step") falls on
// the rep's local today, earliest first. A lost deal's leftover next step is no appointment.
import type { Deal } from '../model';
import type { PopupWindow } from './sections';

export type Appointment = Deal & { nextStep: NonNullable<Deal['nextStep']> };

export function isAppointmentToday(deal: Deal, w: PopupWindow): deal is Appointment {
  const at = deal.nextStep?.at;
  return at !== undefined && deal.status !== 'lost' && at >= w.startOfToday && at <= w.endOfToday;
}

export function todaysAppointments(deals: readonly Deal[], w: PopupWindow): Appointment[] {
  return deals
    .filter((d): d is Appointment => isAppointmentToday(d, w))
    .sort((a, b) => a.nextStep.at - b.nextStep.at || (a.id < b.id ? -1 : 1));
}
