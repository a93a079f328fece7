import type { RuleFinding } from "../../_lib/engine/rule.js";
import { daysBetween } from "../../core/dates/calendar-date.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { actionPlanRule } from "./context.js";

/**
 * `action-plan/row-due-soon`: an open row, one-off or recurring, due from today to the end of the
 * due-soon window (`dueSoonDays`). Basis: practice.
 */
export const rowDueSoonRule = actionPlanRule({
  codes: {
    "action-plan/row-due-soon": {
      severity: "info",
      description: "An open row, one-off or recurring, falls due from today to the end of the due-soon window (dueSoonDays).",
      basis: PRACTICE,
      messages: {
        nb: "Rad {row} har frist {due} (om {days} dager)",
        nn: "Rad {row} har frist {due} (om {days} dagar)",
        en: "Row {row} is due {due} (in {days} days)",
      },
    },
  },
  run: (plan, ctx) =>
    plan.rows.flatMap((row, index): RuleFinding<"action-plan/row-due-soon">[] => {
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
    }),
});
