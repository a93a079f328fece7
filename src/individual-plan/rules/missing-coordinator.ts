import type { PlanRule } from "../_context.js";
import { assignmentsOn } from "../coordination/_assignment.js";

/**
 * `plan/missing-coordinator` (hol § 7-2): an active plan has no coordinator or child coordinator
 * whose assignment holds today.
 */
export const missingCoordinatorRule: PlanRule = (plan, { today }) => {
  if (plan.status !== "active") return [];
  if (assignmentsOn(plan.coordinatorAssignments ?? [], today).length > 0) return [];
  return [{ code: "plan/missing-coordinator", path: ["coordinatorAssignments"], params: { today } }];
};
