// Internal, for the rule tests: the path and params of each finding of one code.
import type { ActionPlan } from "../../action-plan/schema.js";
import type { Finding } from "../../core/findings/types.js";
import { checkEvaluation } from "../check.js";
import type { Evaluation } from "../schema.js";

/** The path and params of each finding of `code` that {@link checkEvaluation} returns on `today`. */
export function fired(code: string, evaluation: Evaluation, plan: ActionPlan, today = "2013-02-01"): [Finding["path"], Finding["params"]][] {
  return checkEvaluation(evaluation, plan, { today })
    .filter((finding) => finding.code === code)
    .map((finding) => [finding.path, finding.params]);
}
