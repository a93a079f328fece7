import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { actionPlanRule } from "./context.js";

/**
 * `action-plan/row-overdue`: a one-off row not done or cancelled whose last allowed day (the end of
 * its deadline: a month by its last day, a range by the end of its last part) is before today.
 * Basis: practice.
 */
export const rowOverdueRule = actionPlanRule({
  codes: {
    "action-plan/row-overdue": {
      severity: "warning",
      description: "A one-off row of the action plan (handlingsplan), not done or cancelled, whose deadline's last day is before today.",
      basis: PRACTICE,
      messages: {
        nb: "Rad {row} har passert fristen {due} uten å være gjennomført",
        nn: "Rad {row} har passert fristen {due} utan å vere gjennomført",
        en: "Row {row} passed its deadline {due} without being done",
      },
    },
  },
  run: (plan, ctx) =>
    plan.rows.flatMap((row, index): RuleFinding<"action-plan/row-overdue">[] => {
      const timing = ctx.timings[index];
      if (timing?.kind !== "one-off" || !timing.overdue) return [];
      return [{ code: "action-plan/row-overdue", path: ["rows", index, "deadline"], params: { row: row.id, due: timing.due } }];
    }),
});
