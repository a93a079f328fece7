import { catalogOf } from "../../../_lib/engine/rule.js";
import { datedInFutureRule } from "./dated-in-future.js";
import { optionNotAllowedRule } from "./option-not-allowed.js";
import { questionnaireMismatchRule } from "./questionnaire-mismatch.js";
import { requiredPendingRule } from "./required-pending.js";
import { requiredUnansweredRule } from "./required-unanswered.js";
import { unknownItemRule } from "./unknown-item.js";

export { type AnswerRuleContext, answerContext, type ResponseRuleContext } from "./context.js";

/**
 * The rules on a response's answers that report errors and do not depend on the day: what
 * `answersSchema` refines with, and every rule of `checkMappingResponse` but the two below.
 */
export const answerRules = [questionnaireMismatchRule, unknownItemRule, optionNotAllowedRule, requiredUnansweredRule] as const;

/** Every rule `checkMappingResponse` runs: the answer rules, `required-pending` and `dated-in-future`. */
export const responseRules = [...answerRules, requiredPendingRule, datedInFutureRule] as const;

/** The codes of a response to a questionnaire (kartleggingssvar), `mapping/...`, as the rules declare them. */
export const responseFindings = catalogOf(responseRules);
