import type { ActionPlanRule } from "./context.js";
import { doneInFuture } from "./done-in-future.js";
import { doneWithoutDate } from "./done-without-date.js";
import { duplicateRowId } from "./duplicate-row-id.js";
import { headerUnanswered } from "./header-unanswered.js";
import { noWorkingGroup } from "./no-working-group.js";
import { notAnchored } from "./not-anchored.js";
import { recurringMissed } from "./recurring-missed.js";
import { rowDueSoon } from "./row-due-soon.js";
import { rowMissingDeadline } from "./row-missing-deadline.js";
import { rowMissingGoal } from "./row-missing-goal.js";
import { rowMissingResponsible } from "./row-missing-responsible.js";
import { rowOverdue } from "./row-overdue.js";

export type { ActionPlanRule, ActionPlanRuleContext } from "./context.js";

/** Every rule `checkActionPlan` runs. */
export const actionPlanRules: readonly ActionPlanRule[] = [
  duplicateRowId,
  headerUnanswered,
  noWorkingGroup,
  notAnchored,
  rowMissingGoal,
  rowMissingResponsible,
  rowMissingDeadline,
  rowOverdue,
  rowDueSoon,
  recurringMissed,
  doneWithoutDate,
  doneInFuture,
];
