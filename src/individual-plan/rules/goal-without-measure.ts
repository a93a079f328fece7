import type { RuleFinding } from "../../_lib/engine/rule.js";
import { ipItemBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";

/**
 * `plan/goal-without-measure` (item e): in an active plan, a goal that is still active has no measure
 * linked to it, other than cancelled ones.
 */
export const goalWithoutMeasureRule = planRule({
  codes: {
    "plan/goal-without-measure": {
      severity: "warning",
      description: "In an active plan, a goal that is still active has no measure (tiltak) linked to it, cancelled measures not counted.",
      basis: ipItemBasis("e"),
      messages: {
        nb: "Målet {goalId} har ingen tiltak",
        nn: "Målet {goalId} har ingen tiltak",
        en: "Goal {goalId} has no measures",
      },
    },
  },
  statuses: ["active"],
  run: (plan) => {
    const served = new Set<string>();
    for (const measure of plan.measures ?? []) {
      if (measure.status !== "cancelled") for (const goalId of measure.goalIds ?? []) served.add(goalId);
    }
    const findings: RuleFinding<"plan/goal-without-measure">[] = [];
    for (const [i, goal] of (plan.goals ?? []).entries()) {
      if ((goal.status ?? "active") !== "active" || served.has(goal.id)) continue;
      findings.push({ code: "plan/goal-without-measure", path: ["goals", i], params: { goalId: goal.id } });
    }
    return findings;
  },
});
