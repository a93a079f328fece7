import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";

/**
 * `plan/measure-overdue` (hol § 7-2, the coordinator sees to progress): in an active plan, an open
 * measure's deadline has passed; for a recurrence, its previous period passed with no day carried out.
 */
export const measureOverdueRule: PlanRule = (plan, { measureDeadlines }) => {
  if (plan.status !== "active") return [];
  const states = measureDeadlines();
  const findings: RawFinding[] = [];
  for (const [i, measure] of (plan.measures ?? []).entries()) {
    const overdue = states[i]?.overdue;
    if (overdue === undefined) continue;
    findings.push({ code: "plan/measure-overdue", path: ["measures", i, "deadline"], params: { measureId: measure.id, due: overdue } });
  }
  return findings;
};
