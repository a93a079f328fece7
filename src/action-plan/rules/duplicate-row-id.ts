import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { actionPlanRule } from "./context.js";

/** `action-plan/duplicate-row-id`: a row id already used by an earlier row; reported at each later use. Basis: practice. */
export const duplicateRowIdRule = actionPlanRule({
  codes: {
    "action-plan/duplicate-row-id": {
      severity: "error",
      description: "A row id is already used by an earlier row; reported at each later use.",
      basis: PRACTICE,
      messages: {
        nb: "Rad-ID {row} er brukt mer enn én gang",
        nn: "Rad-ID {row} er brukt meir enn éin gong",
        en: "Row id {row} is used more than once",
      },
    },
  },
  run: (plan) => {
    const seen = new Set<string>();
    return plan.rows.flatMap((row, index): RuleFinding<"action-plan/duplicate-row-id">[] => {
      if (!seen.has(row.id)) {
        seen.add(row.id);
        return [];
      }
      return [{ code: "action-plan/duplicate-row-id", path: ["rows", index, "id"], params: { row: row.id } }];
    });
  },
});
