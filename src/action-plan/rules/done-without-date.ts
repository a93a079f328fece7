import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { actionPlanRule } from "./context.js";

/** `action-plan/done-without-date`: a row marked done with no `doneOn`. Basis: practice. */
export const doneWithoutDateRule = actionPlanRule({
  codes: {
    "action-plan/done-without-date": {
      severity: "info",
      description: "A row is marked done but has no date it was done on (doneOn).",
      basis: PRACTICE,
      messages: {
        nb: "Rad {row} er gjennomført, men mangler dato",
        nn: "Rad {row} er gjennomført, men manglar dato",
        en: "Row {row} is done but has no date",
      },
    },
  },
  run: (plan) =>
    plan.rows.flatMap((row, index): RuleFinding<"action-plan/done-without-date">[] =>
      row.status === "done" && row.doneOn === undefined
        ? [{ code: "action-plan/done-without-date", path: ["rows", index, "doneOn"], params: { row: row.id } }]
        : [],
    ),
});
