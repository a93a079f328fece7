import { catalogOf } from "../../_lib/engine/rule.js";
import { doneInFutureRule } from "./done-in-future.js";
import { doneWithoutDateRule } from "./done-without-date.js";
import { duplicateRowIdRule } from "./duplicate-row-id.js";
import { headerUnansweredRule } from "./header-unanswered.js";
import { noWorkingGroupRule } from "./no-working-group.js";
import { notAnchoredRule } from "./not-anchored.js";
import { recurringMissedRule } from "./recurring-missed.js";
import { rowDueSoonRule } from "./row-due-soon.js";
import { rowMissingDeadlineRule } from "./row-missing-deadline.js";
import { rowMissingGoalRule } from "./row-missing-goal.js";
import { rowMissingResponsibleRule } from "./row-missing-responsible.js";
import { rowOverdueRule } from "./row-overdue.js";

export { actionPlanRule, type ActionPlanRuleContext } from "./context.js";

/** Every rule `checkActionPlan` runs. */
export const actionPlanRules = [
  rowOverdueRule,
  rowDueSoonRule,
  recurringMissedRule,
  rowMissingResponsibleRule,
  rowMissingGoalRule,
  rowMissingDeadlineRule,
  notAnchoredRule,
  noWorkingGroupRule,
  doneWithoutDateRule,
  doneInFutureRule,
  duplicateRowIdRule,
  headerUnansweredRule,
] as const;

/** The codes of the action-plan concept (handlingsplan), `action-plan/...`, as the rules declare them. Params are row ids, dates and counts. */
export const actionPlanFindings = catalogOf(actionPlanRules);
