import { ipItemBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";

/** `plan/no-revision-date` (item g): an active plan has no date for its next revision. */
export const noRevisionDateRule = planRule({
  codes: {
    "plan/no-revision-date": {
      severity: "warning",
      description: "An active plan has no date for its next revision.",
      basis: ipItemBasis("g"),
      messages: {
        nb: "Planen har ingen dato for neste revisjon",
        nn: "Planen har ingen dato for neste revisjon",
        en: "The plan has no date for its next revision",
      },
    },
  },
  statuses: ["active"],
  run: (plan) =>
    plan.nextRevision === undefined
      ? [{ code: "plan/no-revision-date", path: ["nextRevision"] }]
      : [],
});
