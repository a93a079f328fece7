import type { RuleFinding } from "../../_lib/engine/rule.js";
import { basisOf } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";
import { assignmentsOn } from "../coordination/_assignment.js";

/**
 * `plan/coordinator-untrained` (hol § 7-3, the coordinating unit trains coordinators): in an active
 * plan, the coordinator whose assignment holds today has no training date on or before today.
 */
export const coordinatorUntrainedRule = planRule({
  codes: {
    "plan/coordinator-untrained": {
      severity: "info",
      description: "In an active plan, the coordinator whose assignment holds today has no training date on or before today.",
      basis: basisOf("hol", ["7-3"]),
      messages: {
        nb: "Koordinatoren i oppdraget {assignmentId} har ikke registrert opplæring",
        nn: "Koordinatoren i oppdraget {assignmentId} har ikkje registrert opplæring",
        en: "The coordinator of assignment {assignmentId} has no training on record",
      },
    },
  },
  statuses: ["active"],
  run: (plan, { today }) => {
    const findings: RuleFinding<"plan/coordinator-untrained">[] = [];
    for (const { assignment, index } of assignmentsOn(plan.coordinatorAssignments ?? [], today)) {
      if (assignment.trainedOn !== undefined && assignment.trainedOn <= today) continue;
      findings.push({
        code: "plan/coordinator-untrained",
        path: ["coordinatorAssignments", index, "trainedOn"],
        params: { assignmentId: assignment.id },
      });
    }
    return findings;
  },
});
