import type { RuleFinding } from "../../_lib/engine/rule.js";
import { basisOf } from "../../core/findings/basis.js";
import { appointmentsOn, isTrainedBy } from "../_case.js";
import { caseRule, OPEN } from "./context.js";

/**
 * `case/appointment-untrained` (hol § 7-3: the coordinating unit trains coordinators): in an open
 * case, an appointment that holds today whose coordinator has no training on or before today.
 */
export const appointmentUntrainedRule = caseRule({
  codes: {
    "case/appointment-untrained": {
      severity: "warning",
      description: "In an open case, the coordinator of an appointment that holds today has no training on or before today.",
      basis: basisOf("hol", ["7-3"]),
      messages: {
        nb: "Koordinatoren i oppnevningen {appointmentId} har ikke registrert opplæring",
        nn: "Koordinatoren i oppnemninga {appointmentId} har ikkje registrert opplæring",
        en: "The coordinator of appointment {appointmentId} has no training on record",
      },
    },
  },
  statuses: OPEN,
  run: (c, { today }) =>
    appointmentsOn(c, today).flatMap(({ appointment, index }): RuleFinding<"case/appointment-untrained">[] =>
      isTrainedBy(appointment, today)
        ? []
        : [{ code: "case/appointment-untrained", path: ["appointments", index, "trainedOn"], params: { appointmentId: appointment.id, kind: appointment.kind } }],
    ),
});
