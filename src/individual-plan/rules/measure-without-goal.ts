import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";

/** `plan/measure-without-goal` (item e): in an active plan, a measure not cancelled links to no goal. */
export const measureWithoutGoalRule: PlanRule = (plan) => {
  if (plan.status !== "active") return [];
  const findings: RawFinding[] = [];
  for (const [i, measure] of (plan.measures ?? []).entries()) {
    if (measure.status === "cancelled" || (measure.goalIds ?? []).length > 0) continue;
    findings.push({ code: "plan/measure-without-goal", path: ["measures", i, "goalIds"], params: { measureId: measure.id } });
  }
  return findings;
};
