import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";

/** Whether an end date (`undefined` = open-ended) is later than another. */
function endsLater(end: string | undefined, other: string | undefined): boolean {
  if (other === undefined) return false;
  return end === undefined || end > other;
}

/**
 * `plan/multiple-coordinators` (hol § 7-2): two assignments (of either kind) hold on a common day.
 * A sweep over the assignments sorted by start finds every overlap in n log n; each assignment that
 * starts while an earlier one still holds is reported once, against the one that reaches furthest.
 * Draft and active plans.
 */
export const multipleCoordinatorsRule: PlanRule = (plan) => {
  if (plan.status === "closed") return [];
  const assignments = plan.coordinatorAssignments ?? [];
  const order = assignments
    .map((assignment, index) => ({ assignment, index }))
    .sort((a, b) => (a.assignment.from < b.assignment.from ? -1 : a.assignment.from > b.assignment.from ? 1 : a.index - b.index));
  const findings: RawFinding[] = [];
  let reach: (typeof order)[number] | undefined;
  for (const entry of order) {
    const { assignment, index } = entry;
    if (reach !== undefined && (reach.assignment.to === undefined || assignment.from <= reach.assignment.to)) {
      findings.push({
        code: "plan/multiple-coordinators",
        path: ["coordinatorAssignments", index],
        params: { assignmentId: assignment.id, otherId: reach.assignment.id },
      });
    }
    if (reach === undefined || endsLater(assignment.to, reach.assignment.to)) reach = entry;
  }
  return findings;
};
