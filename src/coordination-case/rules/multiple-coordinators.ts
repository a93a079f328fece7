import type { RawFinding } from "../../_lib/_legacy.js";
import type { CaseAppointment } from "../appointment.js";
import type { CaseRule } from "./context.js";

/** Whether two appointments hold on a common day; an open end holds on. */
function overlap(a: CaseAppointment, b: CaseAppointment): boolean {
  return (b.endedOn === undefined || a.appointedOn <= b.endedOn) && (a.endedOn === undefined || b.appointedOn <= a.endedOn);
}

/**
 * `case/multiple-coordinators` (hol § 7-2: one coordinator at a time): in an open case, an
 * appointment that holds on a day an earlier-listed one also holds. A handover where one ends the
 * day before the next starts is fine. Reported on the later-listed appointment.
 */
export const multipleCoordinators: CaseRule = (c) => {
  if (c.status !== "open") return [];
  const appointments = c.appointments ?? [];
  return appointments.flatMap((appointment, i): RawFinding[] => {
    const other = appointments.slice(0, i).find((earlier) => overlap(earlier, appointment));
    return other === undefined
      ? []
      : [{ code: "case/multiple-coordinators", path: ["appointments", i, "appointedOn"], params: { appointmentId: appointment.id, otherId: other.id } }];
  });
};
