import type { RawFinding } from "../../_lib/_legacy.js";
import { type ActionPlanRule, isBlank } from "./context.js";

/** `action-plan/row-missing-responsible`: a row with no one responsible (ansvar), unless it is cancelled. */
export const rowMissingResponsible: ActionPlanRule = (plan) =>
  plan.rows.flatMap((row, index): RawFinding[] =>
    row.status !== "cancelled" && isBlank(row.responsible)
      ? [{ code: "action-plan/row-missing-responsible", path: ["rows", index, "responsible"], params: { row: row.id } }]
      : [],
  );
