import type { RawFinding } from "../../_lib/_legacy.js";
import type { ActionPlanRule } from "./context.js";

/**
 * `action-plan/row-missing-deadline`: an open row (not done or cancelled) with no structured
 * deadline, including one whose `deadlineText` could not be read.
 */
export const rowMissingDeadline: ActionPlanRule = (plan, ctx) =>
  plan.rows.flatMap((row, index): RawFinding[] =>
    ctx.timings[index]?.kind === "undated"
      ? [{ code: "action-plan/row-missing-deadline", path: ["rows", index, "deadline"], params: { row: row.id } }]
      : [],
  );
