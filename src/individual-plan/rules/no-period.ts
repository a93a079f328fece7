import { ipItemBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";

/** `plan/no-period` (item g): an active plan has no plan period. */
export const noPeriodRule = planRule({
  codes: {
    "plan/no-period": {
      severity: "warning",
      description: "An active plan has no plan period.",
      basis: ipItemBasis("g"),
      messages: { nb: "Planen har ingen planperiode", nn: "Planen har ingen planperiode", en: "The plan has no plan period" },
    },
  },
  statuses: ["active"],
  run: (plan) => plan.period === undefined ? [{ code: "plan/no-period", path: ["period"] }] : [],
});
