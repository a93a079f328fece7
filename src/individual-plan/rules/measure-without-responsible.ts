import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";
import { isOpenMeasure } from "../_measure-deadline.js";

/** `plan/measure-without-responsible` (item e): in an active plan, an open measure has no one responsible. */
export const measureWithoutResponsibleRule: PlanRule = (plan) => {
  if (plan.status !== "active") return [];
  const findings: RawFinding[] = [];
  for (const [i, measure] of (plan.measures ?? []).entries()) {
    if (!isOpenMeasure(measure) || measure.responsibleId !== undefined) continue;
    findings.push({
      code: "plan/measure-without-responsible",
      path: ["measures", i, "responsibleId"],
      params: { measureId: measure.id },
    });
  }
  return findings;
};
