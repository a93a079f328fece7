import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { actionPlanRule, isBlank } from "./context.js";

/** `action-plan/row-missing-responsible`: a row with no one responsible (ansvar), unless it is cancelled. Basis: practice. */
export const rowMissingResponsibleRule = actionPlanRule({
  codes: {
    "action-plan/row-missing-responsible": {
      severity: "warning",
      description: "A row that is not cancelled has no one responsible (ansvar).",
      basis: PRACTICE,
      messages: {
        nb: "Rad {row} mangler ansvarlig",
        nn: "Rad {row} manglar ansvarleg",
        en: "Row {row} has no one responsible",
      },
    },
  },
  run: (plan) =>
    plan.rows.flatMap((row, index): RuleFinding<"action-plan/row-missing-responsible">[] =>
      row.status !== "cancelled" && isBlank(row.responsible)
        ? [{ code: "action-plan/row-missing-responsible", path: ["rows", index, "responsible"], params: { row: row.id } }]
        : [],
    ),
});
