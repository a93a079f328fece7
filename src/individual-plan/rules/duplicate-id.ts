import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import type { FindingPath } from "../../core/findings/types.js";
import { planRule } from "../_context.js";

/**
 * `plan/duplicate-id` (practice): two parts of the same kind share an id, so references to it are
 * ambiguous (they resolve to the first). Reported on the second and later. Any status.
 */
export const duplicateIdRule = planRule({
  codes: {
    "plan/duplicate-id": {
      severity: "error",
      description: "Two parts of the same kind in the plan share an id, so references to it are ambiguous; reported on the second and later. Any status.",
      basis: PRACTICE,
      messages: {
        nb: "Id-en {id} er brukt mer enn én gang",
        nn: "Id-en {id} er brukt meir enn éin gong",
        en: "The id {id} is used more than once",
      },
    },
  },
  run: (plan) => {
    const findings: RuleFinding<"plan/duplicate-id">[] = [];
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
  },
});
