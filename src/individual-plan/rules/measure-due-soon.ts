import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";

/**
 * `plan/measure-due-soon` (practice): in an active plan, an open measure is due from today through
 * `dueSoonDays` ahead (14 by default).
 */
export const measureDueSoonRule: PlanRule = (plan, { measureDeadlines }) => {
  if (plan.status !== "active") return [];
  const states = measureDeadlines();
  const findings: RawFinding[] = [];
  for (const [i, measure] of (plan.measures ?? []).entries()) {
    const dueSoon = states[i]?.dueSoon;
    if (dueSoon === undefined) continue;
    findings.push({
      code: "plan/measure-due-soon",
      path: ["measures", i, "deadline"],
      params: { measureId: measure.id, due: dueSoon.due, days: dueSoon.days },
    });
  }
  return findings;
};
