import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";
import { assignmentsOn } from "../coordination/_assignment.js";

/**
 * `plan/coordinator-untrained` (hol § 7-3, the coordinating unit trains coordinators): in an active
 * plan, the coordinator whose assignment holds today has no training date on or before today.
 */
export const coordinatorUntrainedRule: PlanRule = (plan, { today }) => {
  if (plan.status !== "active") return [];
  const findings: RawFinding[] = [];
  for (const { assignment, index } of assignmentsOn(plan.coordinatorAssignments ?? [], today)) {
    if (assignment.trainedOn !== undefined && assignment.trainedOn <= today) continue;
    findings.push({
      code: "plan/coordinator-untrained",
      path: ["coordinatorAssignments", index, "trainedOn"],
      params: { assignmentId: assignment.id },
    });
  }
  return findings;
};
