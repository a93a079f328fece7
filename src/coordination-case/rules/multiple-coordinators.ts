import type { RuleFinding } from "../../_lib/engine/rule.js";
import { basisOf } from "../../core/findings/basis.js";
import type { CaseAppointment } from "../appointment.js";
import { caseRule, OPEN } from "./context.js";

/** Whether two appointments hold on a common day; an open end holds on. */
function overlap(a: CaseAppointment, b: CaseAppointment): boolean {
  return (b.endedOn === undefined || a.appointedOn <= b.endedOn) && (a.endedOn === undefined || b.appointedOn <= a.endedOn);
}

/**
 * `case/multiple-coordinators` (hol § 7-2: one coordinator at a time): in an open case, an
 * appointment that holds on a day an earlier-listed one also holds. A handover where one ends the
 * day before the next starts is fine. Reported on the later-listed appointment.
 */
export const multipleCoordinatorsRule = caseRule({
  codes: {
    "case/multiple-coordinators": {
      severity: "warning",
      description: "In an open case, two coordinator appointments hold on a common day; a user has one coordinator at a time. Reported on the later-listed appointment.",
      basis: basisOf("hol", ["7-2"]),
      messages: {
        nb: "Oppnevningen {appointmentId} overlapper med {otherId}; brukeren skal ha én koordinator om gangen",
        nn: "Oppnemninga {appointmentId} overlappar med {otherId}; brukaren skal ha éin koordinator om gongen",
        en: "Appointment {appointmentId} overlaps {otherId}; a user has one coordinator at a time",
      },
    },
  },
  statuses: OPEN,
  run: (c) => {
    const appointments = c.appointments ?? [];
    return appointments.flatMap((appointment, i): RuleFinding<"case/multiple-coordinators">[] => {
      const other = appointments.slice(0, i).find((earlier) => overlap(earlier, appointment));
      return other === undefined
        ? []
        : [{ code: "case/multiple-coordinators", path: ["appointments", i, "appointedOn"], params: { appointmentId: appointment.id, otherId: other.id } }];
    });
  },
});
