import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { actionPlanRule } from "./context.js";

/** `action-plan/done-in-future`: a `doneOn` or `carriedOut` day after today. Basis: practice. */
export const doneInFutureRule = actionPlanRule({
  codes: {
    "action-plan/done-in-future": {
      severity: "error",
      description: "A row is recorded as done or carried out on a day after today.",
      basis: PRACTICE,
      messages: {
        nb: "Rad {row} er ført som gjennomført {date}, etter dagens dato",
        nn: "Rad {row} er ført som gjennomført {date}, etter dagens dato",
        en: "Row {row} is recorded as carried out on {date}, after today",
      },
    },
  },
  run: (plan, ctx) =>
    plan.rows.flatMap((row, index): RuleFinding<"action-plan/done-in-future">[] => {
      const findings: RuleFinding<"action-plan/done-in-future">[] = [];
      if (row.doneOn !== undefined && row.doneOn > ctx.today) {
        findings.push({ code: "action-plan/done-in-future", path: ["rows", index, "doneOn"], params: { row: row.id, date: row.doneOn } });
      }
      (row.carriedOut ?? []).forEach((date, day) => {
        if (date > ctx.today) {
          findings.push({ code: "action-plan/done-in-future", path: ["rows", index, "carriedOut", day], params: { row: row.id, date } });
        }
      });
      return findings;
    }),
});
