import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";

/**
 * `plan/goal-without-measure` (item e): in an active plan, a goal that is still active has no measure
 * linked to it, other than cancelled ones.
 */
export const goalWithoutMeasureRule: PlanRule = (plan) => {
  if (plan.status !== "active") return [];
  const served = new Set<string>();
  for (const measure of plan.measures ?? []) {
    if (measure.status !== "cancelled") for (const goalId of measure.goalIds ?? []) served.add(goalId);
  }
  const findings: RawFinding[] = [];
  for (const [i, goal] of (plan.goals ?? []).entries()) {
    if ((goal.status ?? "active") !== "active" || served.has(goal.id)) continue;
    findings.push({ code: "plan/goal-without-measure", path: ["goals", i], params: { goalId: goal.id } });
  }
  return findings;
};
