import { planRule } from "../_context.js";
import { assignmentsOn } from "../coordination/_assignment.js";
import { COORDINATOR } from "./_basis.js";

/**
 * `plan/missing-coordinator` (hol § 7-2): an active plan has no coordinator or child coordinator
 * whose assignment holds today.
 */
export const missingCoordinatorRule = planRule({
  codes: {
    "plan/missing-coordinator": {
      severity: "error",
      description: "An active plan has no coordinator or child coordinator whose assignment holds today.",
      basis: COORDINATOR,
      messages: {
        nb: "Den aktive planen har ingen koordinator per {today}",
        nn: "Den aktive planen har ingen koordinator per {today}",
        en: "The active plan has no coordinator as of {today}",
      },
    },
  },
  statuses: ["active"],
  run: (plan, { today }) => {
    if (assignmentsOn(plan.coordinatorAssignments ?? [], today).length > 0) return [];
    return [{ code: "plan/missing-coordinator", path: ["coordinatorAssignments"], params: { today } }];
  },
});
