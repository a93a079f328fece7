import type { PlanRule } from "../_context.js";

/** `plan/period-ended` (item g): an active plan's period ended before today. */
export const periodEndedRule: PlanRule = (plan, { today }) => {
  const to = plan.period?.to;
  if (plan.status !== "active" || to === undefined || to >= today) return [];
  return [{ code: "plan/period-ended", path: ["period", "to"], params: { to } }];
};
