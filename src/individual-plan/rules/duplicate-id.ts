import type { RawFinding } from "../../_lib/_legacy.js";
import type { FindingPath } from "../../core/findings/types.js";
import type { PlanRule } from "../_context.js";

/**
 * `plan/duplicate-id` (practice): two parts of the same kind share an id, so references to it are
 * ambiguous (they resolve to the first). Reported on the second and later. Any status.
 */
export const duplicateIdRule: PlanRule = (plan) => {
  const findings: RawFinding[] = [];
  const scan = (parts: readonly { readonly id: string }[] | undefined, prefix: FindingPath): void => {
    const seen = new Set<string>();
    for (const [i, { id }] of (parts ?? []).entries()) {
      if (seen.has(id)) findings.push({ code: "plan/duplicate-id", path: [...prefix, i, "id"], params: { id } });
      seen.add(id);
    }
  };
  scan(plan.participants, ["participants"]);
  scan(plan.goals, ["goals"]);
  scan(plan.measures, ["measures"]);
  scan(plan.consents, ["consents"]);
  scan(plan.coordinatorAssignments, ["coordinatorAssignments"]);
  scan(plan.responsibilityGroup?.meetings, ["responsibilityGroup", "meetings"]);
  scan(plan.contributions, ["contributions"]);
  scan(plan.cooperation, ["cooperation"]);
  return findings;
};
