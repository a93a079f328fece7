import type { PlanRule } from "../_context.js";

/** `plan/no-goals` (item a): an active plan has no goals. */
export const noGoalsRule: PlanRule = (plan) =>
  plan.status === "active" && (plan.goals ?? []).length === 0 ? [{ code: "plan/no-goals", path: ["goals"] }] : [];
