import type { RuleFinding } from "../../_lib/engine/rule.js";
import { basisOf, jointBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";
import { isUnderAge } from "../_user.js";

/**
 * `plan/child-coordinator-for-adult` (pbrl § 2-5 c, for a child under 18): a child-coordinator
 * assignment runs on a day when the user is 18 or older. An open-ended assignment is judged on
 * today (or its start, if later). Draft and active plans; needs the user's birth date.
 */
export const childCoordinatorForAdultRule = planRule({
  codes: {
    "plan/child-coordinator-for-adult": {
      severity: "warning",
      description: "A child-coordinator assignment runs on a day when the user is 18 or older. Draft and active plans; needs the user's birth date.",
      basis: jointBasis(basisOf("pbrl", ["2-5 c"]), basisOf("hol", ["7-2 a"])),
      messages: {
        nb: "Barnekoordinatoroppdraget {assignmentId} gjelder etter at brukeren fylte 18 år",
        nn: "Barnekoordinatoroppdraget {assignmentId} gjeld etter at brukaren fylte 18 år",
        en: "Child coordinator assignment {assignmentId} runs after the user turned 18",
      },
    },
  },
  statuses: ["draft", "active"],
  run: (plan, { today, index }) => {
    if (index.birthDate === undefined) return [];
    const findings: RuleFinding<"plan/child-coordinator-for-adult">[] = [];
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
  },
});
