import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";

/** `plan/goal-without-title` (item a): in an active plan, a goal has no wording. */
export const goalWithoutTitleRule: PlanRule = (plan) => {
  if (plan.status !== "active") return [];
  const findings: RawFinding[] = [];
  for (const [i, goal] of (plan.goals ?? []).entries()) {
    if (goal.title === undefined) findings.push({ code: "plan/goal-without-title", path: ["goals", i, "title"], params: { goalId: goal.id } });
  }
  return findings;
};
