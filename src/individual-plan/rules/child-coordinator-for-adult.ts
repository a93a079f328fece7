import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";
import { isUnderAge } from "../_user.js";

/**
 * `plan/child-coordinator-for-adult` (pbrl § 2-5 c, for a child under 18): a child-coordinator
 * assignment runs on a day when the user is 18 or older. An open-ended assignment is judged on
 * today (or its start, if later). Draft and active plans; needs the user's birth date.
 */
export const childCoordinatorForAdultRule: PlanRule = (plan, { today, index }) => {
  if (plan.status === "closed" || index.birthDate === undefined) return [];
  const findings: RawFinding[] = [];
  for (const [i, assignment] of (plan.coordinatorAssignments ?? []).entries()) {
    if (assignment.kind !== "child-coordinator") continue;
    const lastDay = assignment.to ?? (assignment.from > today ? assignment.from : today);
    if (isUnderAge(index.birthDate, 18, lastDay) !== false) continue;
    findings.push({
      code: "plan/child-coordinator-for-adult",
      path: ["coordinatorAssignments", i, "kind"],
      params: { assignmentId: assignment.id },
    });
  }
  return findings;
};
