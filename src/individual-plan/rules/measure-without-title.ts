import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";

/** `plan/measure-without-title` (item e): in an active plan, a measure has no wording. */
export const measureWithoutTitleRule: PlanRule = (plan) => {
  if (plan.status !== "active") return [];
  const findings: RawFinding[] = [];
  for (const [i, measure] of (plan.measures ?? []).entries()) {
    if (measure.title === undefined) {
      findings.push({ code: "plan/measure-without-title", path: ["measures", i, "title"], params: { measureId: measure.id } });
    }
  }
  return findings;
};
