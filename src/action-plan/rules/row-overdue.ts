import type { RawFinding } from "../../_lib/_legacy.js";
import type { ActionPlanRule } from "./context.js";

/** `action-plan/row-overdue`: a one-off row not done or cancelled whose last allowed day is before today. */
export const rowOverdue: ActionPlanRule = (plan, ctx) =>
  plan.rows.flatMap((row, index): RawFinding[] => {
    const timing = ctx.timings[index];
    if (timing?.kind !== "one-off" || !timing.overdue) return [];
    return [{ code: "action-plan/row-overdue", path: ["rows", index, "deadline"], params: { row: row.id, due: timing.due } }];
  });
