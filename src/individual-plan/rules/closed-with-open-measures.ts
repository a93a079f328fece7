import { practiceBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";
import { isOpenMeasure } from "../_measure-deadline.js";
import { CLOSING } from "./_basis.js";

/** `plan/closed-with-open-measures` (practice): a closed plan still has measures neither done nor cancelled. */
export const closedWithOpenMeasuresRule = planRule({
  codes: {
    "plan/closed-with-open-measures": {
      severity: "info",
      description: "A closed plan still has measures that are neither done nor cancelled.",
      basis: practiceBasis(CLOSING),
      messages: {
        nb: "Planen er avsluttet med {count} tiltak som verken er gjennomført eller avbrutt",
        nn: "Planen er avslutta med {count} tiltak som verken er gjennomførte eller avbrotne",
        en: "The plan was closed with {count} measures neither done nor cancelled",
      },
    },
  },
  statuses: ["closed"],
  run: (plan) => {
    const count = (plan.measures ?? []).filter(isOpenMeasure).length;
    return count === 0 ? [] : [{ code: "plan/closed-with-open-measures", path: ["status"], params: { count } }];
  },
});
