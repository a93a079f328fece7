import { ipItemBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";

/** `plan/period-ended` (item g): an active plan's period ended before today. */
export const periodEndedRule = planRule({
  codes: {
    "plan/period-ended": {
      severity: "warning",
      description: "An active plan's period ended before today, but the plan is still active.",
      basis: ipItemBasis("g"),
      messages: {
        nb: "Planperioden varte til og med {to}, men planen er fortsatt aktiv",
        nn: "Planperioden varte til og med {to}, men planen er framleis aktiv",
        en: "The plan period ran through {to}, but the plan is still active",
      },
    },
  },
  statuses: ["active"],
  run: (plan, { today }) => {
    const to = plan.period?.to;
    if (to === undefined || to >= today) return [];
    return [{ code: "plan/period-ended", path: ["period", "to"], params: { to } }];
  },
});
