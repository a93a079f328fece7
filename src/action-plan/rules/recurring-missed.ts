import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { actionPlanRule } from "./context.js";

/**
 * `action-plan/recurring-missed`: a recurring row with a period that ended, since the plan started,
 * with no day of `carriedOut` in it. One finding a row, counting the missed periods. Basis: practice.
 */
export const recurringMissedRule = actionPlanRule({
  codes: {
    "action-plan/recurring-missed": {
      severity: "warning",
      description: "A recurring row has periods that ended, since the plan started, with no day carried out in them; one finding a row, counting the missed periods.",
      basis: PRACTICE,
      messages: {
        nb: "Rad {row} er ikke gjennomført i {count} avsluttet(e) periode(r), sist perioden som endte {due}",
        nn: "Rad {row} er ikkje gjennomført i {count} avslutta periode(r), sist perioden som enda {due}",
        en: "Row {row} was not carried out in {count} ended period(s), last the one ending {due}",
      },
    },
  },
  run: (plan, ctx) =>
    plan.rows.flatMap((row, index): RuleFinding<"action-plan/recurring-missed">[] => {
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
    }),
});
