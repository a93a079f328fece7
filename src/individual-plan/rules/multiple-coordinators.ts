import type { RuleFinding } from "../../_lib/engine/rule.js";
import { planRule } from "../_context.js";
import { COORDINATOR } from "./_basis.js";

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
export const multipleCoordinatorsRule = planRule({
  codes: {
    "plan/multiple-coordinators": {
      severity: "warning",
      description: "Two coordinator assignments (of either kind) hold on a common day; a plan has one coordinator at a time. Draft and active plans.",
      basis: COORDINATOR,
      messages: {
        nb: "Koordinatoroppdraget {assignmentId} overlapper med {otherId}; planen skal ha én koordinator om gangen",
        nn: "Koordinatoroppdraget {assignmentId} overlappar med {otherId}; planen skal ha éin koordinator om gongen",
        en: "Coordinator assignment {assignmentId} overlaps {otherId}; a plan has one coordinator at a time",
      },
    },
  },
  statuses: ["draft", "active"],
  run: (plan) => {
    const assignments = plan.coordinatorAssignments ?? [];
    const order = assignments
      .map((assignment, index) => ({ assignment, index }))
      .sort((a, b) => (a.assignment.from < b.assignment.from ? -1 : a.assignment.from > b.assignment.from ? 1 : a.index - b.index));
    const findings: RuleFinding<"plan/multiple-coordinators">[] = [];
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
  },
});
