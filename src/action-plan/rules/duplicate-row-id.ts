import type { RawFinding } from "../../_lib/_legacy.js";
import type { ActionPlanRule } from "./context.js";

/** `action-plan/duplicate-row-id`: a row id already used by an earlier row; reported at each later use. */
export const duplicateRowId: ActionPlanRule = (plan) => {
  const seen = new Set<string>();
  return plan.rows.flatMap((row, index): RawFinding[] => {
    if (!seen.has(row.id)) {
      seen.add(row.id);
      return [];
    }
    return [{ code: "action-plan/duplicate-row-id", path: ["rows", index, "id"], params: { row: row.id } }];
  });
};
