import type { RawFinding } from "../../_lib/_legacy.js";
import { appointmentsOn, isTrainedBy } from "../_case.js";
import type { CaseRule } from "./context.js";

/**
 * `case/appointment-untrained` (hol § 7-3: the coordinating unit trains coordinators): in an open
 * case, an appointment that holds today whose coordinator has no training on or before today.
 */
export const appointmentUntrained: CaseRule = (c, { today }) => {
  if (c.status !== "open") return [];
  return appointmentsOn(c, today).flatMap(({ appointment, index }): RawFinding[] =>
    isTrainedBy(appointment, today)
      ? []
      : [{ code: "case/appointment-untrained", path: ["appointments", index, "trainedOn"], params: { appointmentId: appointment.id, kind: appointment.kind } }],
  );
};
