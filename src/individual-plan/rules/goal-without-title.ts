import type { RuleFinding } from "../../_lib/engine/rule.js";
import { ipItemBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";

/** `plan/goal-without-title` (item a): in an active plan, a goal has no wording. */
export const goalWithoutTitleRule = planRule({
  codes: {
    "plan/goal-without-title": {
      severity: "warning",
      description: "In an active plan, a goal has no wording.",
      basis: ipItemBasis("a"),
      messages: {
        nb: "Målet {goalId} mangler tekst",
        nn: "Målet {goalId} manglar tekst",
        en: "Goal {goalId} has no wording",
      },
    },
  },
  statuses: ["active"],
  run: (plan) => {
    const findings: RuleFinding<"plan/goal-without-title">[] = [];
    for (const [i, goal] of (plan.goals ?? []).entries()) {
      if (goal.title === undefined) findings.push({ code: "plan/goal-without-title", path: ["goals", i, "title"], params: { goalId: goal.id } });
    }
    return findings;
  },
});
