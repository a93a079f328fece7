import type { RawFinding } from "../../_lib/_legacy.js";
import { type ActionPlanRule, isBlank } from "./context.js";

/** `action-plan/row-missing-goal`: a row with no goal (mål), unless it is cancelled. */
export const rowMissingGoal: ActionPlanRule = (plan) =>
  plan.rows.flatMap((row, index): RawFinding[] =>
    row.status !== "cancelled" && isBlank(row.goal)
      ? [{ code: "action-plan/row-missing-goal", path: ["rows", index, "goal"], params: { row: row.id } }]
      : [],
  );
