import type { PlanRule } from "../_context.js";

/** `plan/no-period` (item g): an active plan has no plan period. */
export const noPeriodRule: PlanRule = (plan) =>
  plan.status === "active" && plan.period === undefined ? [{ code: "plan/no-period", path: ["period"] }] : [];
