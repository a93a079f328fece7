import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { actionPlanRule, isBlank } from "./context.js";

/** `action-plan/row-missing-goal`: a row with no goal (mål), unless it is cancelled. Basis: practice. */
export const rowMissingGoalRule = actionPlanRule({
  codes: {
    "action-plan/row-missing-goal": {
      severity: "warning",
      description: "A row that is not cancelled has no goal (mål).",
      basis: PRACTICE,
      messages: {
        nb: "Rad {row} mangler mål",
        nn: "Rad {row} manglar mål",
        en: "Row {row} has no goal",
      },
    },
  },
  run: (plan) =>
    plan.rows.flatMap((row, index): RuleFinding<"action-plan/row-missing-goal">[] =>
      row.status !== "cancelled" && isBlank(row.goal)
        ? [{ code: "action-plan/row-missing-goal", path: ["rows", index, "goal"], params: { row: row.id } }]
        : [],
    ),
});
