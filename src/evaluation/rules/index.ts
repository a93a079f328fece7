import { catalogOf } from "../../_lib/engine/rule.js";
import { doneNotReachedRule } from "./done-not-reached.js";
import { duplicateRowRule } from "./duplicate-row.js";
import { goalChangeUnexplainedRule } from "./goal-change-unexplained.js";
import { meetingBeforeRowRule } from "./meeting-before-row.js";
import { operationWithoutServiceRule } from "./operation-without-service.js";
import { planMismatchRule } from "./plan-mismatch.js";
import { reachedNotDoneRule } from "./reached-not-done.js";
import { rowNotEvaluatedRule } from "./row-not-evaluated.js";
import { unknownRowRule } from "./unknown-row.js";

export { evaluationContext, evaluationRule, type EvaluationRuleContext } from "./context.js";

/** Every rule `checkEvaluation` runs. */
export const evaluationRules = [
  planMismatchRule,
  unknownRowRule,
  duplicateRowRule,
  rowNotEvaluatedRule,
  reachedNotDoneRule,
  doneNotReachedRule,
  goalChangeUnexplainedRule,
  operationWithoutServiceRule,
  meetingBeforeRowRule,
] as const;

/** The codes of the evaluation concept (evaluering), `evaluation/...`, as the rules declare them. Params are row ids, dates, statuses and reason codes. */
export const evaluationFindings = catalogOf(evaluationRules);
