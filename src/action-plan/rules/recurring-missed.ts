import type { RawFinding } from "../../_lib/_legacy.js";
import type { ActionPlanRule } from "./context.js";

/**
 * `action-plan/recurring-missed`: a recurring row with a period that ended, since the plan started,
 * with no day of `carriedOut` in it. One finding a row, counting the missed periods.
 */
export const recurringMissed: ActionPlanRule = (plan, ctx) =>
  plan.rows.flatMap((row, index): RawFinding[] => {
    const timing = ctx.timings[index];
    const last = timing?.kind === "recurring" ? timing.lastMissed : undefined;
    if (timing?.kind !== "recurring" || last === undefined) return [];
    return [
      {
        code: "action-plan/recurring-missed",
        path: ["rows", index, "carriedOut"],
        params: { row: row.id, count: timing.missedCount, due: last.end },
      },
    ];
  });
