import type { RawFinding } from "../../_lib/_legacy.js";
import { daysBetween } from "../../core/dates/calendar-date.js";
import type { ActionPlanRule } from "./context.js";

/** `action-plan/row-due-soon`: an open row, one-off or recurring, due from today to the end of the due-soon window. */
export const rowDueSoon: ActionPlanRule = (plan, ctx) =>
  plan.rows.flatMap((row, index): RawFinding[] => {
    const timing = ctx.timings[index];
    if ((timing?.kind !== "one-off" && timing?.kind !== "recurring") || !timing.dueSoon) return [];
    const due = timing.kind === "one-off" ? timing.due : timing.nextDue;
    return [
      {
        code: "action-plan/row-due-soon",
        path: ["rows", index, "deadline"],
        params: { row: row.id, due, days: daysBetween(ctx.today, due) },
      },
    ];
  });
