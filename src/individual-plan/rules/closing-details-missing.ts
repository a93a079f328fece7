import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";

/** `plan/closing-details-missing` (practice: closing sets an end date): a closed plan lacks `closedOn` or `closingReason`. */
export const closingDetailsMissingRule: PlanRule = (plan) => {
  if (plan.status !== "closed") return [];
  const findings: RawFinding[] = [];
  if (plan.closedOn === undefined) findings.push({ code: "plan/closing-details-missing", path: ["closedOn"] });
  if (plan.closingReason === undefined) findings.push({ code: "plan/closing-details-missing", path: ["closingReason"] });
  return findings;
};
