import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { actionPlanRule } from "./context.js";

/**
 * `action-plan/row-missing-deadline`: an open row (not done or cancelled) with no structured
 * deadline, including one whose `deadlineText` could not be read. Basis: practice.
 */
export const rowMissingDeadlineRule = actionPlanRule({
  codes: {
    "action-plan/row-missing-deadline": {
      severity: "warning",
      description: "An open row (not done or cancelled) has no deadline that could be read, including one whose deadline text could not be read.",
      basis: PRACTICE,
      messages: {
        nb: "Rad {row} mangler frist",
        nn: "Rad {row} manglar frist",
        en: "Row {row} has no deadline",
      },
    },
  },
  run: (plan, ctx) =>
    plan.rows.flatMap((row, index): RuleFinding<"action-plan/row-missing-deadline">[] =>
      ctx.timings[index]?.kind === "undated"
        ? [{ code: "action-plan/row-missing-deadline", path: ["rows", index, "deadline"], params: { row: row.id } }]
        : [],
    ),
});
